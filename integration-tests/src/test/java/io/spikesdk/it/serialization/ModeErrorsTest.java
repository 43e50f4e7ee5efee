package io.spikesdk.it.serialization;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Key;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What fails, and that a failed write writes nothing. Isolated: one test sets a system property. */
@Isolated
class ModeErrorsTest {

    private static final WritePolicy NONE = WritePolicy.builder().serializerMode(SerializerMode.NONE).build();
    private static final WritePolicy USER = WritePolicy.builder().serializerMode(SerializerMode.USER).build();

    @Test
    void noneRefusesUnsupportedValuesAndWritesNothing() {
        Key key = Clients.key("none");
        try (AerospikeClient client = Clients.instanceLevel("jackson")) {
            client.put(key, Map.of("keep", "old"));
            SerializationException e = assertThrows(SerializationException.class,
                    () -> client.put(NONE, key, Map.of("keep", "new", "p", Person.sample())));
            assertTrue(e.getMessage().contains(Person.class.getName()) && e.getMessage().contains("SerializerMode.NONE"),
                    e.getMessage());
            assertThrows(SerializationException.class,
                    () -> client.put(NONE, key, Map.of("keep", "new", "list", List.of(1L, Person.sample()))));
            assertThrows(SerializationException.class,
                    () -> client.put(NONE, key, new Bin("keep", Value.of("new")), new Bin("m", Value.of(Map.of("p", Person.sample())))));
            assertThrows(SerializationException.class, () -> client.put(NONE, key, Bin.of("keep", "new"), Bin.of("p", Person.sample())));
            assertThrows(SerializationException.class, () -> client.operate(NONE, key, Operations.put("keep", "new"),
                    Operations.put("p", Person.sample())));
            assertEquals(Map.of("keep", "old"), client.get(key).bins());
        }
    }

    @Test
    void userWithoutAnySerializerFailsAndWritesNothing() {
        Key key = Clients.key("user-none");
        try (AerospikeClient client = Clients.plain()) {
            SerializationException e = assertThrows(SerializationException.class,
                    () -> client.put(USER, key, Map.of("a", 1L, "p", Person.sample())));
            assertTrue(e.getMessage().contains("ClientConfig.builder().serializer"), e.getMessage());
            assertNull(client.get(key));
        }
    }

    @Test
    void builtinWithoutAnAllowListStillWritesButTheWriterCannotReadBack() {
        Key key = Clients.key("builtin-write-only");
        try (AerospikeClient client = Clients.plain()) {
            client.put(key, Map.of("p", Person.sample()));
            assertTrue(client.get(key).getValue("p") instanceof byte[]);
        }
    }

    @Test
    void anUnknownSerializerNameFailsAtConnectListingTheAvailableOnes() {
        var client = io.spikesdk.api.Aerospike.client(TestTarget.config().serializer("yaml").build());
        SerializationException e = assertThrows(SerializationException.class, client::connect);
        assertTrue(e.getMessage().contains("no serializer named 'yaml'")
                && e.getMessage().contains("[jackson, java, kryo, msgpack, protobuf]"), e.getMessage());
        assertTrue(!client.isConnected());
        client.close();
    }

    @Test
    void badSerializerOptionsFailAtConnect() {
        var client = io.spikesdk.api.Aerospike.client(TestTarget.config()
                .serializer("kryo", io.spikesdk.api.spi.SerializerOptions.builder().set("register", "com.example.Missing").build())
                .build());
        SerializationException e = assertThrows(SerializationException.class, client::connect);
        assertTrue(e.getMessage().contains("com.example.Missing"), e.getMessage());
        client.close();
    }

    @Test
    void theSystemPropertyNamesTheSerializerWhenTheConfigDoesNot() {
        Key key = Clients.key("system-property");
        System.setProperty("spikesdk.serializer", "jackson");
        try (AerospikeClient client = Clients.plain()) {
            client.put(USER, key, Map.of("p", Person.sample()));
            assertEquals(Person.sampleAsMap(), client.get(key).getObject("p"));
        } finally {
            System.clearProperty("spikesdk.serializer");
        }
    }
}
