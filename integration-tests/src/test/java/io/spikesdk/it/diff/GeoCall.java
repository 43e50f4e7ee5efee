package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.PartitionFilter;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One geo case as data: the shapes are written to records {@code <key>#g<i>} (bin {@code gdloc}), the point lists to
 * records {@code <key>#l<i>} (bin {@code gdspots}), the first shape also to the case's own record (so its stored
 * cells are compared); then the query runs (in pages of one when {@code paged}), and every shape record is read with
 * the CMP_GEO expression of the query. Compared: the write codes, the query's code or the set of records it
 * returns (the real server streams partitions in parallel, so their order is not compared), the page count, and the
 * expression reads.
 *
 * <p>The records live in a set of this run ({@link TruncateCall#RUN_TAG}); the two indexes cover the whole namespace
 * (bins {@code gdloc} and {@code gdspots} are used by nothing else) and stay, so that runs do not pile up indexes on
 * the real server.
 */
record GeoCall(List<String> shapes, List<List<String>> spots, String query, boolean onList, String filter,
               boolean paged) implements Command {
    static final String LOC = "gdloc";
    static final String SPOTS = "gdspots";
    private static final Set<AerospikeClient> INDEXED = ConcurrentHashMap.newKeySet();

    @Override
    public Object execute(AerospikeClient client, Key key) {
        ensureIndexes(client);
        String set = "diff_geo_" + TruncateCall.RUN_TAG;
        WritePolicy wp = new WritePolicy();
        WriteSpec.timeouts(wp);
        wp.sendKey = true;
        List<Key> keys = new ArrayList<>();
        StringBuilder out = new StringBuilder("writes:");
        try {
            for (int i = 0; i < shapes.size(); i++) {
                Key k = new Key(key.namespace, set, key.userKey + "#g" + i);
                keys.add(k);
                out.append(' ').append(write(client, wp, k, new Bin(LOC, Value.getAsGeoJSON(shapes.get(i)))));
            }
            for (int i = 0; i < spots.size(); i++) {
                Key k = new Key(key.namespace, set, key.userKey + "#l" + i);
                keys.add(k);
                List<Value> points = spots.get(i).stream().map(Value::getAsGeoJSON).toList();
                out.append(' ').append(write(client, wp, k, new Bin(SPOTS, points)));
            }
            if (!shapes.isEmpty()) {
                out.append(" own ").append(write(client, wp, key, new Bin("shape", Value.getAsGeoJSON(shapes.get(0)))));
            }
            out.append(" | query ").append(query(client, set));
            out.append(" | exp");
            for (int i = 0; i < shapes.size(); i++) {
                out.append(' ').append(expressionRead(client, keys.get(i)));
            }
        } finally {
            for (Key k : keys) {
                client.delete(wp, k);
            }
        }
        return out.toString();
    }

    private static void ensureIndexes(AerospikeClient client) {
        if (INDEXED.contains(client)) {
            return;
        }
        create(client, "diff_geo_loc", LOC, IndexCollectionType.DEFAULT);
        create(client, "diff_geo_spots", SPOTS, IndexCollectionType.LIST);
        INDEXED.add(client);
    }

    private static void create(AerospikeClient client, String name, String bin, IndexCollectionType type) {
        try {
            client.createIndex(null, Differ.NAMESPACE, null, name, bin, IndexType.GEO2DSPHERE, type).waitTillComplete();
        } catch (AerospikeException e) {
            if (e.getResultCode() != 200) {
                throw e;
            }
        }
    }

    private static String write(AerospikeClient client, WritePolicy wp, Key k, Bin bin) {
        client.delete(wp, k);
        try {
            client.put(wp, k, bin);
            return "ok";
        } catch (AerospikeException e) {
            return "rc" + e.getResultCode();
        }
    }

    private String query(AerospikeClient client, String set) {
        Statement statement = new Statement();
        statement.setNamespace(Differ.NAMESPACE);
        statement.setSetName(set);
        statement.setFilter(onList ? Filter.geoWithinRegion(SPOTS, IndexCollectionType.LIST, query)
                : Filter.geoWithinRegion(LOC, query));
        QueryPolicy policy = new QueryPolicy();
        WriteSpec.timeouts(policy);
        if (filter != null) {
            policy.filterExp = Exp.build(Exp.geoCompare(Exp.geoBin(onList ? SPOTS : LOC), Exp.geo(filter)));
        }
        List<String> found = new ArrayList<>();
        int pages = 0;
        try {
            if (paged) {
                statement.setMaxRecords(1);
                PartitionFilter partitions = PartitionFilter.all();
                while (!partitions.isDone() && pages < 64) {
                    pages++;
                    collect(client.queryPartitions(policy, statement, partitions), found);
                }
            } else {
                collect(client.query(policy, statement), found);
            }
        } catch (AerospikeException e) {
            return "rc" + e.getResultCode();
        }
        Collections.sort(found);
        return found + (paged ? " in " + pages + " pages" : "");
    }

    private static void collect(RecordSet rs, List<String> found) {
        try (rs) {
            while (rs.next()) {
                String name = String.valueOf(rs.getKey().userKey);
                found.add(name.substring(name.indexOf('#')));
            }
        }
    }

    /** The record read with {@code CMP_GEO(gdloc, query)} as its filter: T, F (filtered out) or the error code. */
    private String expressionRead(AerospikeClient client, Key k) {
        Policy policy = new Policy();
        WriteSpec.timeouts(policy);
        policy.failOnFilteredOut = true;
        try {
            policy.filterExp = Exp.build(Exp.geoCompare(Exp.geoBin(LOC), Exp.geo(query)));
            Record r = client.get(policy, k);
            return r == null ? "none" : "T";
        } catch (AerospikeException e) {
            return e.getResultCode() == 27 ? "F" : "rc" + e.getResultCode();
        }
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        if (paged) {
            out.add(new GeoCall(shapes, spots, query, onList, filter, false));
        }
        if (filter != null) {
            out.add(new GeoCall(shapes, spots, query, onList, null, paged));
        }
        for (int i = 0; i < shapes.size(); i++) {
            List<String> fewer = new ArrayList<>(shapes);
            fewer.remove(i);
            out.add(new GeoCall(fewer, spots, query, onList, filter, paged));
        }
        if (!onList) {
            for (int i = 0; i < spots.size(); i++) {
                List<List<String>> fewer = new ArrayList<>(spots);
                fewer.remove(i);
                out.add(new GeoCall(shapes, fewer, query, false, filter, paged));
            }
        }
        return out;
    }

    @Override
    public String signature() {
        String kind = query.contains("\"Point\"") ? "containsPoint" : query.contains("AeroCircle") ? "withinCircle"
                : query.contains("MultiPolygon") ? "withinMulti" : "withinPolygon";
        return "geo." + kind + (onList ? ".list" : "") + (filter != null ? ".exp" : "") + (paged ? ".paged" : "");
    }

    @Override
    public String toString() {
        return "geo(shapes=" + shapes + " spots=" + spots + " query=" + query + (onList ? " on list" : "")
                + (filter != null ? " filter=" + filter : "") + (paged ? " paged" : "") + ")";
    }
}
