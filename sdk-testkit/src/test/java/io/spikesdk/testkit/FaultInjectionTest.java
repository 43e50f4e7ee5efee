package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.RawConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each injected fault, seen through the official client against a single node. */
@Timeout(60)
class FaultInjectionTest {
    private static EmbeddedAerospike server;
    private static AerospikeClient client;
    private static Policy shortRead;
    private static WritePolicy shortWrite;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("slow").build().start();
        ClientPolicy policy = new ClientPolicy();
        policy.timeout = 3_000;
        client = new AerospikeClient(policy, server.host(), server.port());
        shortRead = new Policy();
        shortRead.socketTimeout = 200;
        shortRead.totalTimeout = 200;
        shortRead.maxRetries = 0;
        shortWrite = new WritePolicy();
        shortWrite.socketTimeout = 200;
        shortWrite.totalTimeout = 200;
        shortWrite.maxRetries = 0;
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.faults().clear();
        server.clearActivity();
    }

    @Test
    void delayedResponsesMakeTheClientTimeOut() {
        Key key = new Key("test", "faults", "delay");
        client.put(null, key, new Bin("v", 1));
        server.faults().delayResponses(Duration.ofSeconds(2));
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(shortRead, key));
        assertEquals(com.aerospike.client.ResultCode.TIMEOUT, e.getResultCode());
        server.faults().delayResponses(Duration.ZERO);
        assertEquals(1, client.get(null, key).getInt("v"));
    }

    @Test
    void namespaceLatencyDelaysOnlyThatNamespacesCommandsOfThatKind() {
        Key slow = new Key("slow", "faults", "latency");
        Key fast = new Key("test", "faults", "latency");
        client.put(null, slow, new Bin("v", 1));
        client.put(null, fast, new Bin("v", 1));
        server.faults().latency("slow", CommandKind.READ, Duration.ofSeconds(2));

        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(shortRead, slow));
        assertEquals(com.aerospike.client.ResultCode.TIMEOUT, e.getResultCode());
        assertEquals(1, client.get(shortRead, fast).getInt("v"), "another namespace answers at once");
        client.put(shortWrite, slow, new Bin("v", 2)); // writes of the slow namespace are not delayed

        server.faults().latency("slow", CommandKind.READ, Duration.ZERO);
        assertEquals(2, client.get(shortRead, slow).getInt("v"));
    }

    @Test
    void namespaceLatencyOfEveryKindDelaysWritesInDoubtAndClearRemovesIt() {
        Key slow = new Key("slow", "faults", "latency-all");
        server.faults().latency("slow", null, Duration.ofSeconds(2));
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.put(shortWrite, slow, new Bin("v", 3)));
        assertEquals(com.aerospike.client.ResultCode.TIMEOUT, e.getResultCode());
        server.faults().clear();
        assertEquals(3, client.get(shortRead, slow).getInt("v"), "executed, only the reply was late");
    }

    @Test
    void namespaceLatencyRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> server.faults().latency("slow", CommandKind.READ, Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> server.faults().latency("slow", CommandKind.INFO, Duration.ofSeconds(1)));
        assertThrows(NullPointerException.class, () -> server.faults().latency(null, null, Duration.ofSeconds(1)));
    }

    @Test
    void droppedResponsesTimeOutButTheWriteIsApplied() {
        Key key = new Key("test", "faults", "drop");
        server.faults().dropResponses(true);
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.put(shortWrite, key, new Bin("v", 2)));
        assertEquals(com.aerospike.client.ResultCode.TIMEOUT, e.getResultCode());
        server.faults().dropResponses(false);
        assertEquals(2, client.get(null, key).getInt("v"), "executed, only the reply was dropped");
    }

    @Test
    void failWithAnswersTheChosenCodeForMatchingCommandsOnly() {
        Key hot = new Key("test", "faults", "hot");
        Key cold = new Key("test", "faults", "cold");
        client.put(null, hot, new Bin("v", 1));
        server.faults().failWith(ResultCode.KEY_BUSY, hot.digest);
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(null, hot));
        assertEquals(com.aerospike.client.ResultCode.KEY_BUSY, e.getResultCode());
        client.put(null, cold, new Bin("v", 1));
        server.faults().clear().failWith(ResultCode.DEVICE_OVERLOAD, CommandKind.WRITE);
        assertEquals(1, client.get(null, cold).getInt("v"));
        e = assertThrows(AerospikeException.class, () -> client.put(null, cold, new Bin("v", 2)));
        assertEquals(com.aerospike.client.ResultCode.DEVICE_OVERLOAD, e.getResultCode());
        server.faults().clear().failWith(ResultCode.TIMEOUT, CommandKind.DELETE, cold.digest, 1);
        e = assertThrows(AerospikeException.class, () -> client.delete(shortWrite, cold));
        assertEquals(com.aerospike.client.ResultCode.TIMEOUT, e.getResultCode());
        assertTrue(client.delete(shortWrite, cold), "the one-shot rule is used up");
        List<ActivityEntry> deletes = server.activity().stream().filter(a -> a.kind() == CommandKind.DELETE).toList();
        assertEquals(List.of(9, 0), deletes.stream().map(ActivityEntry::resultCode).toList());
        assertThrows(IllegalArgumentException.class, () -> server.faults().failWith(ResultCode.OK));
        assertThrows(IllegalArgumentException.class,
                () -> server.faults().failWith(ResultCode.TIMEOUT, CommandKind.INFO));
    }

    @Test
    void pausedNodeAnswersNothingUntilResumed() throws Exception {
        Key key = new Key("test", "faults", "pause");
        client.put(null, key, new Bin("v", 3));
        server.faults().pause();
        assertTrue(server.faults().paused());
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(shortRead, key));
        assertEquals(com.aerospike.client.ResultCode.TIMEOUT, e.getResultCode());
        Policy patient = new Policy();
        patient.totalTimeout = 20_000;
        patient.socketTimeout = 20_000;
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> client.get(patient, key).getInt("v"));
        assertFalse(waitDone(held, 300), "nothing is answered while paused");
        server.faults().resume();
        assertEquals(3, held.get(10, TimeUnit.SECONDS));
    }

    @Test
    void closedConnectionsAreReopenedByTheClient() throws Exception {
        Key key = new Key("test", "faults", "close");
        client.put(null, key, new Bin("v", 4));
        assertTrue(server.connectionCount() > 0);
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            raw.info("node");
            server.faults().closeConnections();
            assertTrue(raw.isClosedByServer());
        }
        Policy retrying = new Policy();
        retrying.maxRetries = 2;
        assertEquals(4, client.get(retrying, key).getInt("v"));
        assertNotNull(client.get(retrying, key));
    }

    @Test
    void activityLogRecordsKindNamespaceDigestPartitionAndResult() {
        Key key = new Key("test", "faults", "log");
        client.put(null, key, new Bin("v", 5));
        client.get(null, key);
        client.delete(null, key);
        client.get(null, key);
        List<ActivityEntry> data = server.activity().stream().filter(a -> a.kind() != CommandKind.INFO).toList();
        assertEquals(List.of(CommandKind.WRITE, CommandKind.READ, CommandKind.DELETE, CommandKind.READ),
                data.stream().map(ActivityEntry::kind).toList());
        assertEquals(List.of(0, 0, 0, 2), data.stream().map(ActivityEntry::resultCode).toList());
        int pid = ((key.digest[0] & 0xFF) | (key.digest[1] & 0xFF) << 8) & 0xFFF;
        for (ActivityEntry a : data) {
            assertEquals("test", a.namespace());
            assertTrue(a.hasDigest(key.digest));
            assertEquals(pid, a.partitionId());
            assertEquals(server.nodeId(), a.servedBy());
            assertFalse(a.proxied());
        }
        assertTrue(data.get(0).sequence() < data.get(3).sequence());
        server.clearActivity();
        assertTrue(server.activity().stream().noneMatch(a -> a.kind() != CommandKind.INFO));
    }

    @Test
    void faultsOnOneClusterNodeOnlyAffectThatNode() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).replicationFactor(2).build().start();
                AerospikeClient c = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(c, 2);
            Key key = new Key("test", "faults", "cluster");
            c.put(null, key, new Bin("v", 6));
            String master = cluster.partitionOwner("test", key.digest, 0);
            EmbeddedAerospike masterNode = cluster.nodes().stream().filter(n -> n.nodeId().equals(master))
                    .findFirst().orElseThrow();
            masterNode.faults().failWith(ResultCode.SERVER_ERROR);
            AerospikeException e = assertThrows(AerospikeException.class, () -> c.get(null, key));
            assertEquals(com.aerospike.client.ResultCode.SERVER_ERROR, e.getResultCode());
            Policy replicaRead = new Policy(c.readPolicyDefault);
            replicaRead.replica = com.aerospike.client.policy.Replica.SEQUENCE;
            masterNode.faults().clear().pause();
            replicaRead.socketTimeout = 300;
            replicaRead.totalTimeout = 3_000;
            replicaRead.maxRetries = 2;
            assertEquals(6, c.get(replicaRead, key).getInt("v"), "SEQUENCE retries on the replica");
            masterNode.faults().resume();
        }
    }

    private static boolean waitDone(CompletableFuture<?> f, long millis) {
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
