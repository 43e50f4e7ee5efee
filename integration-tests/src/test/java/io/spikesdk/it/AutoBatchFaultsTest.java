package io.spikesdk.it;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto-batched commands ({@link io.spikesdk.api.AsyncConfig#autoBatch()}) when the server misbehaves: a stalled
 * node times each command out after its own attempts, a row's error is that command's alone and is retried per its
 * policy. Needs fault injection, so it runs against an embedded server of its own (also when the other integration
 * tests run against a real one).
 */
@Timeout(60)
class AutoBatchFaultsTest {
    private static final String NS = "test";
    private static final int KEYS = 20;

    private EmbeddedAerospike server;
    private AutoBatching batching;
    private AerospikeClient client;
    private final Key[] keys = new Key[KEYS];

    @BeforeEach
    void start() {
        server = EmbeddedAerospike.builder().port(0).namespace(NS).build().start();
        batching = AutoBatching.connect(ClientConfig.builder().hosts(List.of(Host.of(server.host(), server.port()))),
            NS);
        client = batching.client();
        for (int i = 0; i < KEYS; i++) {
            keys[i] = Key.of(NS, "faults", "k" + i);
            client.put(keys[i], Bin.of("v", i));
        }
        server.clearActivity();
    }

    @AfterEach
    void stop() {
        batching.close();
        server.close();
    }

    private long logged(CommandKind kind, Key key) {
        return server.activity().stream().filter(e -> e.kind() == kind && e.hasDigest(key.digest())).count();
    }

    @Test
    void aStalledNodeTimesEachCommandOutAfterItsOwnAttemptsAndSentWritesAreInDoubt() {
        Policy read = Policy.builder().socketTimeout(100).totalTimeout(0).maxRetries(2).build();
        WritePolicy write = WritePolicy.builder().socketTimeout(100).totalTimeout(0).build();
        List<CompletableFuture<Object>> results = batching.burst(() -> server.faults().dropResponses(true), 2 * KEYS,
            c -> c < KEYS
            ? client.async().get(read, keys[c]).thenApply(r -> (Object) r)
            : client.async().put(write, keys[c - KEYS], Bin.of("v", 100 + c)).thenApply(v -> (Object) "ok"));
        for (int c = 0; c < 2 * KEYS; c++) {
            CompletionException e = assertThrows(CompletionException.class, results.get(c)::join);
            CommandTimeoutException timeout = assertInstanceOf(CommandTimeoutException.class, e.getCause());
            assertTrue(timeout.clientSide());
            if (c < KEYS) {
                assertEquals(3, timeout.attempts(), "maxRetries 2");
                assertFalse(timeout.inDoubt());
            } else {
                assertEquals(1, timeout.attempts(), "writes are not retried by default");
                assertTrue(timeout.inDoubt(), "sent, and never answered");
            }
        }
        server.faults().clear();
        for (int i = 0; i < KEYS; i++) {
            assertEquals(100 + KEYS + i, client.get(keys[i]).getInt("v"), "in doubt, and in fact applied");
            assertEquals(3, logged(CommandKind.READ, keys[i]) - 1, "three attempts reached the server");
        }
    }

    @Test
    void aRowsRetryableErrorIsRetriedForThatCommandAlone() {
        server.faults().failWith(ResultCode.DEVICE_OVERLOAD, CommandKind.READ, keys[3].digest(), 1);
        Policy read = Policy.builder().socketTimeout(5_000).totalTimeout(10_000).maxRetries(1).build();
        List<CompletableFuture<Object>> results = batching.burst(KEYS, i ->
            client.async().get(read, keys[i]).thenApply(r -> (Object) r));
        for (int i = 0; i < KEYS; i++) {
            Record r = (Record) results.get(i).join();
            assertNotNull(r);
            assertEquals(i, r.getInt("v"));
            assertEquals(i == 3 ? 2 : 1, logged(CommandKind.READ, keys[i]), "key " + i);
        }
    }

    @Test
    void aRowsErrorFailsThatCommandOnlyWithTheErrorItGetsAlone() {
        server.faults().failWith(ResultCode.DEVICE_OVERLOAD, CommandKind.WRITE, keys[5].digest(), 0);
        WritePolicy write = WritePolicy.builder().socketTimeout(5_000).totalTimeout(10_000).build();
        AerospikeException alone = assertThrows(AerospikeException.class,
            () -> client.put(write, keys[5], Bin.of("v", -1)));
        List<CompletableFuture<Object>> results = batching.burst(KEYS, i ->
            client.async().put(write, keys[i], Bin.of("v", 1000 + i)).thenApply(v -> (Object) "ok"));
        for (int i = 0; i < KEYS; i++) {
            if (i == 5) {
                CompletionException e = assertThrows(CompletionException.class, results.get(i)::join);
                AerospikeException failure = assertInstanceOf(AerospikeException.class, e.getCause());
                assertEquals(alone.resultCode(), failure.resultCode());
                assertEquals(alone.getMessage(), failure.getMessage());
                assertEquals(alone.inDoubt(), failure.inDoubt());
                continue;
            }
            assertEquals("ok", results.get(i).join());
        }
        server.faults().clear();
        for (int i = 0; i < KEYS; i++) {
            assertEquals(i == 5 ? 5 : 1000 + i, client.get(keys[i]).getInt("v"));
        }
    }
}
