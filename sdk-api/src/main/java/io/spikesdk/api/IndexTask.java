package io.spikesdk.api;

/** The build of a secondary index created by {@link AerospikeClient#createIndex}: done when every node built it. */
public interface IndexTask {

    /** Whether every node has loaded the index (load_pct=100); asks the nodes. */
    boolean isDone();

    /**
     * Waits until {@link #isDone()}, asking the nodes every {@code 100} ms.
     *
     * @throws CommandTimeoutException when the index is not built within the read policy's total timeout
     *     multiplied by 30 (at least 30 s)
     * @throws AerospikeException when a node answers an error
     */
    void waitTillComplete();
}
