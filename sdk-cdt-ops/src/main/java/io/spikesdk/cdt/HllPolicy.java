package io.spikesdk.cdt;

import java.util.Objects;

/**
 * How HyperLogLog writes behave: their {@link HllWriteFlags}. Immutable; {@link #DEFAULT} has no flags.
 */
public final class HllPolicy {
    /** {@link HllWriteFlags#DEFAULT}. */
    public static final HllPolicy DEFAULT = new HllPolicy(HllWriteFlags.DEFAULT);

    private final HllWriteFlags writeFlags;

    private HllPolicy(HllWriteFlags writeFlags) {
        this.writeFlags = Objects.requireNonNull(writeFlags, "writeFlags");
    }

    /** A policy with the given write flags. */
    public static HllPolicy of(HllWriteFlags writeFlags) {
        return writeFlags.equals(HllWriteFlags.DEFAULT) ? DEFAULT : new HllPolicy(writeFlags);
    }

    public HllWriteFlags writeFlags() {
        return writeFlags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HllPolicy p && p.writeFlags.equals(writeFlags);
    }

    @Override
    public int hashCode() {
        return writeFlags.hashCode();
    }

    @Override
    public String toString() {
        return "HllPolicy{" + writeFlags + "}";
    }
}
