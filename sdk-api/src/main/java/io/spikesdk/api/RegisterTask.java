package io.spikesdk.api;

/**
 * The registration of a UDF module ({@link AerospikeClient#registerUdf}): the node it was sent to distributes it to
 * the others; the task is done when every node lists the module.
 */
public interface RegisterTask {

    /** The module's server path, as registered. */
    String serverPath();

    /** Whether every active node lists the module ({@code udf-list}); asks the nodes. */
    boolean isDone();

    /**
     * Waits until {@link #isDone()}, asking the nodes every 100 ms.
     *
     * @throws CommandTimeoutException when a node still lacks the module after 30 s or 30 times the read policy's
     *     total timeout, whichever is longer
     */
    void waitTillComplete();
}
