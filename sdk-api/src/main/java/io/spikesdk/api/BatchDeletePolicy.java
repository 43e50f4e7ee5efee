package io.spikesdk.api;

import java.util.Objects;

/**
 * Settings of one delete row of a batch ({@link BatchDelete}, or every row of {@code delete(keys)}). Build with
 * {@link #builder()}; each setting means what the same {@link WritePolicy} setting means.
 *
 * @param filterExpression row filter; a false result answers the row 27 (FILTERED_OUT); null: none
 * @param commitLevel replicas that must commit; default {@link CommitLevel#COMMIT_ALL}
 * @param generationPolicy generation check; default {@link GenerationPolicy#NONE}
 * @param generation the generation compared (the batch row carries its low 16 bits, as the official client)
 * @param durableDelete leave a tombstone (Enterprise only: Community answers 25); default false
 * @param sendKey send the user key with the row; default false
 */
public record BatchDeletePolicy(Expression filterExpression, CommitLevel commitLevel,
                                GenerationPolicy generationPolicy, int generation, boolean durableDelete,
                                boolean sendKey) {

    /** Every setting at its default. */
    public static final BatchDeletePolicy DEFAULT = builder().build();

    /** Validates as {@link WritePolicy.Builder} does. */
    public BatchDeletePolicy {
        Objects.requireNonNull(commitLevel, "commitLevel");
        Objects.requireNonNull(generationPolicy, "generationPolicy");
        Policy.Builder.nonNegative(generation, "generation");
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BatchDeletePolicy}. Not thread-safe. */
    public static final class Builder {
        private Expression filterExpression;
        private CommitLevel commitLevel = CommitLevel.COMMIT_ALL;
        private GenerationPolicy generationPolicy = GenerationPolicy.NONE;
        private int generation;
        private boolean durableDelete;
        private boolean sendKey;

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

        public Builder generationPolicy(GenerationPolicy policy) {
            this.generationPolicy = Policy.Builder.nonNull(policy, "generationPolicy");
            return this;
        }

        public Builder generation(int generation) {
            this.generation = Policy.Builder.nonNegative(generation, "generation");
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

        public BatchDeletePolicy build() {
            return new BatchDeletePolicy(filterExpression, commitLevel, generationPolicy, generation, durableDelete,
                sendKey);
        }
    }
}
