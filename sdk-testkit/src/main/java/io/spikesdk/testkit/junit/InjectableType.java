package io.spikesdk.testkit.junit;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/** The parameter types {@link EmbeddedAerospikeExtension} injects, matched exactly. */
enum InjectableType {
    CLIENT,
    CONFIG,
    HOSTS,
    SERVER,
    CLUSTER;

    /** The kind of {@code parameter}, or empty when the extension does not inject it. */
    static Optional<InjectableType> of(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type == AerospikeClient.class) {
            return Optional.of(CLIENT);
        }
        if (type == ClientConfig.class) {
            return Optional.of(CONFIG);
        }
        if (type == EmbeddedAerospike.class) {
            return Optional.of(SERVER);
        }
        if (type == EmbeddedCluster.class) {
            return Optional.of(CLUSTER);
        }
        return type == List.class && isListOfHost(parameter.getParameterizedType()) ? Optional.of(HOSTS) : Optional.empty();
    }

    private static boolean isListOfHost(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == Host.class;
    }

    /** The value of this kind from {@code resources}. */
    Object resolve(ServerResources resources) {
        return switch (this) {
            case CLIENT -> resources.client();
            case CONFIG -> resources.config();
            case HOSTS -> resources.hosts();
            case SERVER -> resources.server();
            case CLUSTER -> resources.cluster();
        };
    }
}
