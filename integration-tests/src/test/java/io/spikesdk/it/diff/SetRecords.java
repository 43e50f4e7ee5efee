package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.policy.WritePolicy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a scan or query case, written to a set of their own: bins {@code i} int, {@code s} string,
 * {@code f} float, {@code b} bool, {@code x} blob, {@code l} list, {@code m} map and {@code n} a map holding a list
 * ({@code k}), a map ({@code j}) and an int ({@code v}) for CDT-context indexes; values come from small pools so that
 * index filters and expressions match some records and not others. User keys are chosen so that the records crowd
 * into a few partitions (order within a partition is defined, across partitions it is not) or spread out; some
 * records store their key.
 *
 * <p>On the servers the set is {@code diff_scan_} plus this run's tag (see {@link TruncateCall#RUN_TAG}): a real
 * server keeps every set name it has seen until it restarts, so one set per run, emptied after every case.
 */
record SetRecords(List<String> userKeys, List<Setup> records, List<Boolean> keyStored) {
    static final String NAMESPACE = "test";
    static final String SET = "diff_scan_" + TruncateCall.RUN_TAG;
    /** A set no case ever writes (it needs no tag: nothing creates it). */
    static final String NEVER_WRITTEN = "diff_scan_never_written";
    static final String[] BINS = {"i", "s", "f", "b", "x", "l", "m", "n"};
    static final String[] STRINGS = {"", "a", "ab", "héllo", "zz"};
    static final byte[][] BLOBS = {{1, 2}, {3}, {}, {1, 2, 3}};
    private static final int SALTS = 20_000;
    /** The partitions records crowd into: the edges of the id range and a few in between. */
    private static final Integer[] HOT = {0, 1, 2, 255, 256, 1000, 1001, 2047, 2048, 3001, 4000, 4094, 4095};
    private static final Map<String, String> KEYS_IN = new java.util.concurrent.ConcurrentHashMap<>();

    static SetRecords random(Gen g, String prefix) {
        int count = g.chance(8) ? 0 : 1 + g.nextInt(g.chance(70) ? 12 : 40);
        int[] hot = g.chance(60) ? new int[] {g.pick(HOT), g.pick(HOT), g.pick(HOT)} : null;
        List<String> keys = new ArrayList<>();
        List<Setup> records = new ArrayList<>();
        List<Boolean> stored = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            keys.add(hot == null ? prefix + "#" + r : keyIn(prefix + "#" + r, hot[g.nextInt(g.chance(50) ? 1 : 3)]));
            records.add(record(g));
            stored.add(g.chance(20));
        }
        return new SetRecords(keys, records, stored);
    }

    /**
     * The first user key {@code base~salt} whose digest falls in partition {@code pid} (or {@code base} itself). Found
     * once per JVM: the bases and {@link #HOT} partitions repeat from case to case.
     */
    private static String keyIn(String base, int pid) {
        return KEYS_IN.computeIfAbsent(base + "@" + pid, unused -> {
            for (int salt = 0; salt < SALTS; salt++) {
                String k = base + "~" + salt;
                if (partition(new Key(NAMESPACE, SET, k).digest) == pid) {
                    return k;
                }
            }
            return base;
        });
    }

    static int partition(byte[] digest) {
        return ((digest[0] & 0xFF) | (digest[1] & 0xFF) << 8) & 4095;
    }

    static Setup record(Gen g) {
        List<Setup.InitialBin> bins = new ArrayList<>();
        if (g.chance(80)) {
            bins.add(bin("i", g.chance(90) ? g.smallLong() : g.pick(STRINGS)));
        }
        if (g.chance(60)) {
            bins.add(bin("s", g.chance(90) ? g.pick(STRINGS) : (Object) g.smallLong()));
        }
        if (g.chance(25)) {
            bins.add(bin("f", g.pick(new Double[] {1.5, -0.0, 2.25})));
        }
        if (g.chance(25)) {
            bins.add(bin("b", g.chance(50)));
        }
        if (g.chance(35)) {
            bins.add(bin("x", g.pick(BLOBS).clone()));
        }
        if (g.chance(50)) {
            bins.add(bin("l", element(g, g.nextInt(5))));
        }
        if (g.chance(40)) {
            bins.add(bin("m", entries(g, g.nextInt(4))));
        }
        if (g.chance(40)) {
            Map<Object, Object> nested = new LinkedHashMap<>();
            if (g.chance(80)) {
                nested.put("k", element(g, g.nextInt(4)));
            }
            if (g.chance(60)) {
                nested.put("j", entries(g, g.nextInt(3)));
            }
            if (g.chance(60)) {
                nested.put("v", g.chance(85) ? g.smallLong() : g.pick(STRINGS));
            }
            bins.add(bin("n", nested));
        }
        if (bins.isEmpty()) {
            bins.add(bin("i", g.smallLong()));
        }
        return new Setup(bins, g.chance(10) ? 1 : 0, 0);
    }

    private static Setup.InitialBin bin(String name, Object value) {
        return new Setup.InitialBin(name, value, null);
    }

    private static List<Object> element(Gen g, int size) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(scalar(g));
        }
        return out;
    }

    private static Map<Object, Object> entries(Gen g, int size) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Object key = g.chance(60) ? g.pick(STRINGS) : (Object) g.smallLong();
            if (!Gen.containsKey(out, key)) {
                out.put(key, scalar(g));
            }
        }
        return out;
    }

    private static Object scalar(Gen g) {
        int p = g.nextInt(10);
        return p < 5 ? (Object) g.smallLong() : p < 8 ? g.pick(STRINGS) : p < 9 ? g.pick(BLOBS).clone() : 1.5;
    }

    /**
     * Whether every record holds one of {@code bins}: a record holding none is counted against a page's
     * {@code maxRecords} but not sent, and which records a real server's threads count first is not defined.
     */
    boolean everyRecordHasOneOf(List<String> bins) {
        return records.stream().allMatch(r -> r.bins().stream().anyMatch(b -> bins.contains(b.name())));
    }

    List<Key> keys() {
        return userKeys.stream().map(k -> new Key(NAMESPACE, SET, k)).toList();
    }

    /** Deletes leftovers of the same keys, then writes every record (and a touch that stores the key of some). */
    void write(AerospikeClient client) {
        delete(client);
        List<Key> keys = keys();
        WritePolicy sendKey = new WritePolicy();
        WriteSpec.timeouts(sendKey);
        sendKey.sendKey = true;
        for (int i = 0; i < keys.size(); i++) {
            records.get(i).apply(client, keys.get(i));
            if (keyStored.get(i)) {
                client.touch(sendKey, keys.get(i));
            }
        }
    }

    void delete(AerospikeClient client) {
        WritePolicy p = new WritePolicy();
        WriteSpec.timeouts(p);
        for (Key k : keys()) {
            client.delete(p, k);
        }
    }

    /** Digest (hex) to the record's label {@code rN}, to show rows by the record they are. */
    Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        List<Key> keys = keys();
        for (int i = 0; i < keys.size(); i++) {
            out.put(HexFormat.of().formatHex(keys.get(i).digest), "r" + i);
        }
        return out;
    }

    /** The same records without record {@code i}, for each record; then each record with one bin fewer. */
    List<SetRecords> shrinks() {
        List<SetRecords> out = new ArrayList<>();
        int half = userKeys.size() / 2;
        if (half > 0) {
            out.add(new SetRecords(userKeys.subList(0, half), records.subList(0, half), keyStored.subList(0, half)));
        }
        for (int i = 0; i < userKeys.size(); i++) {
            List<String> k = new ArrayList<>(userKeys);
            List<Setup> r = new ArrayList<>(records);
            List<Boolean> s = new ArrayList<>(keyStored);
            k.remove(i);
            r.remove(i);
            s.remove(i);
            out.add(new SetRecords(k, r, s));
        }
        for (int i = 0; i < records.size(); i++) {
            if (keyStored.get(i)) {
                List<Boolean> s = new ArrayList<>(keyStored);
                s.set(i, false);
                out.add(new SetRecords(userKeys, records, s));
            }
            for (Setup smaller : records.get(i).shrinks()) {
                if (smaller.bins().isEmpty()) {
                    continue;
                }
                List<Setup> r = new ArrayList<>(records);
                r.set(i, smaller);
                out.add(new SetRecords(userKeys, r, keyStored));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        List<Key> keys = keys();
        for (int i = 0; i < records.size(); i++) {
            out.append(i == 0 ? "" : "; ").append('r').append(i).append("@p").append(partition(keys.get(i).digest))
                    .append(keyStored.get(i) ? "+key" : "").append('=').append(records.get(i).toString().replaceFirst("^record", ""));
        }
        return out.append('}').toString();
    }

    /**
     * Rewrites record {@code i} with {@code updates.get(i)} (bins merge; a null value removes the bin), or deletes it
     * when that update has no bins; null leaves the record as it is.
     */
    void update(AerospikeClient client, List<Setup> updates) {
        List<Key> keys = keys();
        WritePolicy p = new WritePolicy();
        WriteSpec.timeouts(p);
        for (int i = 0; i < updates.size() && i < keys.size(); i++) {
            Setup u = updates.get(i);
            if (u == null) {
                continue;
            }
            if (u.bins().isEmpty()) {
                client.delete(p, keys.get(i));
            } else {
                u.apply(client, keys.get(i));
            }
        }
    }

    /** Random updates for some of {@code count} records: a new record (some bins removed), a delete, or none. */
    static List<Setup> randomUpdates(Gen g, int count) {
        List<Setup> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int p = g.nextInt(10);
            if (p < 6) {
                out.add(null);
            } else if (p < 7) {
                out.add(Setup.NONE);
            } else {
                List<Setup.InitialBin> bins = new ArrayList<>(record(g).bins());
                if (g.chance(40)) {
                    bins.add(new Setup.InitialBin(g.pick(BINS), null, null));
                }
                out.add(new Setup(bins, 0, 0));
            }
        }
        return out;
    }

    static String showUpdates(List<Setup> updates) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            Setup u = updates.get(i);
            if (u != null) {
                out.add("r" + i + (u.bins().isEmpty() ? " deleted" : "=" + u.toString().replaceFirst("^record", "")));
            }
        }
        return String.join("; ", out);
    }
}
