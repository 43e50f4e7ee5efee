package io.spikesdk.testkit.junit;

import io.spikesdk.api.Host;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A real server a test class asked for explicitly: by the annotation attribute
 * {@link EmbeddedAerospikeTest#realServerHosts()} or by the JUnit configuration parameter (or system property)
 * {@value EmbeddedAerospikeExtension#HOSTS_PROPERTY}. No environment variable is ever read: a generic one such
 * as {@code AEROSPIKE_HOSTS}, set for another tool, must not send a unit test's writes to a real server.
 *
 * @param hosts the seed hosts
 * @param source where they came from, e.g. {@code spike.test.hosts=10.0.0.5:3000}, for messages
 */
record RealServer(List<Host> hosts, String source) {

    /**
     * The real server {@code settings} and the configuration ask for, if any; blank values count as unset and
     * the annotation attribute wins over the property.
     *
     * @param settings the test class's annotation
     * @param parameters JUnit configuration parameters (which fall back to system properties)
     * @throws ExtensionConfigurationException when a value is not a host list
     */
    static Optional<RealServer> lookup(EmbeddedAerospikeTest settings, Function<String, Optional<String>> parameters) {
        if (settings.embeddedOnly()) {
            if (!settings.realServerHosts().isBlank()) {
                throw new ExtensionConfigurationException(
                        "@EmbeddedAerospikeTest: embeddedOnly = true contradicts realServerHosts = \""
                        + settings.realServerHosts() + "\"");
            }
            return Optional.empty();
        }
        if (!settings.realServerHosts().isBlank()) {
            return Optional.of(parse("@EmbeddedAerospikeTest(realServerHosts)", settings.realServerHosts()));
        }
        return parameters.apply(EmbeddedAerospikeExtension.HOSTS_PROPERTY)
                .filter(value -> !value.isBlank())
                .map(value -> parse(EmbeddedAerospikeExtension.HOSTS_PROPERTY, value));
    }

    private static RealServer parse(String name, String value) {
        try {
            return new RealServer(Host.parse(value), name + "=" + value.trim());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(name + " is not a host list such as "
                    + "\"10.0.0.5:3000,10.0.0.6:3000\": " + e.getMessage(), e);
        }
    }
}
