package io.spikesdk.serializer.protobuf;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.ListValue;
import com.google.protobuf.StringValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.Flags;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtobufSerializerSecurityTest {

    private static final String EVIL = "io.spikesdk.testfixtures.serializer.EvilThing";

    private final Serializer serializer = new ProtobufSerializerProvider().create(SerializerOptions.EMPTY);

    private static byte[] forged(String typeName) {
        return Any.newBuilder().setTypeUrl("type.googleapis.com/" + typeName)
                .setValue(ByteString.copyFromUtf8("\n\u0001x")).build().toByteArray();
    }

    @Test
    void aTypeUrlNamingAJavaClassLoadsNothing() {
        Object back = serializer.deserialize(forged(EVIL));
        Any any = assertInstanceOf(Any.class, back);
        assertEquals("type.googleapis.com/" + EVIL, any.getTypeUrl());
        assertFalse(Flags.STATIC_INIT.get(), "static initializer ran");
        assertFalse(Flags.CONSTRUCTOR.get(), "constructor ran");
    }

    @Test
    void unknownTypesCanBeRefused() {
        Serializer strict = new ProtobufSerializerProvider().create(SerializerOptions.builder()
                .set("failOnUnknownTypes", true).build());
        SerializationException e = assertThrows(SerializationException.class, () -> strict.deserialize(forged(EVIL)));
        assertTrue(e.getMessage().contains(EVIL) && e.getMessage().contains("'messages'"), e.getMessage());
        assertFalse(Flags.anyRan());
    }

    @Test
    void aTypedReadOfAnotherTypeIsRefused() {
        byte[] bytes = serializer.serialize(StringValue.of("x"));
        SerializationException e = assertThrows(SerializationException.class,
                () -> serializer.deserialize(bytes, Timestamp.class));
        assertTrue(e.getMessage().contains("google.protobuf.StringValue"), e.getMessage());
        assertThrows(SerializationException.class, () -> serializer.deserialize(bytes, String.class));
    }

    @Test
    void onlyMessagesAreStored() {
        for (Object value : List.of("text", Map.of("k", 1), new Object())) {
            SerializationException e = assertThrows(SerializationException.class, () -> serializer.serialize(value));
            assertTrue(e.getMessage().contains("com.google.protobuf.Message"), e.getMessage());
        }
    }

    @Test
    void deepNestingHitsTheRecursionLimit() {
        Value value = Value.newBuilder().setStringValue("leaf").build();
        for (int i = 0; i < 120; i++) {
            value = Value.newBuilder().setListValue(ListValue.newBuilder().addValues(value)).build();
        }
        byte[] bytes = serializer.serialize(Struct.newBuilder().putFields("deep", value).build());
        SerializationException e = assertThrows(SerializationException.class, () -> serializer.deserialize(bytes));
        assertTrue(e.getMessage().contains("recursion"), e.getMessage());
    }

    @Test
    void malformedBytesAndBadOptions() {
        assertThrows(SerializationException.class, () -> serializer.deserialize(new byte[] {(byte) 0xff, 1, 2}));
        assertThrows(SerializationException.class, () -> serializer.deserialize(
                Any.newBuilder().setTypeUrl("type.googleapis.com/google.protobuf.Timestamp")
                        .setValue(ByteString.copyFrom(new byte[] {(byte) 0xff})).build().toByteArray()));
        assertThrows(SerializationException.class, () -> new ProtobufSerializerProvider()
                .create(SerializerOptions.builder().set("messages", "java.lang.String").build()));
        assertThrows(SerializationException.class, () -> new ProtobufSerializerProvider()
                .create(SerializerOptions.builder().set("messages", "com.example.Missing").build()));
        assertThrows(SerializationException.class, () -> new ProtobufSerializerProvider()
                .create(SerializerOptions.builder().set("descriptorSets", "/nonexistent/x.desc").build()));
        assertThrows(SerializationException.class, () -> new ProtobufSerializerProvider()
                .create(SerializerOptions.builder().set("message", "x").build()));
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        assertInstanceOf(ProtobufSerializerProvider.class, Serializers.installed().provider("protobuf"));
    }
}
