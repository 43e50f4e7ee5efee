package io.spikesdk.core.internal.command;

import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Txn;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.api.internal.TxnState;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The requests on a transaction's monitor record ({@code <ERO~MRT>} set, keyed by the transaction id), as the
 * official client sends them: before the first write of each key, an operate that creates the monitor (bin
 * {@code id}, the timeout as its TTL, the server answers the deadline) and adds the key digests to the ordered
 * unique list {@code keyds}; at commit the {@code fwd} mark; at the end its durable delete.
 */
public final class TxnMonitor {
    static final String SET = "<ERO~MRT";
    private static final ListPolicy DIGESTS_POLICY = ListPolicy.of(ListOrder.ORDERED,
        ListWriteFlags.of(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL, ListWriteFlags.PARTIAL));

    private TxnMonitor() {
    }

    /** The monitor record's key. */
    static Key key(TxnState txn) {
        return Key.of(txn.namespace(), SET, txn.id());
    }

    /**
     * Before a write of {@code key} in the policy's transaction: checks the transaction is open and the namespace,
     * and returns the request that adds the key to the monitor, or null when the monitor already holds it (or the
     * policy has no transaction).
     */
    public static Request addKey(Policy policy, Key key) {
        Txn txn = policy.txn();
        if (txn == null) {
            return null;
        }
        TxnState state = ApiAccess.txnState(txn);
        state.verifyCommand();
        if (state.writes().contains(key)) {
            return null;
        }
        state.setNamespace(key.namespace());
        Value digest = Value.of(key.digest());
        Operation append = ListOperations.append(DIGESTS_POLICY, "keyds", digest);
        return request(policy, state, append);
    }

    /**
     * Before a batch that writes {@code keys} in the policy's transaction: checks the transaction and the
     * namespace of every key, and returns the request that adds them to the monitor (null without a transaction).
     */
    public static Request addKeys(Policy policy, Collection<Key> keys) {
        Txn txn = policy.txn();
        if (txn == null || keys.isEmpty()) {
            return null;
        }
        TxnState state = ApiAccess.txnState(txn);
        state.verifyCommand();
        List<Value> digests = new ArrayList<>(keys.size());
        for (Key key : keys) {
            state.setNamespace(key.namespace());
            digests.add(Value.of(key.digest()));
        }
        return request(policy, state, ListOperations.appendItems(DIGESTS_POLICY, "keyds", digests));
    }

    /**
     * Before a batch of {@code records} in the policy's transaction: checks the transaction and the namespace of
     * every row, and returns the request that adds the keys of the rows that write, or null when none writes.
     */
    public static Request addRecords(Policy policy, java.util.List<? extends io.spikesdk.api.BatchRecord> records) {
        Txn txn = policy.txn();
        if (txn == null) {
            return null;
        }
        TxnState state = ApiAccess.txnState(txn);
        state.verifyCommand();
        List<Key> writes = new ArrayList<>();
        for (io.spikesdk.api.BatchRecord r : records) {
            state.setNamespace(r.key().namespace());
            if (r.hasWrite()) {
                writes.add(r.key());
            }
        }
        return writes.isEmpty() ? null : addKeys(policy, writes);
    }

    /**
     * Checks that a read may run in the policy's transaction and sets its namespace (nothing without one).
     */
    public static void prepareRead(Policy policy, Key key) {
        Txn txn = policy.txn();
        if (txn != null) {
            TxnState state = ApiAccess.txnState(txn);
            state.verifyCommand();
            state.setNamespace(key.namespace());
        }
    }

    /** {@link #prepareRead(Policy, Key)} for each key of a batch. */
    public static void prepareRead(Policy policy, Collection<Key> keys) {
        Txn txn = policy.txn();
        if (txn != null) {
            TxnState state = ApiAccess.txnState(txn);
            state.verifyCommand();
            for (Key key : keys) {
                state.setNamespace(key.namespace());
            }
        }
    }

    private static Request request(Policy policy, TxnState state, Operation append) {
        Operation[] ops;
        if (state.monitorExists()) {
            ops = new Operation[] {append};
        } else {
            ops = new Operation[] {new Operation(Operation.Type.WRITE, "id", Value.of(state.id())), append};
        }
        WritePolicy wp = WritePolicy.builder()
            .socketTimeout(policy.socketTimeout())
            .totalTimeout(policy.totalTimeout())
            .maxRetries(policy.maxRetries())
            .sleepBetweenRetries(policy.sleepBetweenRetries())
            .compress(policy.compress())
            .respondAllOps(true)
            // the server takes the timeout only when the monitor is created, and ignores it on later updates
            .expiration(state.timeout())
            .build();
        int opsSize = 0;
        Value[] prepared = new Value[ops.length];
        for (int i = 0; i < ops.length; i++) {
            prepared[i] = Request.prepare(ops[i].value(), MsgPackWriter.NO_SERIALIZER);
            opsSize += Request.opSize(ops[i].binName(), prepared[i] != null ? prepared[i] : ops[i].value());
        }
        return new Request(key(state), wp, Serialization.DISABLED, 0,
            MsgFlags.INFO2_WRITE | MsgFlags.INFO2_RESPOND_ALL_OPS, 0, 0, ops, prepared, opsSize);
    }

    /** The monitor's reply: records the deadline the server set; any error is thrown. */
    public static ResultHandler<Void> added(Txn txn) {
        TxnState state = ApiAccess.txnState(txn);
        return (req, frame, len, rc, errors) -> {
            int deadline = TxnFields.deadline(frame, Proto.HEADER_SIZE);
            if (deadline != 0) {
                state.deadline(deadline);
            }
            if (rc != ResultCode.OK.code()) {
                throw errors.of(rc);
            }
            return null;
        };
    }

    /** The roll-forward mark: writes {@code fwd = true} to the monitor. */
    static Request markRollForward(WritePolicy policy, TxnState state) {
        Bin[] bins = {new Bin("fwd", Value.of(true))};
        return new Request(key(state), policy, Serialization.DISABLED, 0, MsgFlags.INFO2_WRITE, 0, OpType.WRITE, bins,
            null, Request.opSize("fwd", bins[0].value()));
    }

    /** The close: a durable delete of the monitor. */
    static Request close(WritePolicy policy, TxnState state) {
        return new Request(key(state), policy, Serialization.DISABLED, 0,
            MsgFlags.INFO2_WRITE | MsgFlags.INFO2_DELETE | MsgFlags.INFO2_DURABLE_DELETE, 0, 0, null, null, 0);
    }

    /** The mark's reply: MRT_COMMITTED means an earlier attempt already marked it. */
    static final ResultHandler<Void> MARKED = (req, frame, len, rc, errors) -> {
        if (rc == ResultCode.OK.code() || rc == ResultCode.MRT_COMMITTED.code()) {
            return null;
        }
        throw errors.of(rc);
    };

    /** The close's reply: a monitor already gone is closed. */
    static final ResultHandler<Void> CLOSED = (req, frame, len, rc, errors) -> {
        if (rc == ResultCode.OK.code() || rc == ResultCode.KEY_NOT_FOUND_ERROR.code()) {
            return null;
        }
        throw errors.of(rc);
    };
}
