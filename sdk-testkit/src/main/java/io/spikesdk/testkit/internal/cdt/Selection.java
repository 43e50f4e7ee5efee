package io.spikesdk.testkit.internal.cdt;

import java.util.function.Supplier;

/**
 * The elements an op selected, as positions (list index or map key-order index), with everything the result
 * builder needs: emission order for values/keys, the order of INDEX output, lazily computed RANK output and the
 * {@code [start, count]} pair for *_RANGE return types.
 */
final class Selection {
    private static final long[] NO_RANKS = new long[0];

    final boolean single;
    final boolean found;
    final int[] emit;
    int[] indexOrder;
    Supplier<long[]> ranks = () -> NO_RANKS;
    long rangeStart;
    long rangeCount;

    private Selection(boolean single, boolean found, int[] emit) {
        this.single = single;
        this.found = found;
        this.emit = emit;
        this.indexOrder = emit;
        this.rangeCount = emit.length;
    }

    /** A single selected element at {@code pos} with the given rank; *_RANGE gives {@code [rangeStart, 1]}. */
    static Selection one(int pos, long rank, long rangeStart) {
        Selection s = new Selection(true, true, new int[] {pos});
        s.ranks = () -> new long[] {rank};
        s.rangeStart = rangeStart;
        return s;
    }

    /** A single-element op that found nothing; *_RANGE gives {@code [rangeStart, 0]}. */
    static Selection none(long rangeStart) {
        Selection s = new Selection(true, false, new int[0]);
        s.rangeStart = rangeStart;
        return s;
    }

    /** A multi-element selection emitted in the given order. */
    static Selection many(int[] emit) {
        return new Selection(false, true, emit);
    }

    Selection withIndexOrder(int[] order) {
        this.indexOrder = order;
        return this;
    }

    Selection withRanks(Supplier<long[]> rankSupplier) {
        this.ranks = rankSupplier;
        return this;
    }

    Selection withRange(long start) {
        this.rangeStart = start;
        return this;
    }
}
