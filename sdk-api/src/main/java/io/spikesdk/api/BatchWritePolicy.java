package io.spikesdk.api;

import java.util.Objects;

/**
 * Settings of one write row of a batch ({@link BatchWrite}, or every row of {@code operate(keys, ops)} with a
 * write). Build with {@link #builder()}; the meaning of each setting is that of the same {@link WritePolicy}
 * setting.
 *
 * @param filterExpression row filter; a false result answers the row 27 (FILTERED_OUT); null: none
 * @param recordExistsAction what happens when the record exists or not; default {@link RecordExistsAction#UPDATE}
 * @param commitLevel replicas that must commit; default {@link CommitLevel#COMMIT_ALL}
 * @param generationPolicy generation check; default {@link GenerationPolicy#NONE}
 * @param generation the generation compared (the batch row carries its low 16 bits, as the official client)
 * @param expiration record TTL: 0 namespace default, -1 never, -2 keep, else seconds; default 0
 * @param durableDelete leave a tombstone when the write deletes the record (Enterprise only); default false
 * @param sendKey store the user key with the record; default false
 * @param onLockingOnly inside a transaction, fail the row with MRT_ALREADY_LOCKED (126) when the transaction already
 *     holds the record (the write must be the one that locks it); ignored outside a transaction; default false
 */
public record BatchWritePolicy(Expression filterExpression, RecordExistsAction recordExistsAction,
                               CommitLevel commitLevel, GenerationPolicy generationPolicy, int generation,
                               int expiration, boolean durableDelete, boolean sendKey, boolean onLockingOnly) {

    /** Every setting at its default. */
    public static final BatchWritePolicy DEFAULT = builder().build();

    /** Validates as {@link WritePolicy.Builder} does. */
    public BatchWritePolicy {
        Objects.requireNonNull(recordExistsAction, "recordExistsAction");
        Objects.requireNonNull(commitLevel, "commitLevel");
        Objects.requireNonNull(generationPolicy, "generationPolicy");
        Policy.Builder.nonNegative(generation, "generation");
        BatchPolicies.checkExpiration(expiration);
    }

    /** The settings without {@link #onLockingOnly()} (false). */
    public BatchWritePolicy(Expression filterExpression, RecordExistsAction recordExistsAction,
                            CommitLevel commitLevel, GenerationPolicy generationPolicy, int generation,
                            int expiration, boolean durableDelete, boolean sendKey) {
        this(filterExpression, recordExistsAction, commitLevel, generationPolicy, generation, expiration,
            durableDelete, sendKey, false);
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's settings. */
    public Builder toBuilder() {
        return new Builder().filterExpression(filterExpression).recordExistsAction(recordExistsAction)
            .commitLevel(commitLevel).generationPolicy(generationPolicy).generation(generation)
            .expiration(expiration).durableDelete(durableDelete).sendKey(sendKey).onLockingOnly(onLockingOnly);
    }

    /** Builds {@link BatchWritePolicy}. Not thread-safe. */
    public static final class Builder {
        private Expression filterExpression;
        private RecordExistsAction recordExistsAction = RecordExistsAction.UPDATE;
        private CommitLevel commitLevel = CommitLevel.COMMIT_ALL;
        private GenerationPolicy generationPolicy = GenerationPolicy.NONE;
        private int generation;
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

        public Builder recordExistsAction(RecordExistsAction action) {
            this.recordExistsAction = Policy.Builder.nonNull(action, "recordExistsAction");
            return this;
        }

        public Builder commitLevel(CommitLevel level) {
            this.commitLevel = Policy.Builder.nonNull(level, "commitLevel");
            return this;
        }

        public Builder generationPolicy(GenerationPolicy policy) {
            this.generationPolicy = Policy.Builder.nonNull(policy, "generationPolicy");
            return this;
        }

        public Builder generation(int generation) {
            this.generation = Policy.Builder.nonNegative(generation, "generation");
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

        /** See {@link BatchWritePolicy#onLockingOnly()}. */
        public Builder onLockingOnly(boolean onLockingOnly) {
            this.onLockingOnly = onLockingOnly;
            return this;
        }

        public BatchWritePolicy build() {
            return new BatchWritePolicy(filterExpression, recordExistsAction, commitLevel, generationPolicy, generation,
                expiration, durableDelete, sendKey, onLockingOnly);
        }
    }
}
