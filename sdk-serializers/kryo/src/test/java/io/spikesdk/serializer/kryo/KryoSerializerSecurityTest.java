package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Output;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.EvilBase;
import io.spikesdk.testfixtures.serializer.Flags;
import io.spikesdk.testfixtures.serializer.PojoShapes;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KryoSerializerSecurityTest {

    private static final String PKG = "io.spikesdk.serializer.kryo.";

    private static Serializer registering(String register) {
        return new KryoSerializerProvider().create(SerializerOptions.builder().set("register", register).build());
    }

    /** A plain Kryo without registration, writing SafeThing by class name, then renamed to EvilThing. */
    private static byte[] evilStreamByName() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        Output output = new Output(256, -1);
        kryo.writeClassAndObject(output, new SafeThing("payload"));
        byte[] bytes = output.toBytes();
        String stream = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = stream.indexOf(PKG + "SafeThin");
        assertTrue(at > 0);
        byte[] evil = (PKG + "EvilThin").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(evil, 0, bytes, at, evil.length);
        return bytes;
    }

    @Test
    void writingAnUnregisteredClassFailsAndSaysHowToRegister() {
        Serializer serializer = registering(PKG + "SafeThing:100");
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.serialize(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object") && e.getMessage().contains("'register'"), e.getMessage());
    }

    @Test
    void anUnregisteredIdIsRefused() {
        byte[] bytes = registering(PKG + "SafeThing:100").serialize(new SafeThing("x"));
        Serializer reader = registering(PKG + "SafeThing:101");
        SerializationException e = assertThrows(SerializationException.class, () -> reader.deserialize(bytes));
        assertTrue(e.getMessage().contains("unregistered class ID: 100"), e.getMessage());
        assertFalse(Flags.anyRan());
    }

    @Test
    void aClassNamedInTheStreamIsRefusedBeforeAnyOfItsCodeRuns() {
        byte[] stream = evilStreamByName();
        Serializer reader = registering(PKG + "SafeThing:100");
        SerializationException e = assertThrows(SerializationException.class, () -> reader.deserialize(stream));
        assertTrue(e.getMessage().contains("names its class"), e.getMessage());
        assertFalse(Flags.STATIC_INIT.get(), "static initializer ran");
        assertFalse(Flags.CONSTRUCTOR.get(), "constructor ran");
    }

    /** Control: with EvilThing registered under SafeThing's id in a fresh class loader, its code does run. */
    @Test
    void controlTheFlagsDetectCodeThatRunsWhenTheClassIsRegistered() throws Exception {
        byte[] bytes = registering(PKG + "SafeThing:100").serialize(new SafeThing("x"));
        // EvilThing lives beside SafeThing in the test classes, its superclass and Flags in the test fixtures
        URL[] classPath = {location(SafeThing.class), location(Flags.class)};
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(classPath, KryoSerializerProvider.class.getClassLoader().getParent())) {
            thread.setContextClassLoader(isolated);
            Object evil = registering(PKG + "EvilThing:100").deserialize(bytes);
            assertEquals(isolated, evil.getClass().getClassLoader());
            Class<?> isolatedFlags = isolated.loadClass(Flags.class.getName());
            for (String flag : List.of("STATIC_INIT", "CONSTRUCTOR")) {
                assertTrue(((AtomicBoolean) isolatedFlags.getField(flag).get(null)).get(), flag);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertFalse(Flags.anyRan());
    }

    @Test
    void forgedCollectionAndArrayLengthsAreRefusedWithoutAllocating() {
        Serializer serializer = registering(PKG + "SafeThing:100");
        // ArrayList, HashMap, TreeMap, TreeSet, byte[], Object[], List.of(...), Map.of(...)
        for (int classId : new int[] {20, 23, 25, 28, 29, 38, 48, 52}) {
            Output output = new Output(16, -1);
            output.writeVarInt(classId + 2, true);
            output.writeVarInt(Integer.MAX_VALUE, true);
            output.writeBytes(new byte[] {1, 2, 3});
            byte[] forged = output.toBytes();
            SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(forged));
            assertTrue(e.getMessage().contains("elements but only"), classId + ": " + e.getMessage());
        }
    }

    @Test
    void depthIsLimited() {
        Serializer serializer = new KryoSerializerProvider().create(SerializerOptions.builder()
                .set("register", ShapeRegistrations.SHAPES).set("maxDepth", 20).build());
        PojoShapes.Node head = new PojoShapes.Node();
        PojoShapes.Node tail = head;
        for (int i = 0; i < 50; i++) {
            tail.next = new PojoShapes.Node();
            tail = tail.next;
        }
        PojoShapes.Node deep = head;
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.serialize(deep));
        assertTrue(e.getMessage().toLowerCase().contains("depth"), e.getMessage());
    }

    @Test
    void registrationCanBeTurnedOffExplicitly() {
        Serializer open = new KryoSerializerProvider().create(SerializerOptions.builder()
                .set("registrationRequired", false).build());
        SafeThing back = (SafeThing) open.deserialize(open.serialize(new SafeThing("open")));
        assertEquals("open", back.note);
        assertEquals(List.of(1), open.deserialize(open.serialize(new ArrayList<>(List.of(1)))));
    }

    @Test
    void invalidRegistrationsAreRejected() {
        for (String register : List.of(PKG + "SafeThing:5", PKG + "SafeThing:x", "com.example.Missing",
                PKG + "SafeThing:100," + EvilBase.class.getName() + ":100", PKG + "SafeThing," + PKG + "SafeThing:101")) {
            assertThrows(SerializationException.class, () -> registering(register), register);
        }
        assertFalse(Flags.anyRan());
        assertThrows(SerializationException.class, () -> new KryoSerializerProvider()
                .create(SerializerOptions.builder().set("registr", "x").build()));
        assertThrows(SerializationException.class, () -> new KryoSerializerProvider()
                .create(SerializerOptions.builder().set("poolSize", 0).build()));
    }

    @Test
    void garbageIsRefused() {
        Serializer serializer = registering(PKG + "SafeThing:100");
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[] {(byte) 0xff, (byte) 0xff}));
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[0]));
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertTrue(Serializers.installed().provider("kryo") instanceof KryoSerializerProvider);
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
