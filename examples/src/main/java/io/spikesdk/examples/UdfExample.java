package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultStream;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;

import java.io.PrintStream;
import java.util.List;

/**
 * User-defined functions in Lua: a module registered from a string, one function applied to one record (it
 * changes the record on the server and returns a value), a background job applying another to every record of a
 * set, and an aggregation summing a bin (the nodes sum their records, the client adds the nodes' sums; this part
 * needs {@code org.luaj:luaj-jse} on the class path). Uses the server given as the first argument
 * ({@code host:port}), or an embedded one.
 */
public final class UdfExample {
    private static final String NAMESPACE = "test";
    private static final String SET = "udf-demo";
    private static final String MODULE = """
        -- lowers the amount by pct percent and returns the new amount
        function discount(rec, pct)
          rec['amount'] = math.floor(rec['amount'] * (100 - pct) / 100)
          aerospike:update(rec)
          return rec['amount']
        end

        -- marks the record
        function tag(rec, label)
          rec['tag'] = label
          aerospike:update(rec)
        end

        local function amount(rec)
          return rec['amount']
        end

        local function add(a, b)
          return a + b
        end

        -- the sum of the amounts
        function total(stream)
          return stream : map(amount) : reduce(add)
        end
        """;

    private UdfExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, UdfExample::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(hosts).build()).connect()) {
            for (int i = 1; i <= 10; i++) {
                client.put(Key.of(NAMESPACE, SET, "order-" + i), Bin.of("amount", i * 10), Bin.of("tag", "new"));
            }

            client.registerUdf(MODULE, "orders.lua", Language.LUA).waitTillComplete();
            out.println("registered orders.lua on every node");

            Key third = Key.of(NAMESPACE, SET, "order-3");
            Object discounted = client.execute(null, third, "orders", "discount", Value.of(10));
            out.println("discount order-3 by 10%: 30 -> " + discounted + " (stored: "
                + client.get(third).getLong("amount") + ")");

            Statement orders = Statement.builder(NAMESPACE).set(SET).build();
            client.execute(null, orders, "orders", "tag", Value.of("seen")).waitTillComplete();
            try (RecordStream records = client.scan(null, NAMESPACE, SET, "tag")) {
                long seen = records.stream().filter(r -> "seen".equals(r.record().getString("tag"))).count();
                out.println("background tag: " + seen + " orders tagged seen");
            }

            try (ResultStream totals = client.queryAggregate(null, orders, "orders", "total")) {
                out.println("total of all orders: " + totals.next());
            }
        }
    }
}
