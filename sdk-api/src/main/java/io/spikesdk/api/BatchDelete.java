package io.spikesdk.api;

/**
 * A batch row that deletes one record. Its {@link #resultCode()} is 0 when the record was deleted and 2
 * (KEY_NOT_FOUND) when there was none.
 */
public final class BatchDelete extends BatchRecord {
    private final BatchDeletePolicy policy;

    /** A delete with the client's default {@link BatchDeletePolicy}. */
    public BatchDelete(Key key) {
        this(null, key);
    }

    /** A delete with its own policy ({@code null}: the client's default). */
    public BatchDelete(BatchDeletePolicy policy, Key key) {
        super(key);
        this.policy = policy;
    }

    /** The row's own policy, or null for the client's default. */
    public BatchDeletePolicy policy() {
        return policy;
    }

    @Override
    public boolean hasWrite() {
        return true;
    }
}
