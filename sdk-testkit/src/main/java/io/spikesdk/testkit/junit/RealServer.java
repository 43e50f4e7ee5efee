package io.spikesdk.testkit.junit;

import io.spikesdk.api.Host;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A real server named by the JUnit configuration parameter {@value EmbeddedAerospikeExtension#HOSTS_PARAMETER}
 * or, when that is unset, the environment variable {@value EmbeddedAerospikeExtension#HOSTS_VARIABLE}.
 *
 * @param hosts the seed hosts
 * @param source where they came from, e.g. {@code AEROSPIKE_HOSTS=10.0.0.5:3000}, for messages
 */
record RealServer(List<Host> hosts, String source) {

    /**
     * Looks the hosts up; blank values count as unset.
     *
     * @param parameters JUnit configuration parameters
     * @param environment environment variables ({@code System::getenv} outside tests)
     * @throws ExtensionConfigurationException when the value is not a host list
     */
    static Optional<RealServer> lookup(Function<String, Optional<String>> parameters,
            Function<String, String> environment) {
        Optional<String> parameter = parameters.apply(EmbeddedAerospikeExtension.HOSTS_PARAMETER)
                .filter(v -> !v.isBlank());
        if (parameter.isPresent()) {
            return Optional.of(parse(EmbeddedAerospikeExtension.HOSTS_PARAMETER, parameter.get()));
        }
        String variable = environment.apply(EmbeddedAerospikeExtension.HOSTS_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(parse(EmbeddedAerospikeExtension.HOSTS_VARIABLE, variable));
        }
        return Optional.empty();
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
