package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.Provisional;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.Arrays;
import java.util.Objects;

/** The addressing part of a single-record request: namespace, digest, optional set, key and filter. */
final class RecordRequest {
    private static final int MAX_BIN_NAME = 15;
    private static final int MAX_SET_NAME_BYTES = 63;

    final MessageView msg;
    final NamespaceStore store;
    final Digest digest;
    final byte[] digestBytes;
    final String setName;
    final byte[] key;
    final byte[] filter;
    final TxnFields txn;

    RecordRequest(MessageView msg, NamespaceStore store, byte[] digestBytes) {
        this.msg = msg;
        this.store = store;
        this.digestBytes = digestBytes;
        this.digest = new Digest(digestBytes);
        String set = msg.fieldString(FieldType.SET);
        this.setName = set == null || set.isEmpty() ? null : set;
        this.key = msg.fieldBytes(FieldType.KEY);
        this.filter = msg.fieldBytes(FieldType.FILTER_EXP);
        this.txn = TxnFields.of(msg);
    }

    /**
     * The record as this command sees it: inside a transaction that has written it, the transaction's provisional
     * state (null when it deleted the record); otherwise the committed record.
     */
    StoredRecord current() {
        Provisional own = ownProvisional();
        return own != null ? own.record() : store.get(digest);
    }

    /** The provisional state this command's transaction holds on the record, or null. */
    Provisional ownProvisional() {
        if (!txn.inTxn()) {
            return null;
        }
        Provisional p = store.provisional(digest);
        return p != null && p.txnId() == txn.id() ? p : null;
    }

    /**
     * Writes (under the record lock): MRT_BLOCKED when a transaction other than this command's own holds the record;
     * with ON_LOCKING_ONLY, MRT_ALREADY_LOCKED when this command's transaction already does.
     */
    void checkWriteLock() throws CommandFailure {
        Provisional p = store.provisional(digest);
        if (p == null) {
            return;
        }
        if (p.txnId() != txn.id()) {
            store.txnStats().blocked();
            throw new CommandFailure(ResultCode.MRT_BLOCKED.code());
        }
        if ((msg.info4() & MsgFlags.INFO4_TXN_ON_LOCKING_ONLY) != 0) {
            throw new CommandFailure(ResultCode.MRT_ALREADY_LOCKED.code());
        }
    }

    /**
     * Writes inside a transaction (under the record lock, after {@link #checkWriteLock}): a RECORD_VERSION field is
     * the version the transaction read before its first write to the record; MRT_VERSION_MISMATCH when the committed
     * record is no longer that version (written or deleted since), so a read-modify-write never loses another
     * client's update.
     */
    void checkReadVersion() throws CommandFailure {
        if (!txn.inTxn() || txn.version() == null || ownProvisional() != null) {
            return;
        }
        StoredRecord committed = store.get(digest);
        if (committed == null || committed.version() != txn.version()) {
            store.txnStats().versionMismatch();
            throw new CommandFailure(ResultCode.MRT_VERSION_MISMATCH.code());
        }
    }

    /**
     * Stores what a write left (null: the record is deleted): inside a transaction as its provisional state, which
     * locks the record until the transaction rolls forward or back (or, when its deadline passes, the server rolls it
     * back; a write sent without TXN_DEADLINE gets one of mrt-duration from now); otherwise as the committed record.
     */
    void save(StoredRecord next) {
        if (txn.inTxn()) {
            long deadline = txn.deadline() != 0 ? txn.deadline() : store.defaultTxnDeadline();
            store.putProvisional(digest, new Provisional(txn.id(), next, deadline));
        } else if (next == null) {
            store.remove(digest);
        } else {
            store.put(digest, next);
        }
    }

    /**
     * The RECORD_VERSION a reply inside a transaction carries: the version of the committed record the command found
     * (the transaction verifies it at commit), or null outside transactions, for a missing record and for the
     * transaction's own provisional state.
     */
    Long replyVersion(StoredRecord seen) {
        if (!txn.inTxn() || seen == null || ownProvisional() != null) {
            return null;
        }
        return seen.version();
    }

    /** BIN_NAME_TOO_LONG when op {@code i} names a bin of over 15 bytes or with a NUL byte. */
    static void checkBinName(MessageView msg, int i) throws CommandFailure {
        if (msg.opNameLength(i) > MAX_BIN_NAME || msg.opNameLatin1(i).indexOf('\0') >= 0) {
            throw new CommandFailure(ResultCode.BIN_NAME_TOO_LONG.code());
        }
    }

    /**
     * A write creating a record names its set (when it has one) before anything else can fail it: a name of over 63
     * bytes gives 4, any other enters the namespace's set table for good.
     */
    void createSet() throws CommandFailure {
        if (setName == null) {
            return;
        }
        if (msg.fieldBytes(FieldType.SET).length > MAX_SET_NAME_BYTES) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
        store.addSet(setName);
    }

    /**
     * The set's stop-writes-count (for a write creating a record) and stop-writes-size: FAIL_FORBIDDEN (22), as the
     * real server answers once the set's name is known.
     */
    void checkSetLimits(boolean creating) throws CommandFailure {
        int code = setName == null ? 0 : store.setStopWritesCode(setName, creating);
        if (code != 0) {
            throw new CommandFailure(code);
        }
    }

    /** Reads and deletes: a set field, when present and not empty, must name the record's set (else 4). */
    void checkSet(StoredRecord record) throws CommandFailure {
        if (setName != null && !setName.equals(record.setName())) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    /** Writes that update: the set field must name the record's set, and its absence means no set (else 4). */
    void checkSetOnUpdate(StoredRecord record) throws CommandFailure {
        if (!Objects.equals(setName, record.setName())) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    /** A key field differing from the record's stored key gives 19 (nothing to compare without either). */
    void checkKey(StoredRecord record) throws CommandFailure {
        if (key != null && record.key() != null && !Arrays.equals(key, record.key())) {
            throw new CommandFailure(ResultCode.KEY_MISMATCH.code());
        }
    }
}
