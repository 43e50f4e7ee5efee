package io.spikesdk.api.spi;

import io.spikesdk.api.SerializationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerializerOptionsTest {

    @Test
    void typedGetters() {
        SerializerOptions options = SerializerOptions.builder()
                .set("allow", " com.example.* , ,com.acme.Person ")
                .set("maxDepth", 12)
                .set("big", Long.MAX_VALUE)
                .set("strict", true)
                .set("name", "x")
                .build();
        assertEquals(List.of("com.example.*", "com.acme.Person"), options.getList("allow"));
        assertEquals(List.of(), options.getList("absent"));
        assertEquals(12, options.getInt("maxDepth", 1));
        assertEquals(7, options.getInt("absent", 7));
        assertEquals(Long.MAX_VALUE, options.getLong("big", 0));
        assertTrue(options.getBoolean("strict", false));
        assertTrue(options.getBoolean("absent", true));
        assertEquals("x", options.get("name"));
        assertNull(options.get("absent"));
        assertEquals("d", options.get("absent", "d"));
        assertTrue(options.contains("name"));
        assertEquals(Set.of("allow", "big", "maxDepth", "name", "strict"), options.keys());
    }

    @Test
    void malformedValuesNameTheKey() {
        SerializerOptions options = SerializerOptions.builder().set("n", "twelve").set("b", "yes").set("big", Long.MAX_VALUE).build();
        SerializationException e = assertThrows(SerializationException.class, () -> options.getInt("n", 0));
        assertTrue(e.getMessage().contains("'n'") && e.getMessage().contains("twelve"), e.getMessage());
        assertThrows(SerializationException.class, () -> options.getBoolean("b", false));
        assertThrows(SerializationException.class, () -> options.getInt("big", 0));
    }

    @Test
    void immutableAndValueBased() {
        SerializerOptions.Builder builder = SerializerOptions.builder().set("a", "1");
        SerializerOptions options = builder.build();
        builder.set("a", "2");
        assertEquals("1", options.get("a"));
        assertThrows(UnsupportedOperationException.class, () -> options.asMap().put("b", "2"));
        assertEquals(SerializerOptions.of(Map.of("a", "1")), options);
        assertEquals(options.hashCode(), SerializerOptions.of(Map.of("a", "1")).hashCode());
        assertSame(SerializerOptions.EMPTY, SerializerOptions.builder().build());
    }

    @Test
    void listBuildersAndOverlay() {
        SerializerOptions options = SerializerOptions.builder()
                .set("classes", List.of("a.B", "c.D"))
                .add("classes", "e.F")
                .add("fresh", "x")
                .build();
        assertEquals(List.of("a.B", "c.D", "e.F"), options.getList("classes"));
        assertEquals(List.of("x"), options.getList("fresh"));
        assertThrows(IllegalArgumentException.class, () -> SerializerOptions.builder().set("k", List.of("a,b")));
        SerializerOptions merged = options.with(SerializerOptions.builder().set("fresh", "y").build());
        assertEquals("y", merged.get("fresh"));
        assertEquals("a.B,c.D,e.F", merged.get("classes"));
        assertSame(options, options.with(SerializerOptions.EMPTY));
    }

    @Test
    void fromPropertiesStripsThePrefix() {
        Properties properties = new Properties();
        properties.setProperty("spikesdk.serializer.java.allow", "com.example.*");
        properties.setProperty("spikesdk.serializer.java.", "ignored: empty key");
        properties.setProperty("spikesdk.serializer.kryo.register", "x");
        SerializerOptions options = SerializerOptions.fromProperties(properties, "spikesdk.serializer.java.");
        assertEquals(Map.of("allow", "com.example.*"), options.asMap());
    }

    @Test
    void unknownKeysAreRejected() {
        SerializerOptions options = SerializerOptions.builder().set("alow", "x").build();
        SerializationException e = assertThrows(SerializationException.class,
                () -> options.requireKnownKeys("java", List.of("allow", "maxDepth")));
        assertTrue(e.getMessage().contains("[alow]") && e.getMessage().contains("[allow, maxDepth]"), e.getMessage());
        SerializerOptions.EMPTY.requireKnownKeys("java", List.of());
        assertFalse(SerializerOptions.EMPTY.contains("x"));
    }

    @Test
    void builderRejectsNullsAndBlankKeys() {
        assertThrows(NullPointerException.class, () -> SerializerOptions.builder().set("k", (String) null));
        assertThrows(IllegalArgumentException.class, () -> SerializerOptions.builder().set(" ", "v"));
    }
}
