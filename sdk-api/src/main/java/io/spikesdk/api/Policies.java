package io.spikesdk.api;

import java.util.Objects;

/**
 * The default policies of a client, used when a call passes a {@code null} policy or none.
 * Immutable; build with {@link #builder()}.
 */
public final class Policies {

    /** {@link Policy#DEFAULT} for reads and {@link WritePolicy#DEFAULT} for writes. */
    public static final Policies DEFAULT = builder().build();

    private final Policy read;
    private final WritePolicy write;

    private Policies(Builder b) {
        this.read = b.read;
        this.write = b.write;
    }

    /** A builder starting from {@link #DEFAULT}'s policies. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these policies. */
    public Builder toBuilder() {
        return new Builder().read(read).write(write);
    }

    /** The default policy of reads (get, getHeader, exists). Default: {@link Policy#DEFAULT}. */
    public Policy read() {
        return read;
    }

    /** The default policy of writes, deletes, touches and operate. Default: {@link WritePolicy#DEFAULT}. */
    public WritePolicy write() {
        return write;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policies && ((Policies) o).read.equals(read) && ((Policies) o).write.equals(write);
    }

    @Override
    public int hashCode() {
        return Objects.hash(read, write);
    }

    @Override
    public String toString() {
        return "Policies[read=" + read + ", write=" + write + "]";
    }

    /** Builds {@link Policies}. Not thread-safe. */
    public static final class Builder {
        private Policy read = Policy.DEFAULT;
        private WritePolicy write = WritePolicy.DEFAULT;

        private Builder() {
        }

        /** The read default; not null. */
        public Builder read(Policy read) {
            this.read = Policy.Builder.nonNull(read, "read policy");
            return this;
        }

        /** The write default; not null. */
        public Builder write(WritePolicy write) {
            this.write = Policy.Builder.nonNull(write, "write policy");
            return this;
        }

        /** The policies. */
        public Policies build() {
            return new Policies(this);
        }
    }
}
