package io.spikesdk.serializer.protobuf;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Duration;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Empty;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Int64Value;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.NullValue;
import com.google.protobuf.StringValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ProtobufSerializerRoundTripTest {

    private final Serializer serializer = Serializers.of(List.of(new ProtobufSerializerProvider()))
            .create("protobuf", SerializerOptions.EMPTY);

    private Object roundTrip(Message message) {
        return serializer.deserialize(serializer.serialize(message));
    }

    static Struct nestedStruct() {
        return Struct.newBuilder()
                .putFields("name", Value.newBuilder().setStringValue("Grace 漢字 🚀").build())
                .putFields("age", Value.newBuilder().setNumberValue(85).build())
                .putFields("nothing", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
                .putFields("tags", Value.newBuilder().setListValue(ListValue.newBuilder()
                        .addValues(Value.newBuilder().setStringValue("a"))
                        .addValues(Value.newBuilder().setBoolValue(true))
                        .addValues(Value.newBuilder().setStructValue(Struct.newBuilder()
                                .putFields("deep", Value.newBuilder().setNumberValue(1.5).build())))).build())
                .build();
    }

    @Test
    void wellKnownTypesComeBackWithoutNamingTheType() {
        List<Message> messages = List.of(nestedStruct(),
                Timestamp.newBuilder().setSeconds(1_714_979_289L).setNanos(123_456_789).build(),
                Duration.newBuilder().setSeconds(90).build(),
                StringValue.of("Zürich ✓"), Int64Value.of(Long.MIN_VALUE), Empty.getDefaultInstance(),
                FieldMask.newBuilder().addPaths("a.b").build(),
                Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build());
        for (Message message : messages) {
            assertEquals(message, roundTrip(message), message.getDescriptorForType().getFullName());
        }
    }

    @Test
    void typedReads() {
        Timestamp timestamp = Timestamp.newBuilder().setSeconds(42).build();
        byte[] bytes = serializer.serialize(timestamp);
        assertEquals(timestamp, serializer.deserialize(bytes, Timestamp.class));
        assertEquals(timestamp, serializer.deserialize(bytes, Message.class));
        Any any = serializer.deserialize(bytes, Any.class);
        assertEquals("type.googleapis.com/google.protobuf.Timestamp", any.getTypeUrl());
        assertEquals(timestamp, serializer.deserialize(serializer.serialize(timestamp.toBuilder()), Timestamp.class));
    }

    @Test
    void bigPayload() {
        byte[] data = new byte[1 << 20];
        new Random(42).nextBytes(data);
        BytesValue big = BytesValue.of(ByteString.copyFrom(data));
        assertEquals(big, roundTrip(big));
        ListValue.Builder list = ListValue.newBuilder();
        for (int i = 0; i < 50_000; i++) {
            list.addValues(Value.newBuilder().setNumberValue(i));
        }
        assertEquals(list.build(), roundTrip(list.build()));
    }

    @Test
    void anAnyIsStoredAsIs() {
        Any any = Any.pack(StringValue.of("inner"));
        assertEquals(StringValue.of("inner"), roundTrip(any));
    }

    @Test
    void customPrefixAndFailOnUnknownOff() {
        Serializer custom = new ProtobufSerializerProvider().create(SerializerOptions.builder()
                .set("typeUrlPrefix", "types.example.com").build());
        byte[] bytes = custom.serialize(StringValue.of("x"));
        assertEquals("types.example.com/google.protobuf.StringValue", serializer.deserialize(bytes, Any.class).getTypeUrl());
        assertEquals(StringValue.of("x"), serializer.deserialize(bytes));
    }

    /** A Person message defined at run time (no protoc): name, age, tags, friend, and an imported Timestamp. */
    static FileDescriptorSet personDescriptorSet() {
        DescriptorProto person = DescriptorProto.newBuilder().setName("Person")
                .addField(field("name", 1, FieldDescriptorProto.Type.TYPE_STRING, null, false))
                .addField(field("age", 2, FieldDescriptorProto.Type.TYPE_INT64, null, false))
                .addField(field("tags", 3, FieldDescriptorProto.Type.TYPE_STRING, null, true))
                .addField(field("friend", 4, FieldDescriptorProto.Type.TYPE_MESSAGE, ".test.Person", false))
                .addField(field("born", 5, FieldDescriptorProto.Type.TYPE_MESSAGE, ".google.protobuf.Timestamp", false))
                .build();
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("test/person.proto").setPackage("test")
                .setSyntax("proto3").addDependency("google/protobuf/timestamp.proto").addMessageType(person).build();
        return FileDescriptorSet.newBuilder().addFile(file).build();
    }

    private static FieldDescriptorProto field(String name, int number, FieldDescriptorProto.Type type, String typeName,
                                              boolean repeated) {
        FieldDescriptorProto.Builder field = FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(repeated ? FieldDescriptorProto.Label.LABEL_REPEATED : FieldDescriptorProto.Label.LABEL_OPTIONAL);
        if (typeName != null) {
            field.setTypeName(typeName);
        }
        return field.build();
    }

    @Test
    void descriptorSetTypesAreReadAsDynamicMessages(@TempDir Path dir) throws Exception {
        FileDescriptorSet set = personDescriptorSet();
        Path file = dir.resolve("person.desc");
        Files.write(file, set.toByteArray());
        Descriptor type = FileDescriptor.buildFrom(set.getFile(0),
                new FileDescriptor[] {Timestamp.getDescriptor().getFile()}).findMessageTypeByName("Person");
        DynamicMessage friend = DynamicMessage.newBuilder(type).setField(type.findFieldByName("name"), "Ada").build();
        DynamicMessage person = DynamicMessage.newBuilder(type)
                .setField(type.findFieldByName("name"), "Grace ✓")
                .setField(type.findFieldByName("age"), 85L)
                .addRepeatedField(type.findFieldByName("tags"), "a")
                .addRepeatedField(type.findFieldByName("tags"), "b")
                .setField(type.findFieldByName("friend"), friend)
                .setField(type.findFieldByName("born"), Timestamp.newBuilder().setSeconds(-1_000).build())
                .build();

        Serializer withDescriptors = new ProtobufSerializerProvider().create(SerializerOptions.builder()
                .set("descriptorSets", file.toString()).build());
        Object back = withDescriptors.deserialize(withDescriptors.serialize(person));
        DynamicMessage dynamic = assertInstanceOf(DynamicMessage.class, back);
        assertEquals("test.Person", dynamic.getDescriptorForType().getFullName());
        assertEquals(person.toByteString(), dynamic.toByteString());
        assertEquals(person.toString(), dynamic.toString());

        Any unknown = assertInstanceOf(Any.class, serializer.deserialize(withDescriptors.serialize(person)));
        assertEquals("type.googleapis.com/test.Person", unknown.getTypeUrl());
    }

    @Test
    void generatedClassesCanBeListed() {
        Serializer listed = new ProtobufSerializerProvider().create(SerializerOptions.builder()
                .set("messages", Timestamp.class.getName()).build());
        Timestamp timestamp = Timestamp.newBuilder().setSeconds(7).build();
        assertEquals(timestamp, listed.deserialize(listed.serialize(timestamp)));
    }
}
