package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.CommandRequest;
import io.spikesdk.core.internal.command.AutoBatchFrame;
import io.spikesdk.core.internal.command.ResponseParser;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.util.Arrays;

/**
 * Single-record commands of one node and one policy that started in the same pass of an event loop, sent as one
 * batch-index request ({@link AutoBatchFrame}) on one connection: one write and one reply instead of one each.
 * Each command keeps its own attempt, slot, timer, retries and result: its row of the reply is handed to it as the
 * frame it would have read alone.
 *
 * <p>Without a row: when the server refused the batch as a whole before running any row (batch-index disabled,
 * too many batches, queues full), every command goes on alone in the same attempt; otherwise a read goes on alone
 * and a write fails its attempt with the batch's result code (it may have run: a TIMEOUT leaves it in doubt). A
 * failure of the connection fails every command's attempt (writes sent are in doubt). A command that leaves early
 * (its timeout) is simply not waited for; once none is left, the connection is closed.
 */
final class AutoBatch implements Exchange {
    /** Rows per batch; more commands in one pass start another batch. */
    static final int MAX_ROWS = 256;
    /**
     * Bytes of the commands' own frames per batch (a command larger than this goes alone): large writes gain
     * nothing from company, and the frame stays in the connection's kept request buffer.
     */
    static final int MAX_BYTES = 128 * 1024;

    private final EventLoop loop;
    final Node node;
    final Policy policy;
    private AsyncCommand<?>[] members = new AsyncCommand<?>[8];
    private int count;
    /** The members' frames, as they would be sent alone. */
    private int bytes;
    /** Members still waiting for their row. */
    private int waiting;
    /** Rows the reply has answered so far. */
    private int answered;
    private boolean flushed;
    private boolean connecting;
    private AsyncConnection conn;

    AutoBatch(EventLoop loop, Node node, Policy policy) {
        this.loop = loop;
        this.node = node;
        this.policy = policy;
    }

    boolean accepts(Node node, Policy policy, int frameSize) {
        return !flushed && this.node == node && this.policy == policy && count < MAX_ROWS
            && bytes + frameSize <= MAX_BYTES;
    }

    void add(AsyncCommand<?> member, int frameSize) {
        bytes += frameSize;
        if (count == members.length) {
            members = Arrays.copyOf(members, count * 2);
        }
        members[count++] = member;
        waiting++;
    }

    /** The member's attempt ended without its row (its timeout, the loop closing): it is no longer waited for. */
    void leave(AsyncCommand<?> member) {
        for (int i = 0; i < count; i++) {
            if (members[i] == member) {
                members[i] = null;
                waiting--;
                break;
            }
        }
        if (waiting == 0 && conn != null) {
            conn.abandon();
            conn = null;
        }
    }

    /** The loop's pass ended: sends the batch, or lets a lone command go on by itself. */
    void flush() {
        flushed = true;
        compact();
        if (count == 0) {
            return;
        }
        if (count == 1) {
            AsyncCommand<?> only = members[0];
            members[0] = null;
            count = 0;
            waiting = 0;
            only.batchDeclined(this);
            return;
        }
        AsyncConnection pooled = loop.idleConnection(node);
        if (pooled != null) {
            conn = pooled;
            send();
            return;
        }
        connecting = true;
        for (int i = 0; i < count; i++) {
            members[i].batchConnecting();
        }
        try {
            conn = AsyncConnection.open(loop, node, this);
        } catch (IOException e) {
            failed(e);
        }
    }

    /** Drops the members that left before the batch was sent, so that row i is member i. */
    private void compact() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (members[i] != null) {
                members[n++] = members[i];
            }
        }
        Arrays.fill(members, n, count, null);
        count = n;
    }

    @Override
    public void connected(AsyncConnection connection) {
        if (connection != conn) {
            connection.close();
            return;
        }
        connecting = false;
        send();
    }

    private void send() {
        CommandRequest[] requests = new CommandRequest[count];
        for (int i = 0; i < count; i++) {
            requests[i] = members[i].request();
        }
        byte[] frame;
        int length;
        try {
            frame = conn.requestBuffer(AutoBatchFrame.size(requests, count));
            length = AutoBatchFrame.write(frame, requests, count);
        } catch (RuntimeException e) {
            // every request was sized and validated when it was built: a failure here is a bug, so each goes alone
            loop.release(conn);
            conn = null;
            goAlone();
            return;
        }
        int share = length / count;
        for (int i = 0; i < count; i++) {
            members[i].batchSending(share);
        }
        conn.send(this, frame, length);
    }

    @Override
    public void written() {
        for (int i = 0; i < count; i++) {
            if (members[i] != null) {
                members[i].batchWritten();
            }
        }
    }

    @Override
    public boolean frame(int type, byte[] frame, int bodyLength) {
        if (type != Proto.TYPE_MESSAGE) {
            return broken(new AerospikeException(ResultCode.PARSE_ERROR,
                "unexpected proto type " + type + " (expected " + Proto.TYPE_MESSAGE + ")"));
        }
        int end = Proto.HEADER_SIZE + bodyLength;
        int off = Proto.HEADER_SIZE;
        try {
            while (off < end) {
                if (off + Proto.MSG_HEADER_SIZE > end) {
                    throw ResponseParser.parseError("batch reply truncated inside an AS_MSG header");
                }
                if ((frame[off + 3] & MsgFlags.INFO3_LAST) != 0) {
                    finish(frame[off + 5] & 0xFF);
                    return false;
                }
                int index = Bytes.getInt(frame, off + 14);
                int msgEnd = ResponseParser.messageEnd(frame, off, end);
                if (index < 0 || index >= count) {
                    throw ResponseParser.parseError("batch reply row index " + index + " outside the batch of "
                        + count);
                }
                AsyncCommand<?> member = members[index];
                if (member != null) {
                    members[index] = null;
                    waiting--;
                    answered++;
                    int rowLength = msgEnd - off;
                    byte[] row = loop.scratch(Proto.HEADER_SIZE + rowLength);
                    System.arraycopy(frame, off, row, Proto.HEADER_SIZE, rowLength);
                    member.batchAnswered(row, rowLength);
                }
                off = msgEnd;
            }
        } catch (AerospikeException e) {
            return broken(e);
        }
        return true;
    }

    /** A reply that cannot be read: the connection is closed and the commands still waiting fail with {@code e}. */
    private boolean broken(AerospikeException e) {
        if (conn != null) {
            conn.abandon();
            conn = null;
        }
        malformed(e);
        return false;
    }

    /**
     * The reply ended with the batch's result code: the connection goes back to the pool (closed after an error,
     * which may be the server refusing the session); the commands without a row go on alone or fail (see above).
     */
    private void finish(int resultCode) {
        if (conn != null) {
            if (resultCode == 0) {
                loop.release(conn);
            } else {
                conn.abandon();
            }
            conn = null;
        }
        if (waiting == 0) {
            return;
        }
        if (answered == 0 && refusedWhole(resultCode)) {
            goAlone();
            return;
        }
        int code = resultCode != 0 ? resultCode : ResultCode.SERVER_ERROR.code();
        for (int i = 0; i < count; i++) {
            AsyncCommand<?> member = members[i];
            if (member != null && member.isWrite()) {
                members[i] = null;
                waiting--;
                byte[] row = loop.scratch(Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE);
                Arrays.fill(row, 0, Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE, (byte) 0);
                row[Proto.HEADER_SIZE] = Proto.MSG_HEADER_SIZE;
                row[Proto.HEADER_SIZE + 5] = (byte) code;
                member.batchAnswered(row, Proto.MSG_HEADER_SIZE);
            }
        }
        goAlone();
    }

    /** Codes of a batch the server turned down before running any of its rows. */
    private static boolean refusedWhole(int resultCode) {
        return resultCode == ResultCode.BATCH_DISABLED.code() || resultCode == ResultCode.BATCH_MAX_REQUESTS_EXCEEDED.code()
            || resultCode == ResultCode.BATCH_QUEUES_FULL.code();
    }

    /** The members still waiting go on alone, from the loop's task queue (not inside this connection's handling). */
    private void goAlone() {
        for (int i = 0; i < count; i++) {
            AsyncCommand<?> member = members[i];
            if (member != null) {
                members[i] = null;
                loop.execute(() -> member.batchDeclined(this));
            }
        }
        waiting = 0;
    }

    @Override
    public void failed(IOException e) {
        conn = null;
        boolean whileConnecting = connecting;
        for (int i = 0; i < count; i++) {
            AsyncCommand<?> member = members[i];
            if (member != null) {
                members[i] = null;
                member.batchFailed(e, whileConnecting);
            }
        }
        waiting = 0;
    }

    @Override
    public void malformed(AerospikeException e) {
        conn = null;
        failAll(e, true);
    }

    @Override
    public void openRefused(AerospikeException e) {
        conn = null;
        failAll(e, false);
    }

    @Override
    public void abort(RuntimeException reason) {
        if (conn != null) {
            conn.abandon();
            conn = null;
        }
        AerospikeException e = reason instanceof AerospikeException ae ? ae
            : new AerospikeException(ResultCode.CLIENT_ERROR, String.valueOf(reason));
        failAll(e, false);
    }

    private void failAll(AerospikeException e, boolean transport) {
        for (int i = 0; i < count; i++) {
            AsyncCommand<?> member = members[i];
            if (member != null) {
                members[i] = null;
                member.batchFailed(e, transport);
            }
        }
        waiting = 0;
    }
}
