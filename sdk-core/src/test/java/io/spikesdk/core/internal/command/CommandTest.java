package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command state machine driven by hand, the way a non-blocking driver would drive it: no socket carries
 * these commands (the fake node only gives the cluster its node and partition map), the replies are built here.
 */
class CommandTest {
    private static final Key KEY = Key.of("test", "s", "k");
    private FakeNode fake;
    private SpikeClient client;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeNode("N1", "test");
        client = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", fake.port()))
                .tendInterval(Duration.ofHours(1)).build());
        client.connect();
        cluster = ClientInternals.cluster(client);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        fake.close();
    }

    private static Request get(int retries, int sleepMs) {
        Policy p = Policy.builder().socketTimeout(0).totalTimeout(0).maxRetries(retries).sleepBetweenRetries(sleepMs).build();
        return Requests.read(p, KEY, null);
    }

    private static Request put(int retries) {
        WritePolicy p = WritePolicy.builder().socketTimeout(0).totalTimeout(0).maxRetries(retries).build();
        return Requests.write(p, KEY, OpType.WRITE, new Bin[] {Bin.of("a", 1L)});
    }

    /** A reply without bins: proto header, then the AS_MSG header with {@code rc} and generation 7. */
    private static byte[] reply(int rc) {
        byte[] frame = new byte[Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE];
        Proto.writeHeader(frame, Proto.TYPE_MESSAGE, frame.length);
        frame[8] = Proto.MSG_HEADER_SIZE;
        frame[13] = (byte) rc;
        frame[17] = 7;
        return frame;
    }

    private static boolean respond(Command<?> command, int rc) {
        command.sending(false, 0);
        command.sent();
        return command.response(reply(rc), Proto.MSG_HEADER_SIZE) == Command.Progress.DONE;
    }

    @Test
    void aRetryableServerCodeIsRetriedAfterTheSleepThenTheReplyIsTheResult() {
        Command<Record> command = new Command<Record>().start(cluster, get(2, 5), ResultHandler.RECORD);
        Node node = command.nextNode();
        assertNotNull(node);
        assertFalse(respond(command, ResultCode.KEY_BUSY.code()));
        assertEquals(5_000_000L, command.retryDelayNanos());
        assertSame(node, command.nextNode(), "one node: the next replica is the same node");
        assertTrue(respond(command, 0));
        assertEquals(7, command.result().generation());
        command.finish();
        assertFalse(command.inUse());
    }

    @Test
    void theRetryBudgetEndsWithTheLastServerError() {
        Command<Record> command = new Command<Record>().start(cluster, get(1, 0), ResultHandler.RECORD);
        for (int i = 0; i < 2; i++) {
            assertNotNull(command.nextNode());
            assertFalse(respond(command, ResultCode.DEVICE_OVERLOAD.code()));
        }
        assertEquals(-1, command.retryDelayNanos());
        AerospikeException e = command.failure();
        assertEquals(ResultCode.DEVICE_OVERLOAD, e.resultCode());
        assertEquals(2, e.attempts());
        assertEquals("N1", e.node());
    }

    @Test
    void aWriteThatTimedOutAfterBeingSentIsInDoubt() {
        Command<Void> command = new Command<Void>().start(cluster, put(0), ResultHandler.WRITE);
        command.nextNode();
        command.sending(false, 0);
        command.sent();
        command.timedOut();
        assertEquals(-1, command.retryDelayNanos());
        AerospikeException e = command.failure();
        assertInstanceOf(CommandTimeoutException.class, e);
        assertTrue(e.inDoubt());
        assertTrue(((CommandTimeoutException) e).clientSide());
    }

    @Test
    void aWriteThatFailedBeforeTheWholeRequestWasWrittenIsNotInDoubtAndIsRetriedAtOnceAfterATimeout() {
        Command<Void> command = new Command<Void>().start(cluster, put(1), ResultHandler.WRITE);
        command.nextNode();
        command.sending(false, 0);
        command.ioFailed(new IOException("connection reset"));
        assertEquals(0, command.retryDelayNanos(), "sleepBetweenRetries is 0 by default for this policy");
        command.nextNode();
        command.timedOut();
        assertEquals(-1, command.retryDelayNanos());
        assertFalse(command.failure().inDoubt());
    }

    @Test
    void aServerErrorEndsTheCommandAndKeepsTheConnection() {
        Command<Void> command = new Command<Void>().start(cluster, put(3), ResultHandler.WRITE);
        command.nextNode();
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> respond(command, ResultCode.GENERATION_ERROR.code()));
        assertEquals(ResultCode.GENERATION_ERROR, e.resultCode());
        assertEquals(1, e.attempts());
        assertTrue(Command.connectionSurvives(e));
    }

    @Test
    void aMalformedReplyIsAParseErrorThatClosesTheConnection() {
        Command<Record> command = new Command<Record>().start(cluster, get(3, 0), ResultHandler.RECORD);
        command.nextNode();
        command.sending(false, 0);
        command.sent();
        AerospikeException e = assertThrows(AerospikeException.class, () -> command.response(new byte[12], 4));
        assertEquals(ResultCode.PARSE_ERROR, e.resultCode());
        assertEquals("N1", e.node());
        assertFalse(Command.connectionSurvives(e));
    }

    @Test
    void notFoundIsANullRecord() {
        Command<Record> command = new Command<Record>().start(cluster, get(0, 0), ResultHandler.RECORD);
        command.nextNode();
        assertTrue(respond(command, ResultCode.KEY_NOT_FOUND_ERROR.code()));
        assertNull(command.result());
    }

    @Test
    void aClosedClusterRefusesToStartACommand() {
        client.close();
        assertThrows(ClientClosedException.class,
                () -> new Command<Record>().start(cluster, get(0, 0), ResultHandler.RECORD));
    }
}
