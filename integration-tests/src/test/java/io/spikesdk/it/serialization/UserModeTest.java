package io.spikesdk.it.serialization;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * SerializerMode.USER with each serializer jar as the instance-level serializer: round trips through the
 * writing client, and what clients configured differently read back.
 */
class UserModeTest {

    private static final WritePolicy USER = WritePolicy.builder().serializerMode(SerializerMode.USER).build();

    /** The object each serializer stores in the tests. */
    private static Object sample(String serializer) {
        if (serializer.equals("protobuf")) {
            return Struct.newBuilder()
                    .putFields("name", Value.newBuilder().setStringValue("Ada 🚀").build())
                    .putFields("tags", Value.newBuilder().setListValue(ListValue.newBuilder()
                            .addValues(Value.newBuilder().setStringValue("math"))).build())
                    .build();
        }
        return Person.sample();
    }

    private static Object big(String serializer) {
        if (serializer.equals("protobuf")) {
            return BytesValue.of(ByteString.copyFrom(Blob.sample().data()));
        }
        return Blob.sample();
    }

    /** What an untyped read through the same serializer gives for {@link #sample}. */
    private static Object untyped(String serializer) {
        switch (serializer) {
            case "jackson":
            case "msgpack":
                return Person.sampleAsMap();
            default:
                return sample(serializer);
        }
    }

    private static Map<String, Object> bins(String serializer) {
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("i", 321L);
        bins.put("obj", sample(serializer));
        bins.put("list", List.of("x", sample(serializer)));
        bins.put("map", Map.of("k", sample(serializer)));
        bins.put("big", big(serializer));
        return bins;
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kryo", "jackson", "protobuf", "msgpack"})
    void roundTripThroughTheWritingClient(String serializer) {
        Key key = Clients.key("user-" + serializer);
        try (AerospikeClient client = Clients.instanceLevel(serializer)) {
            client.put(USER, key, bins(serializer));
            Record record = client.get(key);
            assertEquals(321L, record.getLong("i"));
            assertEquals(untyped(serializer), record.getObject("obj"));
            assertEquals(List.of("x", untyped(serializer)), record.getList("list"));
            assertEquals(Map.of("k", untyped(serializer)), record.getMap("map"));
            Class<?> type = sample(serializer).getClass();
            assertEquals(sample(serializer), record.getObject("obj", type));
            if (serializer.equals("protobuf")) {
                assertEquals(big(serializer), record.getObject("big", Message.class));
            } else {
                assertEquals(Blob.sample(), record.getObject("big", Blob.class));
            }
        }
    }

    /** A client with no serializer gets every generic blob as raw bytes, and typed reads fail clearly. */
    @ParameterizedTest
    @ValueSource(strings = {"java", "kryo", "jackson", "protobuf", "msgpack"})
    void aClientWithoutSerializersGetsBytes(String serializer) {
        Key key = Clients.key("user-plain-" + serializer);
        byte[] expected;
        try (AerospikeClient writer = Clients.instanceLevel(serializer)) {
            writer.put(USER, key, bins(serializer));
            expected = writer.get(key).getObject("obj", byte[].class);
        }
        try (AerospikeClient reader = Clients.plain()) {
            Record record = reader.get(key);
            assertArrayEquals(expected, (byte[]) record.getValue("obj"));
            assertInstanceOf(byte[].class, record.getList("list").get(1));
            assertInstanceOf(byte[].class, record.getMap("map").get("k"));
            assertThrows(SerializationException.class, () -> record.getObject("obj", Person.class));
        }
    }

    /** A client whose instance-level serializer is another format cannot decode the bins: bytes again. */
    @ParameterizedTest
    @ValueSource(strings = {"java", "kryo", "jackson", "protobuf", "msgpack"})
    void aClientWithAnotherSerializerGetsBytes(String serializer) {
        String other = serializer.equals("jackson") ? "kryo" : "jackson";
        Key key = Clients.key("user-other-" + serializer);
        try (AerospikeClient writer = Clients.instanceLevel(serializer)) {
            writer.put(USER, key, bins(serializer));
        }
        try (AerospikeClient reader = Clients.instanceLevel(other)) {
            Record record = reader.get(key);
            assertInstanceOf(byte[].class, record.getValue("obj"));
            assertInstanceOf(byte[].class, record.getList("list").get(1));
            assertThrows(SerializationException.class, () -> record.getObject("obj", Person.class));
        }
    }

    /** A native byte[] bin is a generic blob too; a deserializer that cannot read it leaves it as bytes. */
    @ParameterizedTest
    @ValueSource(strings = {"jackson", "protobuf", "msgpack"})
    void nativeBytesStayBytesWhenTheDeserializerCannotReadThem(String serializer) {
        Key key = Clients.key("user-native-bytes-" + serializer);
        byte[] bytes = {(byte) 0xC1, 0, 1, 2};
        try (AerospikeClient client = Clients.instanceLevel(serializer)) {
            client.put(key, Map.of("raw", bytes));
            assertArrayEquals(bytes, (byte[]) client.get(key).getValue("raw"));
            assertNull(client.get(key).getObject("missing", Person.class));
        }
    }
}
