package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.spi.SerializerOptions;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** sdk-serializer-kryo as the instance-level serializer: only registered classes are written and read. */
public final class KryoSerializerExample {
    private KryoSerializerExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, KryoSerializerExample::run);
    }

    public static void run(List<Host> hosts, PrintStream out) {
        ClientConfig config = ClientConfig.builder().hosts(hosts)
                .serializer("kryo", SerializerOptions.builder().set("register", Person.class.getName() + ":100").build())
                .serializerMode(SerializerMode.USER)
                .build();
        Key key = Key.of("test", "demo", "kryo-example");
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            client.put(key, Map.of("person", new Person("Grace", 85, List.of("cobol", "navy")),
                    "team", List.of(new Person("Ada", 36, List.of()), new Person("Alan", 41, List.of("enigma")))));
            out.println("person " + client.get(key).getObject("person"));
            out.println("team   " + client.get(key).getList("team"));
            out.println("stored " + client.get(key).getObject("person", byte[].class).length + " bytes");
        }
    }
}
