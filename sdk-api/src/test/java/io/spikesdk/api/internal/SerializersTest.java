package io.spikesdk.api.internal;

import io.spikesdk.api.LogLevel;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerializersTest {

    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void captureWarnings() {
        LogBridge.setHandler((level, message) -> {
            if (level == LogLevel.WARN) {
                warnings.add(message);
            }
        });
    }

    @AfterEach
    void restore() {
        LogBridge.setHandler(null);
        System.clearProperty(Serializers.PROPERTY);
        System.clearProperty("spikesdk.serializer.alpha.prefix");
    }

    @Test
    void discoversGoodProvidersAndSkipsBrokenOnes() {
        Serializers serializers = Serializers.load(getClass().getClassLoader());
        assertEquals(Set.of("alpha", "beta"), serializers.names());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ThrowingConstructor")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("$Missing")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("BlankName") && w.contains("blank")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("FutureSpi") && w.contains("SPI version")), warnings::toString);
    }

    @Test
    void duplicateNamesWarnAndKeepTheFirst() {
        Serializers serializers = Serializers.load(getClass().getClassLoader());
        assertInstanceOf(TestProviders.Alpha.class, serializers.provider("alpha"));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("several serializer providers are named 'alpha'")
                && w.contains("AlphaAgain")), warnings::toString);
    }

    @Test
    void namesMatchIgnoringCase() {
        Serializers serializers = Serializers.of(List.of(new TestProviders.Alpha()));
        assertTrue(serializers.has(" ALPHA "));
        assertFalse(serializers.has(null));
        assertInstanceOf(TestProviders.Alpha.class, serializers.provider("Alpha"));
    }

    @Test
    void unknownNameListsTheAvailableOnes() {
        Serializers serializers = Serializers.of(List.of(new TestProviders.Alpha(), new TestProviders.Beta()));
        SerializationException e = assertThrows(SerializationException.class, () -> serializers.provider("kryo"));
        assertTrue(e.getMessage().contains("no serializer named 'kryo'"), e.getMessage());
        assertTrue(e.getMessage().contains("[alpha, beta]"), e.getMessage());
    }

    @Test
    void emptyRegistrySaysWhatToAdd() {
        SerializationException e = assertThrows(SerializationException.class, () -> Serializers.of(List.of()).provider("x"));
        assertTrue(e.getMessage().contains("sdk-serializer-"), e.getMessage());
    }

    @Test
    void createOverlaysExplicitOptionsOnSystemProperties() {
        Serializers serializers = Serializers.of(List.of(new TestProviders.Alpha()));
        System.setProperty("spikesdk.serializer.alpha.prefix", "sys:");
        Serializer fromProperty = serializers.create("alpha", SerializerOptions.EMPTY);
        assertArrayEquals("sys:x".getBytes(StandardCharsets.UTF_8), fromProperty.serialize("x"));
        Serializer explicit = serializers.create("alpha", SerializerOptions.builder().set("prefix", "me:").build());
        assertArrayEquals("me:x".getBytes(StandardCharsets.UTF_8), explicit.serialize("x"));
    }

    @Test
    void createWrapsProviderFailures() {
        Serializers serializers = Serializers.of(List.of(new TestProviders.Beta()));
        SerializationException e = assertThrows(SerializationException.class, () -> serializers.create("beta", null));
        assertTrue(e.getMessage().contains("beta needs a licence"), e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void createPassesOptionErrorsThrough() {
        Serializers serializers = Serializers.of(List.of(new TestProviders.Alpha()));
        SerializerOptions typo = SerializerOptions.builder().set("prefx", "a").build();
        SerializationException e = assertThrows(SerializationException.class, () -> serializers.create("alpha", typo));
        assertTrue(e.getMessage().contains("[prefx]") && e.getMessage().contains("[mode, prefix]"), e.getMessage());
    }

    @Test
    void resolveNamePrefersTheConfigThenTheSystemProperty() {
        assertNull(Serializers.resolveName(null));
        System.setProperty(Serializers.PROPERTY, " kryo ");
        assertEquals("kryo", Serializers.resolveName(null));
        assertEquals("jackson", Serializers.resolveName("jackson"));
        System.setProperty(Serializers.PROPERTY, " ");
        assertNull(Serializers.resolveName(null));
    }

    @Test
    void installedUsesTheApiClassLoader() {
        assertEquals(Set.of("alpha", "beta"), Serializers.installed().names());
    }
}
