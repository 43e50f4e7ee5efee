package io.spikesdk.serializer.jackson;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.Flags;
import io.spikesdk.testfixtures.serializer.JacksonShapes;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JacksonSerializerSecurityTest {

    private static final String EVIL = "io.spikesdk.testfixtures.serializer.EvilThing";
    private static final byte[] EVIL_HOLDER = ("{\"payload\":{\"@class\":\"" + EVIL + "\",\"note\":\"x\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private final Serializer serializer = new JacksonSerializerProvider().create(SerializerOptions.EMPTY);

    @Test
    void polymorphicClassNamesAreRefusedBeforeTheClassIsLoaded() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> serializer.deserialize(EVIL_HOLDER, JacksonShapes.Holder.class));
        assertTrue(e.getMessage().contains(EVIL), e.getMessage());
        assertFalse(Flags.STATIC_INIT.get(), "static initializer ran");
        assertFalse(Flags.CONSTRUCTOR.get(), "constructor ran");
    }

    @Test
    void untypedReadsNeverInstantiateNamedClasses() {
        Object generic = serializer.deserialize(("{\"@class\":\"" + EVIL + "\",\"note\":\"x\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("@class", EVIL, "note", "x"), generic);
        Object array = serializer.deserialize(("[\"" + EVIL + "\",{\"note\":\"x\"}]").getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(List.class, array);
        assertFalse(Flags.anyRan());
    }

    @Test
    void allowListedSubtypesWork() {
        Serializer allowing = new JacksonSerializerProvider().create(SerializerOptions.builder()
                .set("allowSubtypes", "io.spikesdk.testfixtures.serializer.JacksonShapes$Safe").build());
        JacksonShapes.Holder holder = new JacksonShapes.Holder();
        JacksonShapes.SafeThing safe = new JacksonShapes.SafeThing();
        safe.note = "ok";
        holder.payload = safe;
        JacksonShapes.Holder back = allowing.deserialize(allowing.serialize(holder), JacksonShapes.Holder.class);
        assertEquals("ok", ((JacksonShapes.SafeThing) back.payload).note);
        assertThrows(SerializationException.class, () -> allowing.deserialize(EVIL_HOLDER, JacksonShapes.Holder.class));
        assertFalse(Flags.anyRan());
    }

    /** Control: with EvilThing's name allowed, in a fresh class loader, Jackson does run its code. */
    @Test
    void controlTheFlagsDetectCodeThatRunsWhenTheClassIsAllowed() throws Exception {
        URL testClasses = Flags.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Serializer allowing = new JacksonSerializerProvider().create(SerializerOptions.builder()
                .set("allowSubtypes", EVIL).build());
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {testClasses}, null)) {
            thread.setContextClassLoader(isolated);
            JacksonShapes.Holder holder = allowing.deserialize(EVIL_HOLDER, JacksonShapes.Holder.class);
            assertEquals(isolated, holder.payload.getClass().getClassLoader());
            Class<?> isolatedFlags = isolated.loadClass("io.spikesdk.testfixtures.serializer.Flags");
            for (String flag : List.of("STATIC_INIT", "CONSTRUCTOR")) {
                assertTrue(((AtomicBoolean) isolatedFlags.getField(flag).get(null)).get(), flag);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertFalse(Flags.anyRan());
    }

    @Test
    void nestingDepthIsLimited() {
        Serializer shallow = new JacksonSerializerProvider().create(SerializerOptions.builder().set("maxNestingDepth", 10).build());
        byte[] deep = ("[".repeat(50) + "]".repeat(50)).getBytes(StandardCharsets.UTF_8);
        SerializationException e = assertThrows(SerializationException.class, () -> shallow.deserialize(deep));
        assertTrue(e.getMessage().toLowerCase().contains("nesting depth"), e.getMessage());
    }

    @Test
    void malformedJsonAndUnwritableValues() {
        assertThrows(SerializationException.class, () -> serializer.deserialize("{".getBytes(StandardCharsets.UTF_8)));
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.serialize(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    @Test
    void tooBroadPrefixesAndUnknownOptionsAreRejected() {
        for (String prefix : List.of("c", "com")) {
            assertThrows(SerializationException.class, () -> new JacksonSerializerProvider()
                    .create(SerializerOptions.builder().set("allowSubtypes", prefix).build()), prefix);
        }
        assertThrows(SerializationException.class, () -> new JacksonSerializerProvider()
                .create(SerializerOptions.builder().set("defaultTyping", "true").build()));
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertInstanceOf(JacksonSerializerProvider.class, Serializers.installed().provider("jackson"));
    }
}
