package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.Txn;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One batch call as a whole: its rows (key and encoding of each, in the caller's order), where their answers
 * go, and which rows have been answered (a retried sub-batch sends only the others). The node sub-batches of
 * a call ({@link BatchRequest}) may run on several threads at once; each row is answered by one of them only.
 */
abstract class BatchCall {
    final BatchPolicy policy;
    final Serialization serial;
    private final boolean[] answered;
    private final AtomicReference<AerospikeException> routingError = new AtomicReference<>();
    /** The metrics listener's token of this call ({@link ParentCall}), set before its node commands start. */
    Object parentCall;

    BatchCall(BatchPolicy policy, int size, Serialization serial) {
        this.policy = policy;
        this.serial = serial;
        this.answered = new boolean[size];
        this.txnFields = policy.txn() != null ? new AtomicReferenceArray<>(size) : null;
    }

    final int size() {
        return answered.length;
    }

    abstract Key key(int i);

    /** The attributes and operations of row {@code i}, when it is sent in full. */
    abstract BatchRow row(int i);

    /**
     * Whether row {@code i} may be sent as a repeat of row {@code prev}, given that both have the same namespace
     * and set instances (the official client's reference-equality rule).
     */
    abstract boolean repeats(int prev, int i);

    /**
     * Row {@code i} as a single-record command, for a node that gets no other row of the batch (the official
     * client does not send a batch of one key).
     */
    abstract CommandRequest single(int i);

    /** Whether row {@code i} may write (routing to the master, in-doubt). */
    abstract boolean rowWrites(int i);

    /** Whether each full row carries its policy's filter (a list of rows), rather than the batch once. */
    abstract boolean rowFilters();

    /** The filter sent once for the whole batch, or null. */
    abstract Expression parentFilter();

    /**
     * The answer of row {@code i}: the AS_MSG at {@code [msgStart, msgEnd)} of {@code frame} with result code
     * {@code resultCode}, received on attempt {@code attempt}.
     */
    abstract void answer(int i, int resultCode, byte[] frame, int msgStart, int msgEnd, int attempt);

    /** Row {@code i} could not be routed to a node. */
    final void unroutable(int i, AerospikeException e) {
        routingError.compareAndSet(null, e);
        rowUnroutable(i, e);
    }

    /** Records that row {@code i} could not be routed, when the call reports it per row. */
    abstract void rowUnroutable(int i, AerospikeException e);

    /** The first routing failure of a row, or null. */
    final AerospikeException routingError() {
        return routingError.get();
    }

    /** Row {@code i} was not answered because its node's sub-batch failed with {@code e}. */
    abstract void unanswered(int i, AerospikeException e);

    /** After every sub-batch ran: throws what the call must throw for rows that could not be routed. */
    abstract void finish();

    /** The transaction fields of each row, taken once, when the batch runs in a transaction (else null). */
    private final AtomicReferenceArray<TxnFields> txnFields;

    /** The transaction fields of row {@code i}, or null outside a transaction. */
    TxnFields txnFields(int i) {
        if (txnFields == null) {
            return null;
        }
        TxnFields fields = txnFields.get(i);
        if (fields == null) {
            fields = TxnFields.of(policy.txn(), key(i), rowWrites(i));
            if (!txnFields.compareAndSet(i, null, fields)) {
                fields = txnFields.get(i);
            }
        }
        return fields;
    }

    /**
     * Whether row {@code i} may repeat row {@code prev} as far as the transaction fields go: neither carries a
     * version (the official client compares the version objects by reference).
     */
    final boolean sameTxnFields(int prev, int i) {
        TxnFields a = txnFields(prev);
        if (a == null) {
            return true;
        }
        return a.version() == null && txnFields(i).version() == null;
    }

    /** Records the answer of row {@code i} (the AS_MSG at {@code msgStart}) in the batch's transaction, if any. */
    void trackTxn(int i, int resultCode, byte[] frame, int msgStart) {
        Txn txn = policy.txn();
        if (txn != null) {
            TxnFields.track(txn, key(i), rowWrites(i), frame, msgStart, resultCode);
        }
    }

    /** Row {@code i} was left unanswered by {@code e}: a write row in doubt is rolled with the transaction. */
    final void txnUnanswered(int i, AerospikeException e) {
        Txn txn = policy.txn();
        if (txn != null && e.inDoubt() && rowWrites(i)) {
            ApiAccess.txnState(txn).onWriteInDoubt(key(i));
        }
    }

    final boolean answered(int i) {
        return answered[i];
    }

    final void markAnswered(int i) {
        answered[i] = true;
    }
}
