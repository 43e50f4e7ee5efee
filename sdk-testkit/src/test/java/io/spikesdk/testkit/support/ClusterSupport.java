package io.spikesdk.testkit.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Host;
import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.testkit.EmbeddedCluster;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;

/** Helpers for cluster tests: official-client connections, bounded waits, bitmap decoding. */
public final class ClusterSupport {
    private ClusterSupport() {
    }

    /** An official client seeded with the first running node only (the others come from peers). */
    public static AerospikeClient connect(EmbeddedCluster cluster) {
        ClientPolicy policy = new ClientPolicy();
        policy.timeout = 3_000;
        policy.tendInterval = 100;
        policy.readPolicyDefault.totalTimeout = 3_000;
        policy.writePolicyDefault.totalTimeout = 3_000;
        String[] seed = cluster.hosts().get(0).split(":");
        return new AerospikeClient(policy, new Host(seed[0], Integer.parseInt(seed[1])));
    }

    /** Polls {@code condition} until true, failing after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout + " waiting for " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** Waits until the client knows exactly {@code count} nodes. */
    public static void awaitNodes(AerospikeClient client, int count) {
        await("client to see " + count + " nodes", Duration.ofSeconds(20), () -> client.getNodes().length == count);
    }

    /** Whether partition {@code pid} is set in a base64 replicas bitmap (MSB first). */
    public static boolean owns(String base64Bitmap, int pid) {
        byte[] map = Base64.getDecoder().decode(base64Bitmap);
        return (map[pid >> 3] & (0x80 >> (pid & 7))) != 0;
    }
}
