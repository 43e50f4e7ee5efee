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
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JUnit 5 extension behind {@link EmbeddedAerospikeTest}: starts the server of each scope (test class
 * or test method) before it runs, injects the client, config, hosts and server, and closes them all when
 * the scope ends, through the {@link ExtensionContext.Store}; {@code SHARED} servers live in the root store,
 * leased by one class at a time and reset before each test.
 *
 * <p>Registered by the annotation; registered alone ({@code @ExtendWith}) it uses the annotation's defaults.
 */
public final class EmbeddedAerospikeExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /**
     * The system property (or JUnit configuration parameter) that sends every {@link EmbeddedAerospikeTest}
     * class, except those marked {@link EmbeddedAerospikeTest#embeddedOnly()}, to a real server, e.g.
     * {@code -Dspike.test.hosts=10.0.0.5:3000}. No environment variable is read.
     */
    public static final String HOSTS_PROPERTY = "spike.test.hosts";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAerospikeExtension.class);

    private static final Namespace NAMESPACE = Namespace.create(EmbeddedAerospikeExtension.class);
    private static final EmbeddedAerospikeTest DEFAULTS = Defaults.class.getAnnotation(EmbeddedAerospikeTest.class);

    @EmbeddedAerospikeTest
    private static final class Defaults {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).lifecycle() != Lifecycle.PER_METHOD) {
            resources(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Lifecycle lifecycle = settings(context).lifecycle();
        if (lifecycle == Lifecycle.PER_METHOD) {
            resources(context);
        } else if (lifecycle == Lifecycle.SHARED) {
            if (context.getExecutionMode() == ExecutionMode.CONCURRENT) {
                throw new ExtensionConfigurationException("@EmbeddedAerospikeTest(lifecycle = SHARED) resets the "
                        + "server before each test, so the tests of a class must run one at a time: annotate "
                        + context.getRequiredTestClass().getSimpleName() + " with @Execution(SAME_THREAD), or use "
                        + "lifecycle = PER_METHOD");
            }
            resources(context).reset();
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
        if (settings.lifecycle() == Lifecycle.SHARED
                && RealServer.lookup(settings, context::getConfigurationParameter).isEmpty()) {
            return sharedServer(settings, context);
        }
        ExtensionContext scope = settings.lifecycle() == Lifecycle.PER_METHOD ? methodScope(context) : owner(context);
        return scope.getStore(NAMESPACE).getOrComputeIfAbsent(ServerResources.class,
                key -> start(settings, context), ServerResources.class);
    }

    /** The server this class leased from the run's shared servers (a lease given back when the class ends). */
    private static ServerResources sharedServer(EmbeddedAerospikeTest settings, ExtensionContext context) {
        SharedServers shared = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SharedServers.class,
                key -> new SharedServers(), SharedServers.class);
        return owner(context).getStore(NAMESPACE).getOrComputeIfAbsent(SharedServers.Lease.class,
                key -> shared.lease(settings, () -> ServerResources.embedded(settings)), SharedServers.Lease.class)
                .resources();
    }

    private static ServerResources start(EmbeddedAerospikeTest settings, ExtensionContext context) {
        Optional<RealServer> real = RealServer.lookup(settings, context::getConfigurationParameter);
        if (real.isEmpty()) {
            return ServerResources.embedded(settings);
        }
        String notice = context.getDisplayName() + " runs against the REAL server " + real.get().hosts()
                + " (" + real.get().source() + "), not an embedded one: its writes go to that server";
        LOG.warn("@EmbeddedAerospikeTest: {}", notice);
        context.publishReportEntry("spike.test.server", notice);
        return ServerResources.real(real.get());
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
