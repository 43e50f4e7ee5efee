package io.spikesdk.benchmarks.load;

import org.HdrHistogram.Histogram;

/** Latency histograms in nanoseconds (3 significant digits, auto-resizing). */
public final class Histograms {
    /** Significant decimal digits kept by every latency histogram. */
    public static final int DIGITS = 3;

    private Histograms() {
    }

    /** An empty latency histogram. */
    public static Histogram create() {
        Histogram h = new Histogram(DIGITS);
        h.setAutoResize(true);
        return h;
    }

    /** A new histogram holding every value of {@code parts} (per-thread histograms, rounds, ...). */
    public static Histogram merge(Iterable<? extends Histogram> parts) {
        Histogram merged = create();
        for (Histogram part : parts) {
            merged.add(part);
        }
        return merged;
    }

    /** The value at {@code percentile} (0..100) in microseconds; 0 for an empty histogram. */
    public static double percentileMicros(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
