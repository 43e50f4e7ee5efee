package io.spikesdk.it.serialization;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Key;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.it.TestTarget;

import java.util.concurrent.atomic.AtomicInteger;

/** Client configurations of the serialization tests. */
final class Clients {

    static final String SET = "serialization";
    static final String PACKAGE = "io.spikesdk.it.serialization.*";
    private static final AtomicInteger KEYS = new AtomicInteger();

    private Clients() {
    }

    /** A fresh key of the serialization set. */
    static Key key(String prefix) {
        return Key.of(TestTarget.NAMESPACE, SET, prefix + "-" + KEYS.incrementAndGet());
    }

    /** Options for the named serializer that accept this package's classes. */
    static SerializerOptions options(String serializer) {
        switch (serializer) {
            case "java":
                return SerializerOptions.builder().set("allow", PACKAGE).build();
            case "kryo":
                return SerializerOptions.builder()
                        .set("register", Person.class.getName() + ":100," + Blob.class.getName() + ":101").build();
            default:
                return SerializerOptions.EMPTY;
        }
    }

    /** The built-in (java) serializer's options allowing this package. */
    static SerializerOptions builtinAllowingThisPackage() {
        return options("java");
    }

    /** A connected client built from {@code config}. */
    static AerospikeClient connect(ClientConfig.Builder config) {
        return Aerospike.client(config.build()).connect();
    }

    /** A client with no serializer configured and no built-in allow-list. */
    static AerospikeClient plain() {
        return connect(TestTarget.config());
    }

    /** A client whose instance-level serializer is {@code name}, configured for this package. */
    static AerospikeClient instanceLevel(String name) {
        return connect(TestTarget.config().serializer(name, options(name)));
    }
}
