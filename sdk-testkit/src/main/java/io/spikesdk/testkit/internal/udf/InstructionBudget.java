package io.spikesdk.testkit.internal.udf;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * Stops a UDF that runs past its deadline, as the real server's instruction-count hook does: LuaJ calls
 * {@link #onInstruction} for every VM instruction once this library is loaded into the state (the {@code debug}
 * table itself is then removed, as the sandbox gives UDFs no debug library). Once the deadline has passed, every
 * further instruction fails, so a {@code pcall} in the UDF cannot keep it running. Confined to one thread at a time.
 */
final class InstructionBudget extends DebugLib {
    static final String TIMEOUT_MESSAGE = "UDF Execution Timeout";
    private static final int CHECK_EVERY = 1024;

    private long deadlineNanos;
    private int count;
    private boolean expired;

    InstructionBudget(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void onInstruction(int pc, Varargs v, int top) {
        if (expired || (++count % CHECK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0)) {
            expired = true;
            throw new LuaError(TIMEOUT_MESSAGE);
        }
    }

    /** Starts a new call's budget (states are reused from call to call). */
    void restart(long deadline) {
        deadlineNanos = deadline;
        expired = false;
        count = 0;
    }

    boolean expired() {
        return expired;
    }
}
