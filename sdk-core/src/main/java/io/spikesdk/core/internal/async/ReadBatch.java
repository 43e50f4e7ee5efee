package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.CommandRequest;
import io.spikesdk.core.internal.command.ReadBatchFrame;
import io.spikesdk.core.internal.command.ResponseParser;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.util.Arrays;

/**
 * Single-record reads of one node and one policy that started in the same pass of an event loop, sent as one
 * batch-index request ({@link ReadBatchFrame}) on one connection: one write and one reply instead of one per read.
 * Each read keeps its own attempt, slot, timer, retries and result: its row of the reply is handed to it as the frame
 * it would have read alone. A read whose row does not come (the batch stopped with an error) goes on alone within
 * the same attempt; a failure of the batch's connection is a failure of every read's attempt. A read that leaves
 * early (its timeout) is simply not waited for; once none is left, the connection is closed.
 */
final class ReadBatch implements Exchange {
    /** Rows per batch; more reads in one pass start another batch. */
    static final int MAX_ROWS = 256;

    private final EventLoop loop;
    final Node node;
    final Policy policy;
    private AsyncCommand<?>[] members = new AsyncCommand<?>[8];
    private int count;
    /** Members still waiting for their row. */
    private int waiting;
    private boolean flushed;
    private boolean connecting;
    private AsyncConnection conn;

    ReadBatch(EventLoop loop, Node node, Policy policy) {
        this.loop = loop;
        this.node = node;
        this.policy = policy;
    }

    boolean accepts(Node node, Policy policy) {
        return !flushed && this.node == node && this.policy == policy && count < MAX_ROWS;
    }

    void add(AsyncCommand<?> member) {
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

    /** The loop's pass ended: sends the batch, or lets a lone read go on by itself. */
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
            only.batchDeclined();
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
            frame = conn.requestBuffer(ReadBatchFrame.size(requests, count));
            length = ReadBatchFrame.write(frame, requests, count);
        } catch (RuntimeException e) {
            loop.release(conn);
            conn = null;
            declineRest();
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

    /** A reply that cannot be read: the connection is closed and the reads still waiting fail with {@code e}. */
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
     * which may be the server refusing the session), and the reads without a row go on alone.
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
        declineRest();
    }

    /** The members still waiting go on alone, from the loop's task queue (not inside this connection's handling). */
    private void declineRest() {
        for (int i = 0; i < count; i++) {
            AsyncCommand<?> member = members[i];
            if (member != null) {
                members[i] = null;
                loop.execute(member::batchDeclined);
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
