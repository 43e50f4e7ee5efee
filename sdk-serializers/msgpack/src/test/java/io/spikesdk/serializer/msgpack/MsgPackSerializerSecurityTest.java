package io.spikesdk.serializer.msgpack;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.Flags;
import io.spikesdk.testfixtures.serializer.JacksonShapes;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MsgPackSerializerSecurityTest {

    private static final String EVIL = "io.spikesdk.testfixtures.serializer.EvilThing";

    private final Serializer serializer = new MsgPackSerializerProvider().create(SerializerOptions.EMPTY);

    private static byte[] evilHolder() throws IOException {
        MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
        packer.packMapHeader(1).packString("payload").packMapHeader(2)
                .packString("@class").packString(EVIL).packString("note").packString("x");
        packer.close();
        return packer.toByteArray();
    }

    @Test
    void polymorphicClassNamesAreRefusedBeforeTheClassIsLoaded() throws IOException {
        byte[] bytes = evilHolder();
        SerializationException e = assertThrows(SerializationException.class,
                () -> serializer.deserialize(bytes, JacksonShapes.Holder.class));
        assertTrue(e.getMessage().contains(EVIL), e.getMessage());
        assertFalse(Flags.STATIC_INIT.get(), "static initializer ran");
        assertFalse(Flags.CONSTRUCTOR.get(), "constructor ran");
        assertEquals(Map.of("payload", Map.of("@class", EVIL, "note", "x")), serializer.deserialize(bytes));
        assertFalse(Flags.anyRan());
    }

    /** Control: with EvilThing's name allowed, in a fresh class loader, Jackson does run its code. */
    @Test
    void controlTheFlagsDetectCodeThatRunsWhenTheClassIsAllowed() throws Exception {
        byte[] bytes = evilHolder();
        URL testClasses = Flags.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Serializer allowing = new MsgPackSerializerProvider().create(SerializerOptions.builder()
                .set("allowSubtypes", EVIL).build());
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {testClasses}, null)) {
            thread.setContextClassLoader(isolated);
            JacksonShapes.Holder holder = allowing.deserialize(bytes, JacksonShapes.Holder.class);
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
    void allowListedSubtypesWork() {
        Serializer allowing = new MsgPackSerializerProvider().create(SerializerOptions.builder()
                .set("allowSubtypes", "io.spikesdk.testfixtures.serializer.JacksonShapes$Safe").build());
        JacksonShapes.Holder holder = new JacksonShapes.Holder();
        JacksonShapes.SafeThing safe = new JacksonShapes.SafeThing();
        safe.note = "ok";
        holder.payload = safe;
        JacksonShapes.Holder back = allowing.deserialize(allowing.serialize(holder), JacksonShapes.Holder.class);
        assertEquals("ok", ((JacksonShapes.SafeThing) back.payload).note);
    }

    @Test
    void forgedHeadersAreRefusedWithoutAllocating() {
        byte[][] forged = {
            {(byte) 0xdd, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1},        // array32 of 2^31-1 items
            {(byte) 0xdf, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1}, // map32 of 2^32-1 entries
            {(byte) 0xc6, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1},        // bin32 of 2 GB
            {(byte) 0xdb, 0x10, 0, 0, 0, 'a'},                                   // str32 of 256 MB
        };
        for (byte[] bytes : forged) {
            SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(bytes));
            assertTrue(e.getMessage().contains("bytes are left") || e.getMessage().contains("MessageSizeException"),
                    e.getMessage());
        }
    }

    @Test
    void depthIsLimited() {
        Serializer shallow = new MsgPackSerializerProvider().create(SerializerOptions.builder().set("maxDepth", 10).build());
        byte[] deep = new byte[50];
        java.util.Arrays.fill(deep, (byte) 0x91); // fixarray of one element, nested 50 times
        deep[49] = (byte) 0xc0;
        SerializationException e = assertThrows(SerializationException.class, () -> shallow.deserialize(deep));
        assertTrue(e.getMessage().contains("maxDepth 10"), e.getMessage());
    }

    @Test
    void malformedAndUnwritableValues() {
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[] {(byte) 0xc1}));
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[0]));
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[] {1, 2}));
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.serialize(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
        assertThrows(SerializationException.class, () -> new MsgPackSerializerProvider()
                .create(SerializerOptions.builder().set("allowSubtypes", "com").build()));
        assertThrows(SerializationException.class, () -> new MsgPackSerializerProvider()
                .create(SerializerOptions.builder().set("depth", "1").build()));
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertInstanceOf(MsgPackSerializerProvider.class, Serializers.installed().provider("msgpack"));
    }
}
