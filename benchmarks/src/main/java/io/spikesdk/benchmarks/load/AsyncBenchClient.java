package io.spikesdk.benchmarks.load;

/**
 * The asynchronous counterpart of {@link BenchClient}: the same calls, each completing through a callback on
 * the client's event loop. A workload lane gets one {@link Issuer} and issues its commands through it, one at a
 * time, so that an adapter can allocate its callback object once per lane instead of once per command.
 */
public interface AsyncBenchClient extends AutoCloseable {

    /** Told when a command of a lane ends; runs on an event loop of the client and must not block. */
    interface Completion {
        /** The command ended: {@code failure} is null on success (a read that found no record included). */
        void completed(Throwable failure);
    }

    /** Issues the commands of one lane; each call completes {@link Completion#completed} once, later or at once. */
    interface Issuer {
        /** Writes one value per bin (bin names from the settings) to key {@code key}. */
        void put(long key, Object[] values);

        /** Reads all bins of key {@code key}. */
        void get(long key);

        /** Reads all bins of each key in one batch call (the array may be reused once this returns). */
        void batchGet(long[] keys);
    }

    /** Which client this is. */
    ClientKind kind();

    /**
     * An issuer for lane {@code lane} of {@code lanes}, completing to {@code completion}. The official client pins
     * a lane to event loop {@code lane % loops}; this SDK's client keeps a command chained from a completion on the
     * loop it completed on.
     */
    Issuer issuer(int lane, int lanes, Completion completion);

    /** Whether {@code failure}, given to a completion, is a timeout (client or server side). */
    boolean isTimeout(Throwable failure);

    /**
     * Name prefixes of the threads that run the client's asynchronous work (its event loops and timers): their
     * CPU time and allocation are the client's cost per operation.
     */
    String[] threadNamePrefixes();

    /** Closes the client. */
    @Override
    void close();
}
