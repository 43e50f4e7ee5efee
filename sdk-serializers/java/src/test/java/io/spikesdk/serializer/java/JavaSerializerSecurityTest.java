package io.spikesdk.serializer.java;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.Flags;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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

class JavaSerializerSecurityTest {

    private static final String PKG = "io.spikesdk.serializer.java.";

    private static Serializer allowing(String... patterns) {
        return new JavaSerializerProvider().create(SerializerOptions.builder().set("allow", List.of(patterns)).build());
    }

    /** SafeThing's stream with its class name replaced by EvilThing's (same length, same fields and UID). */
    private static byte[] evilStream() {
        byte[] bytes = allowing(PKG + "SafeThing").serialize(new SafeThing("payload"));
        byte[] safe = (PKG + "SafeThing").getBytes(StandardCharsets.UTF_8);
        byte[] evil = (PKG + "EvilThing").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, safe);
        System.arraycopy(evil, 0, bytes, at, evil.length);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("needle not found");
    }

    @Test
    void withoutAnAllowListNothingIsDeserializedAndTheErrorSaysHowToConfigureOne() {
        Serializer serializer = new JavaSerializerProvider().create(SerializerOptions.EMPTY);
        byte[] bytes = serializer.serialize("just a string");
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(bytes));
        assertTrue(e.getMessage().contains("deserializes nothing until an allow-list is configured"), e.getMessage());
        assertTrue(e.getMessage().contains("allow") && e.getMessage().contains("-Dspikesdk.serializer.java.allow="),
                e.getMessage());
    }

    @Test
    void aClassOutsideTheAllowListIsRefusedBeforeAnyOfItsCodeRuns() {
        byte[] stream = evilStream();
        Serializer serializer = allowing(PKG + "SafeThing", "com.example.*");
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(stream));
        assertTrue(e.getMessage().contains(PKG + "EvilThing") && e.getMessage().contains("allow-list"), e.getMessage());
        assertFalse(Flags.STATIC_INIT.get(), "static initializer ran");
        assertFalse(Flags.CONSTRUCTOR.get(), "superclass constructor ran");
        assertFalse(Flags.READ_OBJECT.get(), "readObject ran");
        assertFalse(Flags.READ_RESOLVE.get(), "readResolve ran");
    }

    @Test
    void aRefusedClassNestedInAnAllowedCollectionIsRefusedToo() {
        byte[] stream = evilStream();
        byte[] list = allowing(PKG + "SafeThing").serialize(new ArrayList<>(List.of(new SafeThing("x"))));
        byte[] patched = list.clone();
        byte[] safe = (PKG + "SafeThing").getBytes(StandardCharsets.UTF_8);
        System.arraycopy((PKG + "EvilThing").getBytes(StandardCharsets.UTF_8), 0, patched, indexOf(list, safe), safe.length);
        Serializer serializer = allowing(PKG + "SafeThing");
        assertThrows(SerializationException.class, () -> serializer.deserialize(patched));
        assertThrows(SerializationException.class, () -> serializer.deserialize(stream));
        assertFalse(Flags.anyRan());
    }

    /**
     * Control for the two tests above: the same patched stream, allowed and read in a fresh class loader,
     * does run EvilThing's code, so the flags would have caught a leak.
     */
    @Test
    void controlTheFlagsDetectCodeThatRunsWhenTheClassIsAllowed() throws Exception {
        byte[] stream = evilStream();
        // EvilThing lives beside SafeThing in the test classes, its superclass and Flags in the test fixtures
        URL[] classPath = {location(SafeThing.class), location(Flags.class)};
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(classPath, null)) {
            thread.setContextClassLoader(isolated);
            Object evil = allowing(PKG + "EvilThing").deserialize(stream);
            assertEquals(PKG + "EvilThing", evil.getClass().getName());
            assertTrue(evil.getClass().getClassLoader() == isolated);
            Class<?> isolatedFlags = isolated.loadClass(Flags.class.getName());
            for (String flag : List.of("STATIC_INIT", "CONSTRUCTOR", "READ_OBJECT", "READ_RESOLVE")) {
                AtomicBoolean value = (AtomicBoolean) isolatedFlags.getField(flag).get(null);
                assertTrue(value.get(), flag + " should have run in the control");
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertFalse(Flags.anyRan(), "the control must not touch the test loader's EvilThing");
    }

    @Test
    void jdkCollectionsNeedJdkTypes() {
        Serializer strict = new JavaSerializerProvider().create(SerializerOptions.builder()
                .set("allow", PKG + "*").set("jdkTypes", false).build());
        byte[] list = strict.serialize(new ArrayList<>(List.of(1L)));
        SerializationException e = assertThrows(SerializationException.class, () -> strict.deserialize(list));
        assertTrue(e.getMessage().contains("java.util.ArrayList"), e.getMessage());
    }

    interface Greeter {
        String greet();
    }

    record Handler(String text) implements InvocationHandler, Serializable {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return text;
        }
    }

    @Test
    void dynamicProxiesAreNeverDeserialized() {
        Object proxy = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Greeter.class, Serializable.class},
                new Handler("hi"));
        Serializer serializer = allowing("io.spikesdk.**", "java.lang.reflect.Proxy");
        byte[] bytes = serializer.serialize(proxy);
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(bytes));
        assertTrue(e.getMessage().contains("proxies"), e.getMessage());
    }

    static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        Node next;
    }

    @Test
    void depthAndArrayLimits() {
        Node head = new Node();
        Node tail = head;
        for (int i = 0; i < 100; i++) {
            tail.next = new Node();
            tail = tail.next;
        }
        Serializer serializer = new JavaSerializerProvider().create(SerializerOptions.builder()
                .set("allow", PKG + "*").set("maxDepth", 50).set("maxArrayLength", 64).build());
        byte[] deep = serializer.serialize(head);
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(deep));
        assertTrue(e.getMessage().contains("maxDepth 50"), e.getMessage());
        byte[] array = serializer.serialize(new long[65]);
        e = assertThrows(SerializationException.class, () -> serializer.deserialize(array));
        assertTrue(e.getMessage().contains("array of length 65"), e.getMessage());
    }

    @Test
    void aForgedHugeArrayLengthIsRefusedWithoutAllocating() {
        Serializer serializer = allowing(PKG + "*");
        byte[] bytes = serializer.serialize(new int[] {7, 7, 7});
        // the length is the 4 bytes before the first element (3 ints = 12 bytes at the end)
        int lengthAt = bytes.length - 12 - 4;
        assertEquals(3, bytes[lengthAt + 3]);
        bytes[lengthAt] = 0x7f;
        bytes[lengthAt + 1] = (byte) 0xff;
        bytes[lengthAt + 2] = (byte) 0xff;
        bytes[lengthAt + 3] = (byte) 0xff;
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(bytes));
        assertTrue(e.getMessage().contains("array of length 2147483647"), e.getMessage());
    }

    @Test
    void malformedBytesAndUnserializableValues() {
        Serializer serializer = allowing(PKG + "*");
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[] {1, 2, 3}));
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[0]));
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.serialize(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object") && e.getMessage().contains("Serializable"), e.getMessage());
    }

    @Test
    void allowPatternsThatWouldAllowEverythingAreRejected() {
        for (String pattern : List.of("*", "**", ".*", "com.*.Foo", "com..Foo", "1com.Foo")) {
            assertThrows(SerializationException.class, () -> allowing(pattern), pattern);
        }
        SerializationException e = assertThrows(SerializationException.class, () -> new JavaSerializerProvider()
                .create(SerializerOptions.builder().set("alow", "com.example.*").build()));
        assertTrue(e.getMessage().contains("[alow]"), e.getMessage());
        assertThrows(SerializationException.class, () -> new JavaSerializerProvider()
                .create(SerializerOptions.builder().set("allow", "a.*").set("maxDepth", 0).build()));
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertTrue(Serializers.load(getClass().getClassLoader()).names().contains("java"));
        assertTrue(Serializers.installed().provider("java") instanceof JavaSerializerProvider);
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
