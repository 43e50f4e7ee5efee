package io.spikesdk.cdt;

import java.util.Objects;

/**
 * How list writes behave: the order given to a list the operation creates, and the write flags.
 * Immutable; {@link #DEFAULT} is UNORDERED with no flags.
 */
public final class ListPolicy {
    /** UNORDERED, {@link ListWriteFlags#DEFAULT}. */
    public static final ListPolicy DEFAULT = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.DEFAULT);

    private final ListOrder order;
    private final ListWriteFlags writeFlags;

    private ListPolicy(ListOrder order, ListWriteFlags writeFlags) {
        this.order = Objects.requireNonNull(order, "order");
        this.writeFlags = Objects.requireNonNull(writeFlags, "writeFlags");
    }

    /** A policy with the given order (used when the list is created) and write flags. */
    public static ListPolicy of(ListOrder order, ListWriteFlags writeFlags) {
        return new ListPolicy(order, writeFlags);
    }

    /** An UNORDERED policy with the given write flags. */
    public static ListPolicy of(ListWriteFlags writeFlags) {
        return new ListPolicy(ListOrder.UNORDERED, writeFlags);
    }

    public ListOrder order() {
        return order;
    }

    public ListWriteFlags writeFlags() {
        return writeFlags;
    }

    /** A copy with another order. */
    public ListPolicy withOrder(ListOrder newOrder) {
        return new ListPolicy(newOrder, writeFlags);
    }

    /** A copy with other write flags. */
    public ListPolicy withWriteFlags(ListWriteFlags newFlags) {
        return new ListPolicy(order, newFlags);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListPolicy p && p.order == order && p.writeFlags.equals(writeFlags);
    }

    @Override
    public int hashCode() {
        return order.hashCode() * 31 + writeFlags.hashCode();
    }

    @Override
    public String toString() {
        return "ListPolicy{" + order + ", " + writeFlags + "}";
    }
}
