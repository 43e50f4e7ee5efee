package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.SerializerOptions;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * sdk-serializer-java: the built-in mode. Values are Java-serialized into Java blobs; reading deserializes
 * only the classes on the allow-list, so a client without one gets the bytes.
 */
public final class JavaSerializerExample {
    private JavaSerializerExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, JavaSerializerExample::run);
    }

    public static void run(List<Host> hosts, PrintStream out) {
        ClientConfig allowing = ClientConfig.builder().hosts(hosts)
                .builtinSerializerOptions(SerializerOptions.builder().set("allow", "io.spikesdk.examples.*").build())
                .build();
        Key key = Key.of("test", "demo", "java-example");
        try (AerospikeClient client = Aerospike.client(allowing).connect();
             AerospikeClient noAllowList = Aerospike.client(ClientConfig.builder().hosts(hosts).build()).connect()) {
            client.put(key, Map.of("person", new Person("Ada", 36, List.of("math"))));
            out.println("allow-listed client reads " + client.get(key).getObject("person"));

            Record record = noAllowList.get(key);
            out.println("client without an allow-list reads " + ((byte[]) record.getValue("person")).length + " bytes");
            try {
                record.getObject("person", Person.class);
            } catch (SerializationException e) {
                out.println("and a typed read says: " + e.detail());
            }
        }
    }
}
