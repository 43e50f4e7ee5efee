package io.spikesdk.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a write, delete, touch or operate command: every {@link Policy} setting plus the write
 * semantics. Usable wherever a read {@link Policy} is expected. Immutable; build with {@link #builder()}.
 *
 * <p>Differs from {@link Policy} in one default: {@link #maxRetries()} is 0, because retrying a
 * non-idempotent write can apply it twice.
 */
public final class WritePolicy extends Policy {

    /** The default write policy: every setting at its documented default. */
    public static final WritePolicy DEFAULT = builder().build();

    private final RecordExistsAction recordExistsAction;
    private final GenerationPolicy generationPolicy;
    private final int generation;
    private final int expiration;
    private final CommitLevel commitLevel;
    private final boolean durableDelete;
    private final boolean respondAllOps;
    private final boolean xdr;
    private final boolean onLockingOnly;

    private WritePolicy(Builder b) {
        super(b);
        this.recordExistsAction = b.recordExistsAction;
        this.generationPolicy = b.generationPolicy;
        this.generation = b.generation;
        this.expiration = b.expiration;
        this.commitLevel = b.commitLevel;
        this.durableDelete = b.durableDelete;
        this.respondAllOps = b.respondAllOps;
        this.xdr = b.xdr;
        this.onLockingOnly = b.onLockingOnly;
    }

    /** A builder with every setting at its default ({@code maxRetries} 0). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from all settings of {@code base} (its {@code maxRetries} included); the write
     * settings come from {@code base} when it is a {@code WritePolicy}, else they are the defaults.
     */
    public static Builder builder(Policy base) {
        Builder b = new Builder();
        b.copyFrom(base);
        if (base instanceof WritePolicy) {
            b.copyWrite((WritePolicy) base);
        }
        return b;
    }

    @Override
    public Builder toBuilder() {
        return builder(this);
    }

    /** What happens when the record exists or not (spec {@code POLICY_EXISTS_*}). Default: {@link RecordExistsAction#UPDATE}. */
    public RecordExistsAction recordExistsAction() {
        return recordExistsAction;
    }

    /** Generation check (spec {@code POLICY_GEN_*}). Default: {@link GenerationPolicy#NONE}. */
    public GenerationPolicy generationPolicy() {
        return generationPolicy;
    }

    /**
     * The generation compared by {@link #generationPolicy()}; a mismatch makes the server answer 3
     * (GENERATION_ERROR). Ignored with {@link GenerationPolicy#NONE}. Default: 0.
     */
    public int generation() {
        return generation;
    }

    /**
     * Record TTL in seconds set by the write: 0 = the namespace/set default-ttl, -1 = never expire,
     * -2 = keep the current TTL (a new record gets the default), 1..315360000 = seconds. The server answers
     * 4 for larger values and 22 (FAIL_FORBIDDEN) for an expiring TTL when the namespace has no nsup.
     * Default: 0.
     */
    public int expiration() {
        return expiration;
    }

    /** Replicas that must commit before success (spec {@code POLICY_COMMIT_LEVEL_*}). Default: {@link CommitLevel#COMMIT_ALL}. */
    public CommitLevel commitLevel() {
        return commitLevel;
    }

    /**
     * Whether a delete leaves a tombstone so that the record cannot come back after a node restart.
     * Default: false. Enterprise only: a Community server answers 25 (ENTERPRISE_ONLY) to a delete, and to a write
     * or operate that removes the record's last bin; other writes ignore the flag.
     */
    public boolean durableDelete() {
        return durableDelete;
    }

    /**
     * Whether an operate command returns a result for every operation, including writes (in op order).
     * Default: false (the client also turns it on for map, bit, HLL and expression operations).
     */
    public boolean respondAllOps() {
        return respondAllOps;
    }

    /** Whether the write is marked as coming from XDR (cross-datacenter replication). Default: false. */
    public boolean xdr() {
        return xdr;
    }

    /**
     * In a transaction: the write must be able to lock the record, and fails with MRT_ALREADY_LOCKED (126) when
     * the transaction already holds it (for writes that must not be applied twice when retried). Default: false.
     */
    public boolean onLockingOnly() {
        return onLockingOnly;
    }

    @Override
    public boolean equals(Object o) {
        if (!super.equals(o)) {
            return false;
        }
        WritePolicy p = (WritePolicy) o;
        return recordExistsAction == p.recordExistsAction && generationPolicy == p.generationPolicy
            && generation == p.generation && expiration == p.expiration && commitLevel == p.commitLevel
            && durableDelete == p.durableDelete && respondAllOps == p.respondAllOps && xdr == p.xdr
            && onLockingOnly == p.onLockingOnly;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Objects.hash(recordExistsAction, generationPolicy, generation, expiration,
            commitLevel, durableDelete, respondAllOps, xdr, onLockingOnly);
    }

    @Override
    protected String fieldsToString() {
        return super.fieldsToString() + ", recordExistsAction=" + recordExistsAction + ", generationPolicy="
            + generationPolicy + ", generation=" + generation + ", expiration=" + expiration + ", commitLevel="
            + commitLevel + ", durableDelete=" + durableDelete + ", respondAllOps=" + respondAllOps + ", xdr=" + xdr
            + ", onLockingOnly=" + onLockingOnly;
    }

    /** Builds {@link WritePolicy} instances; setters validate immediately. Not thread-safe. */
    public static final class Builder extends Policy.Builder {
        RecordExistsAction recordExistsAction = RecordExistsAction.UPDATE;
        GenerationPolicy generationPolicy = GenerationPolicy.NONE;
        int generation = 0;
        int expiration = 0;
        CommitLevel commitLevel = CommitLevel.COMMIT_ALL;
        boolean durableDelete = false;
        boolean respondAllOps = false;
        boolean xdr = false;
        boolean onLockingOnly = false;

        Builder() {
            maxRetries = 0;
        }

        void copyWrite(WritePolicy p) {
            recordExistsAction = p.recordExistsAction;
            generationPolicy = p.generationPolicy;
            generation = p.generation;
            expiration = p.expiration;
            commitLevel = p.commitLevel;
            durableDelete = p.durableDelete;
            respondAllOps = p.respondAllOps;
            xdr = p.xdr;
            onLockingOnly = p.onLockingOnly;
        }

        /** See {@link WritePolicy#recordExistsAction()}; not null. */
        public Builder recordExistsAction(RecordExistsAction action) {
            this.recordExistsAction = nonNull(action, "recordExistsAction");
            return this;
        }

        /** See {@link WritePolicy#generationPolicy()}; not null. */
        public Builder generationPolicy(GenerationPolicy policy) {
            this.generationPolicy = nonNull(policy, "generationPolicy");
            return this;
        }

        /** See {@link WritePolicy#generation()}; must be ≥ 0. */
        public Builder generation(int generation) {
            this.generation = nonNegative(generation, "generation");
            return this;
        }

        /** See {@link WritePolicy#expiration()}; must be ≥ -2. */
        public Builder expiration(int seconds) {
            if (seconds < -2) {
                throw new IllegalArgumentException("expiration must be -2 (keep TTL), -1 (never expire), 0 (namespace default)"
                    + " or a positive number of seconds, got " + seconds);
            }
            this.expiration = seconds;
            return this;
        }

        /** See {@link WritePolicy#commitLevel()}; not null. */
        public Builder commitLevel(CommitLevel level) {
            this.commitLevel = nonNull(level, "commitLevel");
            return this;
        }

        /** See {@link WritePolicy#durableDelete()}. */
        public Builder durableDelete(boolean durableDelete) {
            this.durableDelete = durableDelete;
            return this;
        }

        /** See {@link WritePolicy#respondAllOps()}. */
        public Builder respondAllOps(boolean respondAllOps) {
            this.respondAllOps = respondAllOps;
            return this;
        }

        /** See {@link WritePolicy#xdr()}. */
        public Builder xdr(boolean xdr) {
            this.xdr = xdr;
            return this;
        }

        /** See {@link WritePolicy#onLockingOnly()}. */
        public Builder onLockingOnly(boolean onLockingOnly) {
            this.onLockingOnly = onLockingOnly;
            return this;
        }

        @Override
        public Builder socketTimeout(int ms) {
            super.socketTimeout(ms);
            return this;
        }

        @Override
        public Builder totalTimeout(int ms) {
            super.totalTimeout(ms);
            return this;
        }

        @Override
        public Builder maxRetries(int retries) {
            super.maxRetries(retries);
            return this;
        }

        @Override
        public Builder sleepBetweenRetries(int ms) {
            super.sleepBetweenRetries(ms);
            return this;
        }

        @Override
        public Builder socketTimeout(Duration timeout) {
            super.socketTimeout(timeout);
            return this;
        }

        @Override
        public Builder totalTimeout(Duration timeout) {
            super.totalTimeout(timeout);
            return this;
        }

        @Override
        public Builder sleepBetweenRetries(Duration sleep) {
            super.sleepBetweenRetries(sleep);
            return this;
        }

        @Override
        public Builder readModeAP(ReadModeAP mode) {
            super.readModeAP(mode);
            return this;
        }

        @Override
        public Builder readModeSC(ReadModeSC mode) {
            super.readModeSC(mode);
            return this;
        }

        @Override
        public Builder replica(Replica replica) {
            super.replica(replica);
            return this;
        }

        @Override
        public Builder sendKey(boolean sendKey) {
            super.sendKey(sendKey);
            return this;
        }

        @Override
        public Builder filterExpression(Expression filter) {
            super.filterExpression(filter);
            return this;
        }

        @Override
        public Builder failOnFilteredOut(boolean fail) {
            super.failOnFilteredOut(fail);
            return this;
        }

        @Override
        public Builder compress(boolean compress) {
            super.compress(compress);
            return this;
        }

        @Override
        public Builder readTouchTtlPercent(int percent) {
            super.readTouchTtlPercent(percent);
            return this;
        }

        @Override
        public Builder txn(Txn txn) {
            super.txn(txn);
            return this;
        }

        @Override
        public Builder serializerMode(SerializerMode mode) {
            super.serializerMode(mode);
            return this;
        }

        @Override
        public WritePolicy build() {
            return new WritePolicy(this);
        }
    }
}
