package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Info;
import com.aerospike.client.cluster.Node;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A finished job as {@code query-show:trid=<id>} shows it, without what differs from run to run (the id, times,
 * threads, the client's address) and with the run-tagged set and index names shortened. A real server may list a
 * foreground job as active for a moment after its last message, so the answer is asked for until it says done.
 *
 * <p>{@code net-io-bytes} is kept only when asked: each of a real server's query threads sends the rows of its
 * partitions in chunks of its own, and each chunk counts a proto header twice, so the figure depends on how the
 * partitions with rows fell to the threads once rows come from more than one partition; and when maxRecords cuts a
 * query short, which rows (of which sizes) it returns depends on which thread got there first.
 */
final class JobInfo {
    private static final SecureRandom IDS = new SecureRandom();
    private static final Set<String> VARYING = Set.of("trid", "active-threads", "run-time", "time-since-done", "from", "net-io-time");

    private JobInfo() {
    }

    /** A fresh job id: a server may refuse an id it still lists. */
    static long newId() {
        return 1 + (IDS.nextLong() & Long.MAX_VALUE - 1);
    }

    static String show(AerospikeClient client, long trid, boolean keepNetIo) {
        Node node = client.getNodes()[0];
        long deadline = System.nanoTime() + 3_000_000_000L;
        String answer;
        do {
            answer = Info.request(null, node, "query-show:trid=" + trid);
        } while (answer.contains(":status=active") && System.nanoTime() < deadline);
        if (answer.startsWith("ERROR")) {
            return answer;
        }
        List<String> kept = new ArrayList<>();
        for (String field : answer.split(":")) {
            int eq = field.indexOf('=');
            if (eq < 0 || !VARYING.contains(field.substring(0, eq))
                    && (keepNetIo || !field.startsWith("net-io-bytes="))) {
                kept.add(field.replace(SetRecords.SET, "SET").replace(IndexSpec.PREFIX, ""));
            }
        }
        return String.join(":", kept);
    }
}
