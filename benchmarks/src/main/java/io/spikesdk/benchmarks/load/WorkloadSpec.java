package io.spikesdk.benchmarks.load;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What each transaction does: {@code I} inserts (writes every key of the range in turn), {@code RU,p}
 * reads with probability p % and otherwise updates a random key of the range.
 *
 * @param insertOnly true for {@code I}
 * @param readPercent 0..100, the share of reads for {@code RU}
 */
public record WorkloadSpec(boolean insertOnly, int readPercent) {

    public WorkloadSpec {
        if (readPercent < 0 || readPercent > 100) {
            throw new IllegalArgumentException("read percent must be 0..100: " + readPercent);
        }
        if (insertOnly && readPercent != 0) {
            throw new IllegalArgumentException("insert workload has no reads");
        }
    }

    /** Parses {@code I} or {@code RU,50} ({@code RU} alone means 50 % reads). */
    public static WorkloadSpec parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("I")) {
            return new WorkloadSpec(true, 0);
        }
        if (t.equals("RU")) {
            return new WorkloadSpec(false, 50);
        }
        if (t.startsWith("RU,")) {
            try {
                return new WorkloadSpec(false, Integer.parseInt(t.substring(3).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("workload '" + text + "': read percent is not a number", e);
            }
        }
        throw new IllegalArgumentException("unknown workload '" + text + "' (use I or RU,<read %>)");
    }

    /** Whether the next transaction is a read. */
    public boolean nextIsRead(SplittableRandom random) {
        return !insertOnly && random.nextInt(100) < readPercent;
    }

    @Override
    public String toString() {
        return insertOnly ? "I" : "RU," + readPercent;
    }
}
