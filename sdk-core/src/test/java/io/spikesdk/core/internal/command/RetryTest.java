package io.spikesdk.core.internal.command;

import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.GenerationMismatchException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyBusyException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timeouts and retries against a capture server that stalls, drops or answers with retryable codes. */
class RetryTest {
    private static final Key KEY = Key.of("test", "s", "k");
    private FakeNode node;
    private SpikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("N1", "test");
        client = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
                .tendInterval(Duration.ofHours(1)).build());
        client.connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static Policy read(int socket, int total, int retries) {
        return Policy.builder().socketTimeout(socket).totalTimeout(total).maxRetries(retries).build();
    }

    @Test
    void stalledReadIsRetriedThenTimesOutClientSide() throws InterruptedException {
        node.respondWith((frame, i) -> FakeNode.Action.stall());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(40, 0, 2), KEY));
        assertTrue(e.clientSide());
        assertEquals(3, e.attempts());
        assertEquals(3, node.awaitMessages(3, 5000));
        assertFalse(e.inDoubt(), "reads are never in doubt");
        assertEquals("N1", e.node());
    }

    @Test
    void stalledWriteIsInDoubtAndNotRetriedByDefault() throws InterruptedException {
        node.respondWith((frame, i) -> FakeNode.Action.stall());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class,
                () -> client.put(WritePolicy.builder().socketTimeout(40).totalTimeout(0).build(), KEY, Bin.of("a", 1L)));
        assertEquals(1, e.attempts());
        assertEquals(1, node.awaitMessages(1, 5000));
        assertTrue(e.inDoubt());
        assertTrue(e.clientSide());
    }

    @Test
    void totalTimeoutBoundsTheRetries() throws InterruptedException {
        node.respondWith((frame, i) -> FakeNode.Action.stall());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(30, 100, 50), KEY));
        assertTrue(e.attempts() >= 1 && e.attempts() <= 5, "attempts " + e.attempts());
        assertEquals(e.attempts(), node.awaitMessages(e.attempts(), 5000));
    }

    @Test
    void totalTimeoutCapsTheSocketTimeout() {
        node.respondWith((frame, i) -> FakeNode.Action.stall());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(0, 60, 0), KEY));
        assertEquals(1, e.attempts());
    }

    @Test
    void keyBusyIsRetriedOnTheSameConnection() {
        assertNotNull(client.get(KEY), "warm-up opens the pooled connection");
        node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(i == 1 ? 14 : 0, 1, 0)));
        int accepted = node.acceptedConnections();
        assertNotNull(client.get(read(1000, 0, 2), KEY));
        assertEquals(3, node.messageCount());
        assertEquals(accepted, node.acceptedConnections(), "a server error does not close the connection");
    }

    @Test
    void retryableServerCodesExhaustTheRetries() {
        for (int code : new int[] {14, 18, 11}) {
            node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(code, 0, 0)));
            int before = node.messageCount();
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> client.put(WritePolicy.builder().maxRetries(1).sleepBetweenRetries(1).build(), KEY, Bin.of("a", 1L)));
            assertEquals(ResultCode.fromCode(code), e.resultCode());
            assertEquals(2, e.attempts());
            assertEquals(before + 2, node.messageCount());
            assertFalse(e.inDoubt(), "the server answered: the write did not happen");
            assertTrue(e.retryable());
        }
        node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(14, 0, 0)));
        assertThrows(KeyBusyException.class, () -> client.get(read(1000, 0, 0), KEY));
    }

    @Test
    void exactlyTheRetryableServerCodesAreRetried() {
        for (ResultCode code : ResultCode.values()) {
            if (code.isClientSide() || code == ResultCode.OK) {
                continue;
            }
            node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(code.code(), 0, 0)));
            int before = node.messageCount();
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> client.put(WritePolicy.builder().maxRetries(1).sleepBetweenRetries(0).failOnFilteredOut(true).build(),
                            KEY, Bin.of("a", 1L)),
                    code.name());
            int expected = code.retryable() ? 2 : 1;
            assertEquals(code, e.resultCode(), code.name());
            assertEquals(expected, e.attempts(), code.name());
            assertEquals(before + expected, node.messageCount(), code.name());
        }
    }

    @Test
    void serverTimeoutOnAWriteIsInDoubt() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(9, 0, 0)));
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.put(KEY, Bin.of("a", 1L)));
        assertFalse(e.clientSide());
        assertTrue(e.inDoubt());
        assertEquals(1, e.attempts());
    }

    @Test
    void nonRetryableErrorsAreNotRetried() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(3, 0, 0)));
        GenerationMismatchException e = assertThrows(GenerationMismatchException.class,
                () -> client.put(WritePolicy.builder().maxRetries(5).build(), KEY, Bin.of("a", 1L)));
        assertEquals(1, e.attempts());
        assertEquals(1, node.messageCount());
    }

    @Test
    void droppedConnectionIsRetriedOnANewSocket() {
        assertNotNull(client.get(KEY), "warm-up opens the pooled connection");
        node.respondWith((frame, i) -> i == 1 ? FakeNode.Action.close() : FakeNode.Action.reply(FakeNode.reply(0, 1, 0)));
        int accepted = node.acceptedConnections();
        assertNotNull(client.get(read(1000, 0, 1), KEY));
        assertEquals(3, node.messageCount());
        assertEquals(accepted + 1, node.acceptedConnections(), "the dropped socket is not reused");
    }

    @Test
    void droppedConnectionOnAWriteIsInDoubt() {
        node.respondWith((frame, i) -> FakeNode.Action.close());
        ConnectionException e = assertThrows(ConnectionException.class, () -> client.delete(KEY));
        assertEquals(ResultCode.SERVER_NOT_AVAILABLE, e.resultCode());
        assertTrue(e.inDoubt());
    }

    @Test
    void timedOutSocketIsNeverReused() {
        node.respondWith((frame, i) -> i == 0 ? FakeNode.Action.stall() : FakeNode.Action.reply(FakeNode.reply(0, 1, 0)));
        assertThrows(CommandTimeoutException.class, () -> client.get(read(40, 0, 0), KEY));
        int accepted = node.acceptedConnections();
        assertNotNull(client.get(read(1000, 0, 0), KEY));
        assertEquals(accepted + 1, node.acceptedConnections());
        assertEquals(1, ClientInternals.cluster(client).nodes()[0].pool().openCount());
    }

    @Test
    void malformedResponseClosesTheSocketAndFails() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new byte[] {2, 3, 0, 0, 0, 0, 0, 2, 22, 0}));
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(read(1000, 0, 3), KEY));
        assertEquals(ResultCode.PARSE_ERROR, e.resultCode());
        assertEquals(1, node.messageCount(), "parse errors are not retried");
        assertEquals(0, ClientInternals.cluster(client).nodes()[0].pool().openCount());
    }
}
