package io.spikesdk.it.serialization;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SerializerMode.BUILTIN (the config default): Java serialization through the allow-listed {@code java}
 * serializer, stored as Java blobs; read back by clients with and without that allow-list.
 */
class BuiltinModeTest {

    private static AerospikeClient allowing;
    private static AerospikeClient plain;

    @BeforeAll
    static void connect() {
        allowing = Clients.connect(TestTarget.config().builtinSerializerOptions(Clients.builtinAllowingThisPackage()));
        plain = Clients.plain();
    }

    @AfterAll
    static void close() {
        allowing.close();
        plain.close();
    }

    private static Map<String, Object> bins() {
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("i", 321L);
        bins.put("person", Person.sample());
        bins.put("list", List.of("x", Person.sample(), 7L));
        bins.put("map", Map.of("p", Person.sample()));
        bins.put("blob", Blob.sample());
        return bins;
    }

    @Test
    void theDefaultModeIsBuiltinAndRoundTripsTopLevelAndNestedObjects() {
        Key key = Clients.key("builtin");
        allowing.put(key, bins());
        Record record = allowing.get(key);
        assertEquals(bins(), record.bins());
        assertEquals(Person.sample(), record.getObject("person", Person.class));
        assertEquals(Blob.sample(), record.getObject("blob"));
    }

    @Test
    void objectsGoThroughBinsAndOperationsToo() {
        Key key = Clients.key("builtin-bins");
        allowing.put(key, Bin.of("person", Person.sample()), Bin.of("i", 1));
        allowing.operate(key, Operations.put("second", Person.sample()));
        Record record = allowing.get(key);
        assertEquals(Person.sample(), record.getObject("person", Person.class));
        assertEquals(Person.sample(), record.getObject("second"));
        assertEquals(1L, record.getLong("i"));
    }

    @Test
    void theModeCanBeSetPerCall() {
        Key key = Clients.key("builtin-per-call");
        AerospikeClient noneByDefault = Clients.connect(TestTarget.config().serializerMode(SerializerMode.NONE)
                .builtinSerializerOptions(Clients.builtinAllowingThisPackage()));
        try {
            assertThrows(SerializationException.class, () -> noneByDefault.put(key, Map.of("p", Person.sample())));
            noneByDefault.put(WritePolicy.builder().serializerMode(SerializerMode.BUILTIN).build(), key,
                    Map.of("p", Person.sample()));
            assertEquals(Person.sample(), noneByDefault.get(key).getObject("p"));
        } finally {
            noneByDefault.close();
        }
    }

    /** A client without an allow-list deserializes nothing: Java blobs read as bytes, typed reads explain. */
    @Test
    void aClientWithoutAnAllowListGetsBytes() {
        Key key = Clients.key("builtin-no-allow");
        allowing.put(key, bins());
        Record record = plain.get(key);
        assertEquals(321L, record.getLong("i"));
        byte[] raw = assertInstanceOf(byte[].class, record.getValue("person"));
        assertArrayEquals(raw, record.getObject("person", byte[].class));
        assertEquals((byte) 0xAC, raw[0], "a Java serialization stream");
        List<?> list = record.getList("list");
        assertEquals("x", list.get(0));
        assertInstanceOf(byte[].class, list.get(1));
        assertEquals(7L, list.get(2));
        assertInstanceOf(byte[].class, record.getMap("map").get("p"));
        SerializationException e = assertThrows(SerializationException.class,
                () -> record.getObject("person", Person.class));
        assertTrue(e.getMessage().contains("allow-list is configured"), e.getMessage());
    }

    @Test
    void aClassOutsideTheAllowListIsNeverDeserialized() {
        Key key = Clients.key("builtin-other-package");
        allowing.put(key, Map.of("person", Person.sample()));
        AerospikeClient otherPackage = Clients.connect(TestTarget.config()
                .builtinSerializerOptions(SerializerOptions.builder().set("allow", "com.example.*").build()));
        try {
            Record record = otherPackage.get(key);
            assertInstanceOf(byte[].class, record.getValue("person"));
            SerializationException e = assertThrows(SerializationException.class,
                    () -> record.getObject("person", Person.class));
            assertTrue(e.getMessage().contains("not on the java serializer's allow-list"), e.getMessage());
        } finally {
            otherPackage.close();
        }
    }

    /** Java blobs are not generic blobs: a client's instance-level deserializer never sees them. */
    @Test
    void javaBlobsIgnoreUserDeserializers() {
        Key key = Clients.key("builtin-vs-user");
        allowing.put(key, Map.of("person", Person.sample()));
        AerospikeClient jackson = Clients.instanceLevel("jackson");
        try {
            assertInstanceOf(byte[].class, jackson.get(key).getValue("person"));
        } finally {
            jackson.close();
        }
    }
}
