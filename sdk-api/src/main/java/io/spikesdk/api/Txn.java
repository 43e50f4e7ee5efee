package io.spikesdk.api;

import io.spikesdk.api.internal.TxnState;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A multi-record transaction (Aerospike 8+, strong-consistency namespaces): pass it on the policies of the
 * commands that belong to it ({@code Policy.builder().txn(txn)}, or the policies a {@link TxnScope} hands out),
 * then {@link AerospikeClient#commit(Txn)} or {@link AerospikeClient#abort(Txn)}. All commands of one
 * transaction must use the same namespace.
 *
 * <p>The client tracks the version of every record read in the transaction (verified on commit) and every key
 * written (rolled forward on commit, back on abort); the server tracks the written keys in a monitor record
 * created by the first write, and rolls the transaction back itself when its timeout passes before a commit.
 * Thread-safe: commands of one transaction may run on several threads.
 */
public final class Txn {

    /** Where a transaction stands. */
    public enum State {
        /** Commands may run in it. */
        OPEN,
        /** Its reads were verified; committing goes on with the roll-forward. */
        VERIFIED,
        /** Committed (its writes are, or will be made by the server, permanent). */
        COMMITTED,
        /** Aborted (its writes are, or will be made by the server, undone). */
        ABORTED
    }

    private static final AtomicLong RANDOM = new AtomicLong(System.nanoTime());

    private final TxnState state;

    /** A transaction with a random id and the server's default timeout (its mrt-duration, 10 s by default). */
    public Txn() {
        this(0);
    }

    /**
     * A transaction with a random id that the server rolls back when it is neither committed nor aborted within
     * {@code timeoutSeconds} of its first write (0 = the server's mrt-duration).
     */
    public Txn(int timeoutSeconds) {
        this(createId(), timeoutSeconds);
    }

    Txn(long id, int timeoutSeconds) {
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeoutSeconds must be >= 0, got " + timeoutSeconds);
        }
        if (id == 0) {
            throw new IllegalArgumentException("a transaction id must not be 0");
        }
        this.state = new TxnState(id, timeoutSeconds);
    }

    /** xorshift64*: never 0, as the server requires of a transaction id. */
    private static long createId() {
        long previous;
        long next;
        do {
            previous = RANDOM.get();
            next = previous;
            next ^= next >>> 12;
            next ^= next << 25;
            next ^= next >>> 27;
        } while (!RANDOM.compareAndSet(previous, next));
        return next * 0x2545F4914F6CDD1DL;
    }

    /** The transaction id (random, non-zero). */
    public long id() {
        return state.id();
    }

    /** The timeout in seconds given at creation; 0 = the server's mrt-duration. */
    public int timeout() {
        return state.timeout();
    }

    public State state() {
        return state.state();
    }

    /** The namespace of the transaction's commands, or null before the first one. */
    public String namespace() {
        return state.namespace();
    }

    /** Whether the last commit attempt ended in doubt (it may have been applied): commit again to settle it. */
    public boolean inDoubt() {
        return state.inDoubt();
    }

    /** The version of each record read in the transaction (verified on commit); a read-only view. */
    public Map<Key, Long> reads() {
        return Collections.unmodifiableMap(state.reads());
    }

    /** The keys written in the transaction (rolled forward on commit, back on abort); a read-only view. */
    public Set<Key> writes() {
        return Collections.unmodifiableSet(state.writes());
    }

    TxnState internalState() {
        return state;
    }

    @Override
    public String toString() {
        return "Txn[id=" + Long.toUnsignedString(id()) + ", state=" + state() + ", namespace=" + namespace() + "]";
    }
}
