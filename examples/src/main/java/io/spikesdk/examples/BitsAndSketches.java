package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.cdt.BitOperations;
import io.spikesdk.cdt.BitPolicy;
import io.spikesdk.cdt.BitResizeFlags;
import io.spikesdk.cdt.HllOperations;
import io.spikesdk.cdt.HllPolicy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bits and sketches: a year of daily "was active" flags packed in a 46-byte blob (one bit a day, set, counted and
 * scanned on the server), and HyperLogLog sketches of the visitors of two pages (a distinct count without keeping
 * the visitors, and how much the two audiences overlap). Uses the server given as the first argument
 * ({@code host:port}), or an embedded one.
 */
public final class BitsAndSketches {
    private static final String NAMESPACE = "test";
    private static final String SET = "bits-demo";
    private static final int DAYS = 365;
    private static final int INDEX_BITS = 12;
    private static final int MIN_HASH_BITS = 20;

    private BitsAndSketches() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, BitsAndSketches::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(hosts).build()).connect()) {
            dailyActiveFlags(client, out);
            distinctVisitors(client, out);
        }
    }

    private static void dailyActiveFlags(AerospikeClient client, PrintStream out) {
        Key user = Key.of(NAMESPACE, SET, "user-42");
        client.delete(null, user);
        client.operate(user, BitOperations.resize(BitPolicy.DEFAULT, "active", (DAYS + 7) / 8, BitResizeFlags.DEFAULT));
        int[] activeDays = {0, 1, 2, 5, 31, 32, 33, 40, 59, 200};
        for (int day : activeDays) {
            client.operate(user, BitOperations.set(BitPolicy.DEFAULT, "active", day, 1, new byte[] {(byte) 0x80}));
        }
        Record r = client.operate(user,
            BitOperations.count("active", 0, DAYS),
            BitOperations.count("active", 31, 28),
            BitOperations.lscan("active", 6, DAYS - 6, true),
            BitOperations.rscan("active", 0, DAYS, true));
        List<?> results = r.getList("active");
        out.println("active flags: " + client.get(user).getBytes("active").length + " bytes for " + DAYS + " days");
        out.println("active flags: " + results.get(0) + " days this year, " + results.get(1) + " in February");
        out.println("active flags: first active day after the first week is day " + (6 + (Long) results.get(2))
            + ", last active day is day " + results.get(3));
    }

    private static void distinctVisitors(AerospikeClient client, PrintStream out) {
        Key home = Key.of(NAMESPACE, SET, "page-home");
        Key pricing = Key.of(NAMESPACE, SET, "page-pricing");
        client.delete(null, home);
        client.delete(null, pricing);
        Random random = new Random(20261205);
        for (int batch = 0; batch < 10; batch++) {
            List<String> homeVisits = new ArrayList<>();
            List<String> pricingVisits = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                homeVisits.add("visitor-" + random.nextInt(4000));
                pricingVisits.add("visitor-" + (2000 + random.nextInt(4000)));
            }
            client.operate(home, HllOperations.add(HllPolicy.DEFAULT, "visitors", homeVisits, INDEX_BITS, MIN_HASH_BITS));
            client.operate(pricing,
                HllOperations.add(HllPolicy.DEFAULT, "visitors", pricingVisits, INDEX_BITS, MIN_HASH_BITS));
        }
        byte[] pricingSketch = client.get(pricing).getBytes("visitors");
        Record r = client.operate(home,
            HllOperations.getCount("visitors"),
            HllOperations.getUnionCount("visitors", List.of(pricingSketch)),
            HllOperations.getIntersectCount("visitors", List.of(pricingSketch)),
            HllOperations.getSimilarity("visitors", List.of(pricingSketch)));
        List<?> results = r.getList("visitors");
        out.println("visitors: home ~" + results.get(0) + " distinct (5000 visits), pricing ~"
            + client.operate(pricing, HllOperations.getCount("visitors")).getLong("visitors")
            + ", sketches of " + pricingSketch.length + " bytes");
        out.println("visitors: either page ~" + results.get(1) + ", both pages ~" + results.get(2));
        out.println("visitors: similarity " + Math.round((Double) results.get(3) * 100) + "%");
    }
}
