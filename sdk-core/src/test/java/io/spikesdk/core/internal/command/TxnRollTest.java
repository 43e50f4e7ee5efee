package io.spikesdk.core.internal.command;

import io.spikesdk.api.AbortStatus;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommitError;
import io.spikesdk.api.CommitException;
import io.spikesdk.api.CommitStatus;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policies;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ReadModeSC;
import io.spikesdk.api.Replica;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Txn;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import io.spikesdk.core.internal.command.TxnReplies.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commit and abort as a state machine, against a scripted node ({@link TxnReplies}) that fails one step at a time:
 * which requests follow, which {@link CommitStatus}, {@link AbortStatus} or {@link CommitException} results, the
 * transaction's state and in-doubt flag, as the official client decides them.
 */
class TxnRollTest {
    private static FakeNode node;
    private static TxnReplies replies;
    private static AerospikeClient client;

    @BeforeAll
    static void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test", "bar");
        replies = new TxnReplies();
        node.respondWith(replies);
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        node.close();
    }

    @BeforeEach
    void reset() {
        replies.failing(null, 0);
        node.clearRequests();
    }

    private static final Key R = Key.of("test", "demo", "r");
    private static final Key W = Key.of("test", "demo", "w");

    /** A transaction that read R (version answered) and wrote W (monitor created). */
    private static Txn readAndWrite() {
        Txn txn = new Txn();
        client.get(Policy.builder().txn(txn).build(), R);
        client.put(WritePolicy.builder().txn(txn).build(), W, Bin.of("a", 1));
        node.clearRequests();
        return txn;
    }

    private static String requests() throws InterruptedException {
        List<String> kinds = new ArrayList<>();
        while (node.pendingRequests() > 0) {
            kinds.add(TxnReplies.kind(node.nextRequest()).name());
        }
        return String.join(" ", kinds);
    }

    @Test
    void tracksReadVersionsWritesAndTheMonitorDeadline() {
        Txn txn = readAndWrite();
        assertEquals(TxnReplies.VERSION, txn.reads().get(R));
        assertEquals(java.util.Set.of(W), txn.writes());
        assertEquals("test", txn.namespace());
    }

    @Test
    void commitVerifiesMarksRollsForwardAndCloses() throws InterruptedException {
        Txn txn = readAndWrite();
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals("VERIFY MONITOR_MARK ROLL_FORWARD MONITOR_CLOSE", requests());
        assertEquals(Txn.State.COMMITTED, txn.state());
        assertTrue(txn.writes().isEmpty(), "closed: keys forgotten");
        assertEquals(CommitStatus.ALREADY_COMMITTED, client.commit(txn));
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.abort(txn));
        assertEquals(ResultCode.TXN_ALREADY_COMMITTED, e.resultCode());
        assertEquals("", requests());
    }

    @Test
    void aVersionThatChangedAbortsTheCommit() throws InterruptedException {
        Txn txn = readAndWrite();
        replies.failing(Kind.VERIFY, ResultCode.MRT_VERSION_MISMATCH.code());
        CommitException e = assertThrows(CommitException.class, () -> client.commit(txn));
        assertEquals(CommitError.VERIFY_FAIL, e.error());
        assertEquals(ResultCode.TXN_FAILED, e.resultCode());
        assertEquals(java.util.Map.of(R, ResultCode.MRT_VERSION_MISMATCH), e.verifyResults());
        assertEquals(java.util.Map.of(W, ResultCode.OK), e.rollResults());
        assertFalse(e.inDoubt());
        assertEquals("VERIFY ROLL_BACK MONITOR_CLOSE", requests());
        assertEquals(Txn.State.ABORTED, txn.state());
        assertEquals(AbortStatus.ALREADY_ABORTED, client.abort(txn));
        AerospikeException again = assertThrows(AerospikeException.class, () -> client.commit(txn));
        assertEquals(ResultCode.TXN_ALREADY_ABORTED, again.resultCode());
    }

    @Test
    void aFailedRollBackAfterAFailedVerifyIsAbandoned() throws InterruptedException {
        Txn txn = readAndWrite();
        // the verify fails by its row; the roll back by a server error on its single-record command
        FakeNode.Responder both = (frame, index) -> {
                Kind kind = TxnReplies.kind(frame);
                if (kind == Kind.VERIFY || kind == Kind.ROLL_BACK) {
                    return FakeNode.Action.reply(TxnReplies.reply(ResultCode.SERVER_ERROR.code()));
                }
                return replies.respond(frame, index);
        };
        node.respondWith(both);
        try {
            CommitException e = assertThrows(CommitException.class, () -> client.commit(txn));
            assertEquals(CommitError.VERIFY_FAIL_ABORT_ABANDONED, e.error());
            assertEquals("VERIFY ROLL_BACK", requests());
        } finally {
            node.respondWith(replies);
        }
    }

    @Test
    void aFailedCloseAfterAFailedVerifyIsReported() throws InterruptedException {
        Txn txn = readAndWrite();
        FakeNode.Responder verifyAndClose = (frame, index) -> {
                Kind kind = TxnReplies.kind(frame);
                if (kind == Kind.VERIFY || kind == Kind.MONITOR_CLOSE) {
                    return FakeNode.Action.reply(TxnReplies.reply(ResultCode.SERVER_ERROR.code()));
                }
                return replies.respond(frame, index);
        };
        node.respondWith(verifyAndClose);
        try {
            CommitException e = assertThrows(CommitException.class, () -> client.commit(txn));
            assertEquals(CommitError.VERIFY_FAIL_CLOSE_ABANDONED, e.error());
            assertEquals("VERIFY ROLL_BACK MONITOR_CLOSE", requests());
        } finally {
            node.respondWith(replies);
        }
    }

    @Test
    void aMarkRefusedAsAbortedIsNotInDoubt() throws InterruptedException {
        Txn txn = readAndWrite();
        replies.failing(Kind.MONITOR_MARK, ResultCode.MRT_ABORTED.code());
        CommitException e = assertThrows(CommitException.class, () -> client.commit(txn));
        assertEquals(CommitError.MARK_ROLL_FORWARD_ABANDONED, e.error());
        assertFalse(e.inDoubt());
        assertInstanceOf(AerospikeException.class, e.getCause());
        assertEquals(ResultCode.MRT_ABORTED, ((AerospikeException) e.getCause()).resultCode());
        assertEquals("VERIFY MONITOR_MARK", requests());
        assertEquals(Txn.State.ABORTED, txn.state());
    }

    @Test
    void aMarkThatAnsweredCommittedBeforeCounts() throws InterruptedException {
        Txn txn = readAndWrite();
        replies.failing(Kind.MONITOR_MARK, ResultCode.MRT_COMMITTED.code());
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals("VERIFY MONITOR_MARK ROLL_FORWARD MONITOR_CLOSE", requests());
    }

    @Test
    void aFailedRollForwardIsLeftToTheServer() throws InterruptedException {
        Txn txn = readAndWrite();
        replies.failing(Kind.ROLL_FORWARD, ResultCode.SERVER_ERROR.code());
        assertEquals(CommitStatus.ROLL_FORWARD_ABANDONED, client.commit(txn));
        assertEquals("VERIFY MONITOR_MARK ROLL_FORWARD", requests());
        assertEquals(Txn.State.COMMITTED, txn.state());
    }

    @Test
    void aFailedCloseAfterTheRollForwardIsLeftToTheServer() throws InterruptedException {
        Txn txn = readAndWrite();
        replies.failing(Kind.MONITOR_CLOSE, ResultCode.SERVER_ERROR.code());
        assertEquals(CommitStatus.CLOSE_ABANDONED, client.commit(txn));
        assertEquals(Txn.State.COMMITTED, txn.state());
    }

    @Test
    void abortRollsBackAndCloses() throws InterruptedException {
        Txn txn = readAndWrite();
        assertEquals(AbortStatus.OK, client.abort(txn));
        assertEquals("ROLL_BACK MONITOR_CLOSE", requests());
        assertEquals(AbortStatus.ALREADY_ABORTED, client.abort(txn));
    }

    @Test
    void abortStatusesOfFailedSteps() {
        Txn rollFails = readAndWrite();
        replies.failing(Kind.ROLL_BACK, ResultCode.SERVER_ERROR.code());
        assertEquals(AbortStatus.ROLL_BACK_ABANDONED, client.abort(rollFails));
        Txn closeFails = readAndWrite();
        replies.failing(Kind.MONITOR_CLOSE, ResultCode.SERVER_ERROR.code());
        assertEquals(AbortStatus.CLOSE_ABANDONED, client.abort(closeFails));
    }

    @Test
    void aWriteInDoubtIsRolledButTheMonitorIsLeftToTheServer() throws InterruptedException {
        Txn txn = new Txn();
        replies.failing(Kind.WRITE, ResultCode.TIMEOUT.code());
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> client.put(WritePolicy.builder().txn(txn).build(), W, Bin.of("a", 1)));
        assertTrue(e.inDoubt());
        assertEquals(java.util.Set.of(W), txn.writes());
        replies.failing(null, 0);
        node.clearRequests();
        assertEquals(AbortStatus.OK, client.abort(txn));
        assertEquals("ROLL_BACK", requests());
    }

    @Test
    void noCommandAfterTheCommitAndOneNamespacePerTransaction() {
        Txn txn = readAndWrite();
        AerospikeException ns = assertThrows(AerospikeException.class,
            () -> client.get(Policy.builder().txn(txn).build(), Key.of("bar", "demo", "x")));
        assertEquals(ResultCode.PARAMETER_ERROR, ns.resultCode());
        client.commit(txn);
        AerospikeException closed = assertThrows(AerospikeException.class,
            () -> client.put(WritePolicy.builder().txn(txn).build(), W, Bin.of("a", 2)));
        assertEquals(ResultCode.TXN_FAILED, closed.resultCode());
    }

    @Test
    void asyncCommitAndAbortRunTheSameSteps() throws InterruptedException {
        Txn committed = new Txn();
        client.async().get(Policy.builder().txn(committed).build(), R).join();
        client.async().put(WritePolicy.builder().txn(committed).build(), W, Bin.of("a", 1)).join();
        assertEquals("READ MONITOR WRITE", requests());
        assertEquals(CommitStatus.OK, client.async().commit(committed).join());
        assertEquals("VERIFY MONITOR_MARK ROLL_FORWARD MONITOR_CLOSE", requests());

        Txn aborted = readAndWrite();
        assertEquals(AbortStatus.OK, client.async().abort(aborted).join());
        assertEquals("ROLL_BACK MONITOR_CLOSE", requests());

        Txn failing = readAndWrite();
        replies.failing(Kind.VERIFY, ResultCode.MRT_VERSION_MISMATCH.code());
        CompletionException e = assertThrows(CompletionException.class, () -> client.async().commit(failing).join());
        assertEquals(CommitError.VERIFY_FAIL, assertInstanceOf(CommitException.class, e.getCause()).error());
    }

    @Test
    void communityEditionsRefusalIsExplained() {
        replies.failing(Kind.MONITOR, ResultCode.ENTERPRISE_ONLY.code());
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> client.put(WritePolicy.builder().txn(new Txn()).build(), W, Bin.of("a", 1)));
        assertEquals(ResultCode.ENTERPRISE_ONLY, e.resultCode());
        assertTrue(e.getMessage().contains("multi-record transactions need an Enterprise server"), e.getMessage());
    }

    /** The server timeout of each request (msg header bytes 22..25) as "KIND=ms". */
    private static String requestTimeouts() throws InterruptedException {
        List<String> timeouts = new ArrayList<>();
        while (node.pendingRequests() > 0) {
            byte[] frame = node.nextRequest();
            timeouts.add(TxnReplies.kind(frame).name() + "=" + java.nio.ByteBuffer.wrap(frame, 22, 4).getInt());
        }
        return String.join(" ", timeouts);
    }

    @Test
    void theClientsTransactionPoliciesDriveCommitAndAbort() throws InterruptedException {
        Policies defaults = Policies.builder()
            .txnVerify(BatchPolicy.TXN_VERIFY_DEFAULT.toBuilder().socketTimeout(1234).build())
            .txnRoll(BatchPolicy.TXN_ROLL_DEFAULT.toBuilder().socketTimeout(2345).build()).build();
        try (AerospikeClient configured = new SpikeClientProvider().create(ClientConfig.builder()
            .hosts(Host.of("127.0.0.1", node.port())).defaults(defaults).build()).connect()) {
            Txn committed = readAndWrite();
            assertEquals(CommitStatus.OK, configured.commit(committed));
            assertEquals("VERIFY=1234 MONITOR_MARK=2345 ROLL_FORWARD=2345 MONITOR_CLOSE=2345", requestTimeouts());
            Txn aborted = readAndWrite();
            assertEquals(AbortStatus.OK, configured.abort(aborted));
            assertEquals("ROLL_BACK=2345 MONITOR_CLOSE=2345", requestTimeouts());
            Txn asyncCommitted = readAndWrite();
            assertEquals(CommitStatus.OK, configured.async().commit(asyncCommitted).join());
            assertEquals("VERIFY=1234 MONITOR_MARK=2345 ROLL_FORWARD=2345 MONITOR_CLOSE=2345", requestTimeouts());
        }
    }

    @Test
    void theDefaultTransactionPoliciesAreTheOfficialClients() throws InterruptedException {
        Txn txn = readAndWrite();
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals("VERIFY=3000 MONITOR_MARK=3000 ROLL_FORWARD=3000 MONITOR_CLOSE=3000", requestTimeouts());
        assertEquals(Policies.DEFAULT.txnVerify(), BatchPolicy.TXN_VERIFY_DEFAULT);
        assertEquals(ReadModeSC.LINEARIZE, BatchPolicy.TXN_VERIFY_DEFAULT.readModeSC());
        for (BatchPolicy p : List.of(BatchPolicy.TXN_VERIFY_DEFAULT, BatchPolicy.TXN_ROLL_DEFAULT)) {
            assertEquals(Replica.MASTER, p.replica());
            assertEquals(5, p.maxRetries());
            assertEquals(10000, p.totalTimeout());
            assertEquals(1000, p.sleepBetweenRetries());
        }
    }
}
