package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes to a transaction's monitor record (see {@link TxnMonitorRecord}), which the client sends before the
 * transaction's first write of each record, at commit and at the end:
 *
 * <ul>
 *   <li>add keys (ops on {@code id} and {@code keyds}): the first one creates the monitor with the transaction's
 *       deadline (now + the record TTL the client sent as the transaction timeout, or mrt-duration); every reply
 *       carries the deadline in a TXN_DEADLINE field. MRT_EXPIRED (122) once the deadline has passed (or when the
 *       monitor is gone and the ops do not create it), MRT_COMMITTED (124) once the commit has started,
 *       MRT_TOO_MANY_WRITES (123) past {@value #MAX_WRITES} records.</li>
 *   <li>mark roll-forward (op {@code fwd}): MRT_ABORTED (125) when the monitor is gone (the server rolled the
 *       transaction back), MRT_COMMITTED (124) when already marked, MRT_EXPIRED (122) past the deadline.</li>
 *   <li>close (a delete): removes the monitor; KEY_NOT_FOUND (2) when it is gone.</li>
 * </ul>
 */
final class TxnMonitorCommand {
    /** The most records one transaction writes. */
    static final int MAX_WRITES = 4096;

    private final ServerClock clock;
    private final OpExecutor ops;

    TxnMonitorCommand(ServerClock clock, OpExecutor ops) {
        this.clock = clock;
        this.ops = ops;
    }

    void execute(RecordRequest req, MessageWriter out) {
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        try {
            StoredRecord monitor = req.store.get(req.digest);
            if ((req.msg.info2() & INFO2_DELETE) != 0) {
                close(req, monitor, out);
            } else if (names(req.msg, TxnMonitorRecord.FORWARD_BIN)) {
                markRollForward(req, monitor, out);
            } else {
                addKeys(req, monitor, out);
            }
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), null);
        } finally {
            lock.unlock();
        }
    }

    private static void close(RecordRequest req, StoredRecord monitor, MessageWriter out) throws CommandFailure {
        if (monitor == null) {
            throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
        }
        req.store.remove(req.digest);
        Replies.ok(out, 0, 0, new ResultEntries());
    }

    private void markRollForward(RecordRequest req, StoredRecord monitor, MessageWriter out) throws CommandFailure {
        if (monitor == null) {
            throw new CommandFailure(ResultCode.MRT_ABORTED.code());
        }
        if (TxnMonitorRecord.rollingForward(monitor)) {
            throw new CommandFailure(ResultCode.MRT_COMMITTED.code());
        }
        if (expired(monitor)) {
            throw new CommandFailure(ResultCode.MRT_EXPIRED.code());
        }
        List<Bin> bins = new ArrayList<>(monitor.bins());
        bins.add(new Bin(TxnMonitorRecord.FORWARD_BIN, io.spikesdk.api.ParticleType.BOOL, new byte[] {1}));
        StoredRecord next = next(monitor, bins);
        req.store.put(req.digest, next);
        Replies.ok(out, next.generation(), 0, new ResultEntries());
    }

    private void addKeys(RecordRequest req, StoredRecord monitor, MessageWriter out) throws CommandFailure {
        long deadline;
        if (monitor == null) {
            if (!names(req.msg, TxnMonitorRecord.ID_BIN)) {
                throw new CommandFailure(ResultCode.MRT_EXPIRED.code());
            }
            long timeout = req.msg.recordTtl() & 0xFFFF_FFFFL;
            if (timeout == 0 || timeout > Integer.MAX_VALUE) {
                timeout = req.store.consistency().mrtDurationSeconds();
            }
            deadline = clock.nowSeconds() + timeout;
        } else {
            if (TxnMonitorRecord.rollingForward(monitor)) {
                throw new CommandFailure(ResultCode.MRT_COMMITTED.code());
            }
            if (expired(monitor)) {
                throw new CommandFailure(ResultCode.MRT_EXPIRED.code());
            }
            deadline = TxnMonitorRecord.deadline(monitor);
        }
        long now = clock.nowMillis();
        WorkingRecord work = WorkingRecord.forWrite(monitor, req.digestBytes, now, false, TxnMonitorRecord.SET, 0);
        ResultEntries entries = new ResultEntries();
        boolean respondAll = (req.msg.info2() & INFO2_RESPOND_ALL_OPS) != 0;
        for (int i = 0; i < req.msg.opCount(); i++) {
            ops.apply(req.msg, i, work, entries, respondAll, OpExecutor.Mode.WRITE);
        }
        work.set(TxnMonitorRecord.integerBin(TxnMonitorRecord.DEADLINE_BIN, deadline));
        StoredRecord next = next(monitor, work.snapshot());
        if (TxnMonitorRecord.digests(next).size() > MAX_WRITES) {
            throw new CommandFailure(ResultCode.MRT_TOO_MANY_WRITES.code());
        }
        req.store.put(req.digest, next);
        out.beginFrame(0, 0, 0, 0, next.generation(), 0, 0)
                .field(FieldType.TXN_DEADLINE, TxnFields.littleEndianBytes(deadline, 4));
        entries.writeTo(out);
        out.finish();
    }

    private boolean expired(StoredRecord monitor) {
        return TxnMonitorRecord.deadline(monitor) <= clock.nowSeconds();
    }

    private StoredRecord next(StoredRecord monitor, List<Bin> bins) {
        int generation = monitor == null ? 1 : monitor.generation() % 0xFFFF + 1;
        byte[] key = monitor == null ? null : monitor.key();
        return new StoredRecord(bins, generation, 0, clock.nowMillis(), 0, TxnMonitorRecord.SET, key);
    }

    private static boolean names(MessageView msg, String bin) {
        for (int i = 0; i < msg.opCount(); i++) {
            if (msg.opNameLatin1(i).equals(bin)) {
                return true;
            }
        }
        return false;
    }
}
