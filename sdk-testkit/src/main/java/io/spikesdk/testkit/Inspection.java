package io.spikesdk.testkit;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Helpers of the inspection methods of {@link EmbeddedAerospike} and {@link EmbeddedCluster}. */
final class Inspection {
    private static final long POLL_MILLIS = 10;

    private Inspection() {
    }

    /** The last {@code n} entries, oldest first. */
    static List<ActivityEntry> last(List<ActivityEntry> all, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    /** One line per entry. */
    static String describe(List<ActivityEntry> entries) {
        return entries.stream().map(ActivityEntry::toString).collect(Collectors.joining(System.lineSeparator()));
    }

    /** Polls {@code open} until it is empty or {@code grace} has passed; returns its last value. */
    static List<String> awaitEmpty(Supplier<List<String>> open, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        List<String> now = open.get();
        while (!now.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return open.get();
            }
            now = open.get();
        }
        return now;
    }
}
