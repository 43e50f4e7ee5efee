package io.spikesdk.benchmarks.load;

/**
 * The few calls the workload makes, implemented once per client so that one code path drives both.
 * Implementations are thread-safe and connected when constructed.
 */
public interface BenchClient extends AutoCloseable {

    /** Which client this is. */
    ClientKind kind();

    /** Writes one value per bin (bin names from the settings) to key {@code key}. */
    void put(long key, Object[] values);

    /** Reads all bins of key {@code key}; true when the record exists. */
    boolean get(long key);

    /** Reads all bins of each key in one batch call; returns how many records exist. */
    int batchGet(long[] keys);

    /** Whether {@code e}, thrown by {@link #put} or {@link #get}, is a timeout (client or server side). */
    boolean isTimeout(RuntimeException e);

    /** Closes the client. */
    @Override
    void close();
}
