package io.spikesdk.examples;

import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.SerializerMode;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * sdk-serializer-protobuf: messages stored as {@code google.protobuf.Any}, so they come back as the right
 * message type without naming it.
 */
public final class ProtobufSerializerExample {
    private ProtobufSerializerExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, ProtobufSerializerExample::run);
    }

    public static void run(List<Host> hosts, PrintStream out) {
        ClientConfig config = ClientConfig.builder().hosts(hosts).serializer("protobuf")
                .serializerMode(SerializerMode.USER).build();
        Key key = Key.of("test", "demo", "protobuf-example");
        Struct profile = Struct.newBuilder()
                .putFields("name", Value.newBuilder().setStringValue("Ada").build())
                .putFields("age", Value.newBuilder().setNumberValue(36).build())
                .build();
        Timestamp born = Timestamp.newBuilder().setSeconds(-4_885_862_400L).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            client.put(key, Map.of("profile", profile, "born", born));
            Record record = client.get(key);
            Object backProfile = record.getObject("profile");
            Object backBorn = record.getObject("born");
            out.println("profile is a " + backProfile.getClass().getSimpleName() + ", equal: " + profile.equals(backProfile));
            out.println("born is a " + backBorn.getClass().getSimpleName() + " with seconds "
                    + record.getObject("born", Timestamp.class).getSeconds());
        }
    }
}
