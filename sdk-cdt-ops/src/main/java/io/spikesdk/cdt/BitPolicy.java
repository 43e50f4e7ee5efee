package io.spikesdk.cdt;

import java.util.Objects;

/** How bit modify operations write: their {@link BitWriteFlags}. Immutable. */
public final class BitPolicy {
    /** {@link BitWriteFlags#DEFAULT}. */
    public static final BitPolicy DEFAULT = new BitPolicy(BitWriteFlags.DEFAULT);

    private final BitWriteFlags writeFlags;

    private BitPolicy(BitWriteFlags writeFlags) {
        this.writeFlags = Objects.requireNonNull(writeFlags, "writeFlags");
    }

    /** A policy with the given write flags. */
    public static BitPolicy of(BitWriteFlags writeFlags) {
        return new BitPolicy(writeFlags);
    }

    public BitWriteFlags writeFlags() {
        return writeFlags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitPolicy p && p.writeFlags.equals(writeFlags);
    }

    @Override
    public int hashCode() {
        return writeFlags.hashCode();
    }

    @Override
    public String toString() {
        return "BitPolicy{" + writeFlags + "}";
    }
}
