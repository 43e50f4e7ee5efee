package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Filter;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Host;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Operations;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Statement;

import java.io.PrintStream;
import java.util.List;
import java.util.TreeSet;

/**
 * Scans, queries and geo: twelve places around San Francisco, walked by a scan in pages of five (the partition
 * filter remembers where a page ended), queried by rating through a numeric index, and by distance from a point
 * through a geo index; then a background job marks the low-rated ones and a query reads the mark back. Uses the
 * server given as the first argument ({@code host:port}), or an embedded one.
 */
public final class ScanQueryGeo {
    private static final String NAMESPACE = "test";
    private static final String SET = "places";
    private static final String[][] PLACES = {
        {"Ferry Building", "-122.3937", "37.7955", "5"}, {"Coit Tower", "-122.4058", "37.8024", "4"},
        {"Union Square", "-122.4075", "37.7880", "3"}, {"Chinatown Gate", "-122.4058", "37.7908", "4"},
        {"City Hall", "-122.4193", "37.7793", "3"}, {"Alamo Square", "-122.4346", "37.7762", "5"},
        {"Dolores Park", "-122.4276", "37.7596", "5"}, {"Twin Peaks", "-122.4477", "37.7544", "4"},
        {"Golden Gate Park", "-122.4862", "37.7694", "5"}, {"Lands End", "-122.5055", "37.7855", "4"},
        {"Fort Mason", "-122.4316", "37.8060", "2"}, {"Candlestick Point", "-122.3800", "37.7130", "1"}};

    private ScanQueryGeo() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, ScanQueryGeo::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(hosts).build()).connect()) {
            for (String[] p : PLACES) {
                client.put(Key.of(NAMESPACE, SET, p[0]), Bin.of("name", p[0]),
                    Bin.of("loc", GeoJson.point(Double.parseDouble(p[1]), Double.parseDouble(p[2]))),
                    Bin.of("rating", Integer.parseInt(p[3])));
            }

            // a paged scan: each call returns at most 5 records and the filter resumes where the last one ended
            PartitionFilter pages = PartitionFilter.all();
            ScanPolicy pageOfFive = ScanPolicy.builder().maxRecords(5).build();
            int pageCount = 0;
            TreeSet<String> scanned = new TreeSet<>();
            while (!pages.isDone()) {
                try (RecordStream page = client.scan(pageOfFive, pages, NAMESPACE, SET, "name")) {
                    page.forEachRemaining(r -> scanned.add(r.record().getString("name")));
                }
                pageCount++;
            }
            out.println("scan: " + scanned.size() + " places in " + (pageCount > 1 ? "several pages" : "one page")
                + " of at most 5");

            client.createIndex(NAMESPACE, SET, "places_rating", "rating", IndexType.NUMERIC).waitTillComplete();
            client.createIndex(NAMESPACE, SET, "places_loc", "loc", IndexType.GEO2DSPHERE).waitTillComplete();
            try {
                out.println("rated 5: " + names(client, Filter.range("rating", 5, 5)));
                // within 1 km of Union Square, on the sphere
                out.println("near Union Square: " + names(client, Filter.geoWithinRadius("loc", -122.4075, 37.7880,
                    1000)));
                GeoJson downtown = GeoJson.polygon(new double[] {-122.41, 37.785}, new double[] {-122.39, 37.785},
                    new double[] {-122.39, 37.805}, new double[] {-122.41, 37.805});
                out.println("downtown: " + names(client, Filter.geoWithinRegion("loc", downtown)));

                ExecuteTask job = client.execute(null, statement(Filter.range("rating", 0, 2)).build(),
                    Operations.put("review", "needed"));
                job.waitTillComplete();
                TreeSet<String> marked = new TreeSet<>();
                try (RecordStream all = client.query(null, statement(null).build())) {
                    all.forEachRemaining(r -> {
                        if ("needed".equals(r.record().getString("review"))) {
                            marked.add(r.record().getString("name"));
                        }
                    });
                }
                out.println("marked for review: " + marked);
            } finally {
                client.dropIndex(NAMESPACE, SET, "places_rating");
                client.dropIndex(NAMESPACE, SET, "places_loc");
                for (String[] p : PLACES) {
                    client.delete(Key.of(NAMESPACE, SET, p[0]));
                }
            }
        }
    }

    private static Statement.Builder statement(Filter filter) {
        return Statement.builder(NAMESPACE).set(SET).filter(filter);
    }

    private static TreeSet<String> names(AerospikeClient client, Filter filter) {
        TreeSet<String> names = new TreeSet<>();
        try (RecordStream found = client.query(null, statement(filter).binNames("name").build())) {
            for (KeyRecord r : (Iterable<KeyRecord>) () -> found) {
                names.add(r.record().getString("name"));
            }
        }
        return names;
    }
}
