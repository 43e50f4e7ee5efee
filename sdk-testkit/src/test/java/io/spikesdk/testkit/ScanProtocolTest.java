package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ScanPolicy;
import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scan requests and answers at the frame level: refusals, proto packing, LAST, partition-done markers. */
class ScanProtocolTest {
    /** One AS_MSG of a reply stream: which proto it came in, its header and its field count. */
    private record Row(int proto, int protoLength, int info3, int resultCode, int generation, int fieldCount) {
    }

    private static Frames scan(String namespace, int info3) {
        return Frames.forKey("unused").digest(null).namespace(namespace).set(null).info(MsgFlags.INFO1_READ, 0, info3);
    }

    private static byte[] allPartitions() {
        byte[] pids = new byte[2 * Proto.PARTITIONS];
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            pids[2 * pid] = (byte) pid;
            pids[2 * pid + 1] = (byte) (pid >> 8);
        }
        return pids;
    }

    /** Reads protos until the message flagged LAST. */
    private static List<Row> readStream(RawConnection conn) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int proto = 0; rows.isEmpty() || (rows.get(rows.size() - 1).info3() & MsgFlags.INFO3_LAST) == 0;
                proto++) {
            byte[] frame = conn.readFrame();
            int off = Proto.HEADER_SIZE;
            while (off < frame.length) {
                MessageView view = new MessageView();
                try {
                    off = view.parseAt(frame, off, frame.length);
                } catch (MessageFormatException e) {
                    throw new IOException(e);
                }
                rows.add(new Row(proto, frame.length - Proto.HEADER_SIZE, view.info3(), view.resultCode(),
                        view.generation(), view.fieldCount()));
            }
        }
        return rows;
    }

    @Test
    void refusedScansAnswerOneMessageWithoutLastAndKeepTheConnection() throws IOException {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                RawConnection conn = new RawConnection(server.host(), server.port())) {
            byte[] pid = {5, 0};
            assertRefused(conn, scan("test", 0).field(FieldType.PID_ARRAY, pid), 16);
            assertRefused(conn, scan("test", MsgFlags.INFO3_PARTITION_DONE), 16);
            assertRefused(conn, scan("nope", MsgFlags.INFO3_PARTITION_DONE).field(FieldType.PID_ARRAY, pid), 20);
            assertRefused(conn, scan("test", MsgFlags.INFO3_PARTITION_DONE)
                    .field(FieldType.PID_ARRAY, new byte[] {5, 0, 5, 0}), 4);
            assertRefused(conn, scan("test", MsgFlags.INFO3_PARTITION_DONE).field(FieldType.PID_ARRAY, pid)
                    .op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)), 4);
            assertRefused(conn, scan("test", MsgFlags.INFO3_PARTITION_DONE).field(FieldType.PID_ARRAY, pid)
                    .field(FieldType.FILTER_EXP, new byte[] {1}), 4);

            conn.send(scan("test", MsgFlags.INFO3_PARTITION_DONE).field(FieldType.PID_ARRAY, pid).build());
            List<Row> rows = readStream(conn);
            assertEquals(List.of(new Row(0, 22, MsgFlags.INFO3_LAST, 0, 0, 0)), rows);
        }
    }

    private static void assertRefused(RawConnection conn, Frames request, int resultCode) throws IOException {
        MessageView reply = conn.message(request.build());
        assertEquals(resultCode, reply.resultCode());
        assertEquals(0, reply.info3());
    }

    @Test
    void rowsArePackedIntoProtosOfOverOneMebibyteAndLastComesAlone() throws IOException {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port());
                RawConnection conn = new RawConnection(server.host(), server.port())) {
            int records = 30;
            for (int i = 0; i < records; i++) {
                client.put(null, new Key("test", "big", i), new Bin("b", new byte[100_000]));
            }

            conn.send(scan("test", MsgFlags.INFO3_PARTITION_DONE).field(FieldType.PID_ARRAY, allPartitions())
                    .build());
            List<Row> rows = readStream(conn);

            assertEquals(records + 1, rows.size());
            Row last = rows.get(records);
            assertEquals(new Row(last.proto(), 22, MsgFlags.INFO3_LAST, 0, 0, 0), last);
            assertTrue(last.proto() >= 3, "30 rows of 100 KB need at least three protos: " + last.proto());
            for (Row r : rows.subList(0, records)) {
                assertEquals(3, r.fieldCount(), "namespace, digest, set");
                assertTrue(r.proto() == rows.get(records - 1).proto() || r.protoLength() > 1024 * 1024,
                        "only the last rows proto may be under 1 MiB: " + r);
            }
        }
    }

    @Test
    void aClusterNodeMarksThePartitionsItIsNotMasterOfAndTheClientGetsEveryRecordOnce() throws IOException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            int records = 300;
            for (int i = 0; i < records; i++) {
                client.put(null, new Key("test", "spread", i), new Bin("i", i));
            }
            Set<Integer> seen = new HashSet<>();
            client.scanAll(new ScanPolicy(), "test", "spread", (key, record) -> {
                synchronized (seen) {
                    assertTrue(seen.add(record.getInt("i")), "twice: " + key);
                }
            });
            assertEquals(records, seen.size());

            EmbeddedAerospike node = cluster.node(0);
            Set<Integer> unavailable = new HashSet<>();
            int rowsSeen = 0;
            try (RawConnection conn = new RawConnection(node.host(), node.port())) {
                conn.send(scan("test", MsgFlags.INFO3_PARTITION_DONE).set("spread")
                        .field(FieldType.PID_ARRAY, allPartitions()).build());
                for (Row r : readStream(conn)) {
                    if ((r.info3() & MsgFlags.INFO3_PARTITION_DONE) != 0) {
                        assertEquals(11, r.resultCode());
                        unavailable.add(r.generation());
                    } else if ((r.info3() & MsgFlags.INFO3_LAST) == 0) {
                        rowsSeen++;
                    }
                }
            }
            Set<Integer> notMaster = new HashSet<>();
            for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
                if (!node.nodeId().equals(cluster.partitionOwner("test", pid, 0))) {
                    notMaster.add(pid);
                }
            }
            assertEquals(notMaster, unavailable);
            assertTrue(rowsSeen > 0 && rowsSeen < records, rowsSeen + " rows from one node of three");
        }
    }

    @Test
    void aNodeKilledMidScanLosesNoRecordAndRepeatsNone() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            int records = 3000;
            for (int i = 0; i < records; i++) {
                client.put(null, new Key("test", "kill", i), new Bin("i", i));
            }
            ScanPolicy policy = new ScanPolicy();
            policy.concurrentNodes = false;
            policy.maxRetries = 10;
            policy.sleepBetweenRetries = 50;
            Set<Integer> seen = new HashSet<>();
            client.scanAll(policy, "test", "kill", (key, record) -> {
                int i = record.getInt("i");
                assertTrue(seen.add(i), "record " + i + " came twice");
                if (seen.size() == records / 10) {
                    cluster.killNode(1);
                }
            });
            assertEquals(records, seen.size());
        }
    }
}
