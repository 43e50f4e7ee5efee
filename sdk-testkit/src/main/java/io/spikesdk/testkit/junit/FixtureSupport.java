package io.spikesdk.testkit.junit;

import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import io.spikesdk.testkit.FixtureFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Loads the {@link AerospikeFixture}s of a test and verifies its request expectations, for the extension. */
final class FixtureSupport {
    private FixtureSupport() {
    }

    /** Whether the test (its classes or method) names any fixture. */
    static boolean hasFixtures(ExtensionContext context) {
        return !fixtures(context).isEmpty();
    }

    /** Loads the fixtures of the test method of {@code context} into the server of {@code resources}. */
    static void load(ExtensionContext context, ServerResources resources) {
        List<Named> names = fixtures(context);
        if (names.isEmpty()) {
            return;
        }
        if (resources.isReal()) {
            throw new ExtensionConfigurationException("@AerospikeFixture loads into the embedded server, but "
                    + context.getDisplayName() + " runs against a real server: use @EmbeddedAerospikeTest(embeddedOnly"
                    + " = true) for tests with fixtures");
        }
        for (Named n : names) {
            URL url = resolve(n.owner(), n.name());
            FixtureFormat format;
            try {
                format = FixtureFormat.ofName(n.name());
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@AerospikeFixture(\"" + n.name() + "\"): " + e.getMessage());
            }
            byte[] content;
            try (InputStream in = url.openStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fixture " + url, e);
            }
            EmbeddedAerospike server = resources.embeddedServer();
            EmbeddedCluster cluster = resources.embeddedCluster();
            if (server != null) {
                server.load(content, format, n.name());
            } else {
                cluster.load(new java.io.ByteArrayInputStream(content), format);
            }
        }
    }

    /** Verifies and then forgets the request expectations declared on the embedded server, if any. */
    static void verifyExpectations(ServerResources resources) {
        if (resources.isReal()) {
            return;
        }
        EmbeddedAerospike server = resources.embeddedServer();
        EmbeddedCluster cluster = resources.embeddedCluster();
        try {
            if (server != null) {
                server.verify();
            } else {
                cluster.verify();
            }
        } finally {
            if (server != null) {
                server.clearExpectations();
            } else {
                cluster.clearExpectations();
            }
        }
    }

    private record Named(Class<?> owner, String name) {
    }

    private static List<Named> fixtures(ExtensionContext context) {
        List<Named> out = new ArrayList<>();
        Optional<Class<?>> testClass = context.getTestClass();
        if (testClass.isPresent()) {
            Deque<Class<?>> classes = new ArrayDeque<>();
            for (Class<?> c = testClass.get(); c != null; c = c.getEnclosingClass()) {
                classes.addFirst(c);
            }
            for (Class<?> c : classes) {
                for (AerospikeFixture f : AnnotationSupport.findRepeatableAnnotations(c, AerospikeFixture.class)) {
                    for (String name : f.value()) {
                        out.add(new Named(c, name));
                    }
                }
            }
        }
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            for (AerospikeFixture f : AnnotationSupport.findRepeatableAnnotations(method.get(), AerospikeFixture.class)) {
                for (String name : f.value()) {
                    out.add(new Named(method.get().getDeclaringClass(), name));
                }
            }
        }
        return out;
    }

    private static URL resolve(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        if (url == null && !name.startsWith("/")) {
            ClassLoader loader = owner.getClassLoader();
            url = loader == null ? null : loader.getResource(name);
        }
        if (url == null) {
            String pkg = owner.getPackageName().replace('.', '/');
            throw new ExtensionConfigurationException("@AerospikeFixture(\"" + name + "\") on " + owner.getSimpleName()
                    + ": no such class path resource (looked for " + (name.startsWith("/") ? name.substring(1)
                    : (pkg.isEmpty() ? "" : pkg + "/") + name + " and " + name) + ")");
        }
        return url;
    }
}
