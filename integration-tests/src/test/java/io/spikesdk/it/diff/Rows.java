package io.spikesdk.it.diff;

import com.aerospike.client.Key;
import com.aerospike.client.Record;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows a scan or query returned, shown so that two servers compare equal when they agree: grouped by partition
 * (partitions in id order, since a server walks several partitions at once and their rows interleave), in arrival
 * order within a partition (which the server defines: digest order for a scan, index order for a query). A row is
 * the record's label ({@link SetRecords#labels}) with its bins and generation. Thread-safe: callbacks of a scan may
 * come from several threads.
 */
final class Rows {
    private final Map<String, String> labels;
    private final Map<Integer, List<String>> byPartition = new TreeMap<>();
    private int count;

    Rows(Map<String, String> labels) {
        this.labels = labels;
    }

    synchronized void add(Key key, Record record) {
        String hex = HexFormat.of().formatHex(key.digest);
        String label = labels.getOrDefault(hex, "?" + hex.substring(0, 8));
        String row = label + (key.userKey == null ? "" : "+key=" + Render.value(key.userKey.getObject()))
                + (record == null ? "" : "{" + Render.bins(record.bins) + " g" + record.generation + "}");
        byPartition.computeIfAbsent(SetRecords.partition(key.digest), p -> new ArrayList<>()).add(row);
        count++;
    }

    synchronized int count() {
        return count;
    }

    /** How many partitions the rows came from. */
    synchronized int partitions() {
        return byPartition.size();
    }

    @Override
    public synchronized String toString() {
        StringBuilder out = new StringBuilder();
        out.append(count).append(" rows");
        for (Map.Entry<Integer, List<String>> e : byPartition.entrySet()) {
            out.append(" p").append(e.getKey()).append(e.getValue());
        }
        return out.toString();
    }
}
