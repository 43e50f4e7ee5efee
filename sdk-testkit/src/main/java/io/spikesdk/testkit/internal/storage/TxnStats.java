package io.spikesdk.testkit.internal.storage;

import java.util.concurrent.atomic.AtomicLong;

/** A namespace's transaction counters, as the {@code namespace/<ns>} statistics name them. */
public final class TxnStats {
    private final AtomicLong rollForwards = new AtomicLong();
    private final AtomicLong rollBacks = new AtomicLong();
    private final AtomicLong verifyReadFailures = new AtomicLong();
    private final AtomicLong blocked = new AtomicLong();
    private final AtomicLong versionMismatches = new AtomicLong();
    private final AtomicLong monitorRollForwards = new AtomicLong();
    private final AtomicLong monitorRollBacks = new AtomicLong();

    /** A provisional record applied by a client's roll-forward (mrt_roll_forward_success). */
    public void rolledForward() {
        rollForwards.incrementAndGet();
    }

    /** A provisional record dropped by a client's roll-back (mrt_roll_back_success). */
    public void rolledBack() {
        rollBacks.incrementAndGet();
    }

    /** A verify-read that found another version (mrt_verify_read_error). */
    public void verifyFailed() {
        verifyReadFailures.incrementAndGet();
    }

    /** A command refused because another transaction holds the record (fail_mrt_blocked). */
    public void blocked() {
        blocked.incrementAndGet();
    }

    /**
     * A transaction's write refused because the record changed since the transaction read it
     * (fail_mrt_version_mismatch).
     */
    public void versionMismatch() {
        versionMismatches.incrementAndGet();
    }

    /** A transaction the server itself completed after its client abandoned it (mrt_monitor_roll_forward_success). */
    public void monitorRolledForward() {
        monitorRollForwards.incrementAndGet();
    }

    /** A transaction the server rolled back because its deadline passed (mrt_monitor_roll_back_success). */
    public void monitorRolledBack() {
        monitorRollBacks.incrementAndGet();
    }

    public long rollForwards() {
        return rollForwards.get();
    }

    public long rollBacks() {
        return rollBacks.get();
    }

    public long verifyReadFailures() {
        return verifyReadFailures.get();
    }

    public long blockedCount() {
        return blocked.get();
    }

    public long versionMismatchCount() {
        return versionMismatches.get();
    }

    public long monitorRollForwards() {
        return monitorRollForwards.get();
    }

    public long monitorRollBacks() {
        return monitorRollBacks.get();
    }

    void clear() {
        rollForwards.set(0);
        rollBacks.set(0);
        verifyReadFailures.set(0);
        blocked.set(0);
        versionMismatches.set(0);
        monitorRollForwards.set(0);
        monitorRollBacks.set(0);
    }
}
