package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;

import java.io.PrintStream;
import java.util.List;

/**
 * Puts, gets and operates on one record. Uses the server named by the first argument
 * ({@code host:port[,host:port]}); without one, starts an embedded server first.
 */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, Quickstart::run);
    }

    /** The quickstart itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        ClientConfig config = ClientConfig.builder().hosts(hosts).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key key = Key.of("test", "demo", "quickstart-1");

            client.put(key, Bin.of("name", "Ada"), Bin.of("visits", 1), Bin.of("tags", List.of("math", "engines")));
            out.println("put     " + key.userKey() + " -> name=Ada, visits=1, tags=[math, engines]");

            Record record = client.get(key);
            out.println("get     " + record.bins() + " (generation " + record.generation() + ")");

            Record result = client.operate(key,
                    Operations.add("visits", 1),
                    Operations.append("name", " Lovelace"),
                    Operations.get("visits"),
                    Operations.get("name"));
            out.println("operate visits+1, name+=\" Lovelace\" -> visits=" + result.getLong("visits")
                    + ", name=" + result.getString("name"));

            boolean deleted = client.delete(key);
            out.println("delete  " + deleted + "; exists afterwards: " + client.exists(key));
        }
    }
}
