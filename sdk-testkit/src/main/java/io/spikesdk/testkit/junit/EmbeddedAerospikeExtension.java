package io.spikesdk.testkit.junit;

import io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link EmbeddedAerospikeTest}: starts the server of each scope (test class
 * or test method) before it runs, injects the client, config, hosts and server, and closes them all when
 * the scope ends, through the {@link ExtensionContext.Store}.
 *
 * <p>Registered by the annotation; registered alone ({@code @ExtendWith}) it uses the annotation's defaults.
 */
public final class EmbeddedAerospikeExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** The environment variable naming a real server's seed hosts, e.g. {@code 10.0.0.5:3000}. */
    public static final String HOSTS_VARIABLE = "AEROSPIKE_HOSTS";

    /**
     * The JUnit configuration parameter (also read from system properties) naming a real server's seed
     * hosts; it takes precedence over {@value #HOSTS_VARIABLE}.
     */
    public static final String HOSTS_PARAMETER = "spikesdk.testkit.hosts";

    private static final Namespace NAMESPACE = Namespace.create(EmbeddedAerospikeExtension.class);
    private static final EmbeddedAerospikeTest DEFAULTS = Defaults.class.getAnnotation(EmbeddedAerospikeTest.class);

    @EmbeddedAerospikeTest
    private static final class Defaults {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).lifecycle() == Lifecycle.PER_CLASS) {
            resources(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).lifecycle() == Lifecycle.PER_METHOD) {
            resources(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return InjectableType.of(parameter.getParameter()).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        InjectableType type = InjectableType.of(parameter.getParameter()).orElseThrow(
                () -> new ParameterResolutionException("not injectable: " + parameter.getParameter()));
        return type.resolve(resources(context));
    }

    private static ServerResources resources(ExtensionContext context) {
        EmbeddedAerospikeTest settings = settings(context);
        ExtensionContext scope = settings.lifecycle() == Lifecycle.PER_CLASS ? owner(context) : methodScope(context);
        return scope.getStore(NAMESPACE).getOrComputeIfAbsent(ServerResources.class,
                key -> start(settings, context), ServerResources.class);
    }

    private static ServerResources start(EmbeddedAerospikeTest settings, ExtensionContext context) {
        if (settings.embeddedOnly()) {
            return ServerResources.embedded(settings);
        }
        return RealServer.lookup(context::getConfigurationParameter, System::getenv)
                .map(ServerResources::real)
                .orElseGet(() -> ServerResources.embedded(settings));
    }

    private static EmbeddedAerospikeTest settings(ExtensionContext context) {
        return annotatedClass(owner(context)).flatMap(c -> AnnotationSupport.findAnnotation(c, EmbeddedAerospikeTest.class))
                .orElse(DEFAULTS);
    }

    /** The innermost class context whose class is annotated, else the innermost class context. */
    private static ExtensionContext owner(ExtensionContext context) {
        ExtensionContext firstClass = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<Class<?>> type = annotatedClass(c);
            if (type.isPresent()) {
                if (AnnotationSupport.isAnnotated(type.get(), EmbeddedAerospikeTest.class)) {
                    return c;
                }
                firstClass = firstClass == null ? c : firstClass;
            }
        }
        if (firstClass == null) {
            throw new ExtensionConfigurationException("the Aerospike extension works only inside a test class");
        }
        return firstClass;
    }

    private static Optional<Class<?>> annotatedClass(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        return element.filter(Class.class::isInstance).map(e -> (Class<?>) e);
    }

    private static ExtensionContext methodScope(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getElement().filter(Method.class::isInstance).isPresent()) {
                return c;
            }
        }
        throw new ParameterResolutionException("@EmbeddedAerospikeTest(lifecycle = PER_METHOD) starts a server for "
                + "each test method: inject it into test, @BeforeEach or @AfterEach methods, not into @BeforeAll "
                + "methods or constructors (or use lifecycle = PER_CLASS)");
    }
}
