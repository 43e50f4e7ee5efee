package io.spikesdk.examples;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.serializer.kryo.KryoSerializerProvider;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's serialization example in Java: the three modes — built-in (Java serialization behind an
 * allow-list, where the spec uses cPickle), class-level user functions (Kryo, where the spec uses marshal)
 * and instance-level user functions (JSON, on a second client). Like the spec's JSON turning a tuple into a
 * list, the JSON serializer gives the tuple-like record back as a list; the other two give back the object.
 */
public final class SerializationExample {
    private SerializationExample() {
    }

    /** A tuple: a record with no Aerospike type, written by JSON as an array. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Triple(long first, long second, long third) implements Serializable {
        @Override
        public String toString() {
            return "(" + first + ", " + second + ", " + third + ")";
        }
    }

    public static void main(String[] args) {
        ExampleMain.run(args, SerializationExample::run);
    }

    /** Runs the example, printing the three read-backs to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        Serializer marshal = new KryoSerializerProvider().create(SerializerOptions.builder()
                .set("register", Triple.class.getName() + ":100").build());
        Aerospike.setSerializer(marshal);
        Aerospike.setDeserializer(marshal);
        ClientConfig config = ClientConfig.builder().hosts(hosts)
                .builtinSerializerOptions(SerializerOptions.builder().set("allow", Triple.class.getName()).build())
                .build();
        WritePolicy user = WritePolicy.builder().serializerMode(SerializerMode.USER).build();
        try (AerospikeClient client = Aerospike.client(config).connect();
             AerospikeClient client2 = Aerospike.client(config.toBuilder().serializer("jackson").build()).connect()) {
            for (int i = 1; i < 4; i++) {
                client.delete(Key.of("test", "demo", "foo" + i));
            }
            Map<String, Object> bins = new LinkedHashMap<>();
            bins.put("i", 321);
            bins.put("t", new Triple(1, 2, 3));

            out.println("Use the built-in serialization (Java, allow-listed)");
            client.put(Key.of("test", "demo", "foo1"), bins);
            out.println(client.get(Key.of("test", "demo", "foo1")).bins());

            out.println("Use the class-level user-defined serialization (Kryo)");
            client.put(user, Key.of("test", "demo", "foo2"), bins);
            out.println(client.get(Key.of("test", "demo", "foo2")).bins());

            out.println("Use the instance-level user-defined serialization (JSON)");
            client2.put(user, Key.of("test", "demo", "foo3"), bins);
            // notice that JSON-encoding a tuple produces a list
            out.println(client2.get(Key.of("test", "demo", "foo3")).bins());
        } finally {
            Aerospike.unsetSerializers();
        }
    }
}
