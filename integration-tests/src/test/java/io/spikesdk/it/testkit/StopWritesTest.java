package io.spikesdk.it.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * storage-engine.stop-writes-used-pct: once the records use that share of storage-engine.data-size (1 GiB), writes
 * fail with SERVER_MEM_ERROR (8) while reads and deletes work, and writes work again once data is deleted. The real
 * server re-evaluates every 10 s (nsup's stop-writes check), so on it the test polls; the embedded server evaluates
 * at each write. The embedded side runs on a server of its own; the real one is switched with set-config and back.
 */
class StopWritesTest {
    private static final String NS = TestTarget.NAMESPACE;
    private static final String SET = "it_stop_writes";
    private static final int RECORDS = 11;   // 11 x 1,000,000 bytes > 1% of 1 GiB
    private static final long POLL_MILLIS = 25_000;

    @Test
    void writesStopAtTheUsedPctWhileReadsAndDeletesWork() throws InterruptedException {
        if (TestTarget.isRealServer()) {
            try (AerospikeClient official = TestTarget.officialClient()) {
                setUsedPct(official, 1);
                try {
                    run(official, TestTarget.config());
                } finally {
                    deleteAll(official);
                    setUsedPct(official, 70);
                }
            }
            return;
        }
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace(NS, ns -> ns.stopWritesUsedPct(1)).build().start();
                AerospikeClient official = new AerospikeClient(server.host(), server.port())) {
            run(official, ClientConfig.builder().hosts(List.of(Host.of(server.host(), server.port()))));
        }
    }

    private static void run(AerospikeClient official, ClientConfig.Builder ours) throws InterruptedException {
        byte[] blob = new byte[1_000_000];
        for (int i = 0; i < RECORDS; i++) {
            official.put(null, key(i), new Bin("b", blob));
        }
        Key small = new Key(NS, SET, "small");
        awaitWriteResult(official, small, 8);
        String stats = Info.request(official.getNodes()[0], "namespace/" + NS);
        assertTrue(stats.contains(";stop_writes=true;"), stats);

        assertNotNull(official.get(null, key(0)), "reads still work");
        try (io.spikesdk.api.AerospikeClient client = Aerospike.client(ours.build()).connect()) {
            io.spikesdk.api.AerospikeException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.spikesdk.api.AerospikeException.class,
                    () -> client.put(io.spikesdk.api.Key.of(NS, SET, "ours"), io.spikesdk.api.Bin.of("v", 1)));
            assertEquals(ResultCode.SERVER_MEM_ERROR, e.resultCode());
            assertTrue(client.delete(io.spikesdk.api.Key.of(NS, SET, "0")), "deletes still work");
        }
        deleteAll(official);
        awaitWriteResult(official, small, 0);
    }

    /** Writes {@code key} until it answers {@code code} (0 = success): the real server applies the limit late. */
    private static void awaitWriteResult(AerospikeClient official, Key key, int code) throws InterruptedException {
        long deadline = System.currentTimeMillis() + POLL_MILLIS;
        int last;
        do {
            try {
                official.put(null, key, new Bin("v", 1));
                last = 0;
            } catch (AerospikeException e) {
                last = e.getResultCode();
            }
            if (last == code) {
                return;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        fail("writes kept answering " + last + ", expected " + code);
    }

    private static Key key(int i) {
        return new Key(NS, SET, String.valueOf(i));
    }

    private static void deleteAll(AerospikeClient official) {
        for (int i = 0; i < RECORDS; i++) {
            official.delete(null, key(i));
        }
        official.delete(null, new Key(NS, SET, "small"));
    }

    private static void setUsedPct(AerospikeClient official, int pct) {
        String command = "set-config:context=namespace;id=" + NS + ";stop-writes-used-pct=" + pct;
        assertEquals("ok", Info.request(official.getNodes()[0], command), command);
    }
}
