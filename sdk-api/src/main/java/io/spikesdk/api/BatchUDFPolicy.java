package io.spikesdk.api;

import java.util.Objects;

/**
 * Settings of one UDF row of a batch ({@link BatchUDF}). Build with {@link #builder()}; each setting means what
 * the same {@link WritePolicy} setting means.
 *
 * @param filterExpression row filter; a false result answers the row 27 (FILTERED_OUT); null: none
 * @param commitLevel replicas that must commit; default {@link CommitLevel#COMMIT_ALL}
 * @param expiration TTL of a record the function writes: 0 namespace default, -1 never, -2 keep, else seconds
 * @param durableDelete leave a tombstone when the function deletes the record (Enterprise only); default false
 * @param sendKey send the user key with the row; default false
 * @param onLockingOnly inside a transaction, fail the row with MRT_ALREADY_LOCKED (126) when the transaction already
 *     holds the record (the function must be the one that locks it); ignored outside a transaction; default false
 */
public record BatchUDFPolicy(Expression filterExpression, CommitLevel commitLevel, int expiration,
                             boolean durableDelete, boolean sendKey, boolean onLockingOnly) {

    /** Every setting at its default. */
    public static final BatchUDFPolicy DEFAULT = builder().build();

    /** Validates as {@link WritePolicy.Builder} does. */
    public BatchUDFPolicy {
        Objects.requireNonNull(commitLevel, "commitLevel");
        BatchPolicies.checkExpiration(expiration);
    }

    /** The settings without {@link #onLockingOnly()} (false). */
    public BatchUDFPolicy(Expression filterExpression, CommitLevel commitLevel, int expiration,
                          boolean durableDelete, boolean sendKey) {
        this(filterExpression, commitLevel, expiration, durableDelete, sendKey, false);
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's settings. */
    public Builder toBuilder() {
        return new Builder().filterExpression(filterExpression).commitLevel(commitLevel).expiration(expiration)
            .durableDelete(durableDelete).sendKey(sendKey).onLockingOnly(onLockingOnly);
    }

    /** Builds {@link BatchUDFPolicy}. Not thread-safe. */
    public static final class Builder {
        private Expression filterExpression;
        private CommitLevel commitLevel = CommitLevel.COMMIT_ALL;
        private int expiration;
        private boolean durableDelete;
        private boolean sendKey;
        private boolean onLockingOnly;

        private Builder() {
        }

        public Builder filterExpression(Expression filter) {
            this.filterExpression = filter;
            return this;
        }

        public Builder commitLevel(CommitLevel level) {
            this.commitLevel = Policy.Builder.nonNull(level, "commitLevel");
            return this;
        }

        public Builder expiration(int seconds) {
            this.expiration = BatchPolicies.checkExpiration(seconds);
            return this;
        }

        public Builder durableDelete(boolean durableDelete) {
            this.durableDelete = durableDelete;
            return this;
        }

        public Builder sendKey(boolean sendKey) {
            this.sendKey = sendKey;
            return this;
        }

        /** See {@link BatchUDFPolicy#onLockingOnly()}. */
        public Builder onLockingOnly(boolean onLockingOnly) {
            this.onLockingOnly = onLockingOnly;
            return this;
        }

        public BatchUDFPolicy build() {
            return new BatchUDFPolicy(filterExpression, commitLevel, expiration, durableDelete, sendKey,
                onLockingOnly);
        }
    }
}
