package io.spikesdk.api;

import java.util.Objects;

/**
 * A batch row that runs operations on one record, at least one of them a write; read operations among them
 * return their results in {@link #record()}.
 *
 * <p>The array is kept as given (do not modify it while the batch runs). Consecutive rows of the same namespace
 * and set with the same array instance and the same policy instance (without send key) are sent once.
 */
public final class BatchWrite extends BatchRecord {
    private final BatchWritePolicy policy;
    private final Operation[] ops;

    /** A write with the client's default {@link BatchWritePolicy}. */
    public BatchWrite(Key key, Operation... ops) {
        this(null, key, ops);
    }

    /**
     * A write with its own policy ({@code null}: the client's default).
     *
     * @throws IllegalArgumentException when no operation is given or none of them writes
     */
    public BatchWrite(BatchWritePolicy policy, Key key, Operation... ops) {
        super(key);
        Objects.requireNonNull(ops, "ops");
        if (ops.length == 0) {
            throw new IllegalArgumentException("ops: at least one operation is required");
        }
        boolean writes = false;
        for (int i = 0; i < ops.length; i++) {
            writes |= Objects.requireNonNull(ops[i], "ops[" + i + "]").type().isWrite();
        }
        if (!writes) {
            throw new IllegalArgumentException("ops: a BatchWrite needs at least one write operation (use BatchRead.ops)");
        }
        this.policy = policy;
        this.ops = ops;
    }

    /** The row's own policy, or null for the client's default. */
    public BatchWritePolicy policy() {
        return policy;
    }

    /** The operations. */
    public Operation[] ops() {
        return ops;
    }

    @Override
    public boolean hasWrite() {
        return true;
    }
}
