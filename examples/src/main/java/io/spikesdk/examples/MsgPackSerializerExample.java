package io.spikesdk.examples;

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

/** sdk-serializer-msgpack: objects stored as MessagePack; read back as plain values, or bound to a class. */
public final class MsgPackSerializerExample {
    private MsgPackSerializerExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, MsgPackSerializerExample::run);
    }

    public static void run(List<Host> hosts, PrintStream out) {
        ClientConfig config = ClientConfig.builder().hosts(hosts).serializer("msgpack")
                .serializerMode(SerializerMode.USER).build();
        Key key = Key.of("test", "demo", "msgpack-example");
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            client.put(key, Map.of("person", new Person("Ada", 36, List.of("math", "engines"))));
            Record record = client.get(key);
            out.println("stored  " + record.getObject("person", byte[].class).length + " bytes");
            out.println("untyped " + record.getObject("person"));
            out.println("typed   " + record.getObject("person", Person.class));
        }
    }
}
