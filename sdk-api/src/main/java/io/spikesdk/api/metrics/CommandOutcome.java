package io.spikesdk.api.metrics;

import io.spikesdk.api.Host;

/**
 * How one command ended, as {@link MetricsListener#commandCompleted} sees it. A view on the client's reused
 * command state: valid only during that call, so copy what you keep.
 *
 * <p>A command is one request to one node with its retries: a single-record command, or one node's share of a
 * batch, scan or query.
 */
public interface CommandOutcome {

    CommandType type();

    /** The namespace, or {@code null} when the command has none (info) or spans several (a mixed batch). */
    String namespace();

    /** The set, or {@code null} when none or several. */
    String setName();

    /** The node of the last attempt, or {@code null} when no attempt reached a node. */
    String nodeName();

    /** The address of the node of the last attempt, or {@code null} when no attempt reached a node. */
    Host nodeHost();

    /** From the start of the command to its end, retries and waits included. */
    long latencyNanos();

    /**
     * The result code: the server's code of the reply that ended the command ({@code 0} OK, {@code 2} not
     * found, ...), or the code of the exception that ended it (negative for client-side codes).
     */
    int resultCode();

    /** Whether the command ended with an exception (a not-found get that returns {@code null} did not). */
    boolean failed();

    /** Attempts made, the first included: {@code attempts() - 1} retries. */
    int attempts();

    /** Whether the command ended on a timeout (client-side, or the server's TIMEOUT code). */
    boolean timedOut();

    /** Whether a write may have been applied although the command failed. */
    boolean inDoubt();

    /** Bytes written to the node, over all attempts (compressed size when compressed). */
    long bytesSent();

    /** Bytes of the reply frames read from the node, over all attempts. */
    long bytesReceived();

    /**
     * What {@link MetricsListener#callStarted} returned for the batch, scan or query this command is a node's share
     * of, or {@code null} (a single-record command, or a listener that does not track calls).
     */
    default Object parentCall() {
        return null;
    }
}
