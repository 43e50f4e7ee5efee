package io.spikesdk.benchmarks.load;

import java.util.Locale;

/** The client a run drives: this SDK or the official Aerospike Java client. */
public enum ClientKind {
    SPIKE("spike"),
    OFFICIAL("official");

    private final String label;

    ClientKind(String label) {
        this.label = label;
    }

    /** {@code spike} or {@code official}. */
    public String label() {
        return label;
    }

    /** Parses {@code spike} or {@code official} (any case). */
    public static ClientKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ClientKind kind : values()) {
            if (kind.label.equals(t)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown client '" + text + "' (use spike or official)");
    }

    /** Opens a connected client of this kind. */
    public BenchClient open(ClientSettings settings) {
        return this == SPIKE ? new SpikeBenchClient(settings) : new OfficialBenchClient(settings);
    }

    /**
     * Opens a connected asynchronous client of this kind: {@code eventLoops} loops, {@code inFlight} commands;
     * {@code autoBatch}: this SDK's auto-batching (the official client has none).
     */
    public AsyncBenchClient openAsync(ClientSettings settings, int eventLoops, int inFlight, boolean autoBatch) {
        return this == SPIKE ? new SpikeAsyncBenchClient(settings, eventLoops, inFlight, autoBatch)
                : new OfficialAsyncBenchClient(settings, eventLoops, inFlight);
    }
}
