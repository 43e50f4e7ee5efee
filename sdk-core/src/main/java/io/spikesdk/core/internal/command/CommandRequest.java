package io.spikesdk.core.internal.command;

import io.spikesdk.api.Policy;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;

/**
 * What a {@link Command} needs of the request it runs: where each attempt goes and the bytes to send. A
 * single-record {@link Request} routes by its key; a {@link BatchRequest} targets one node's share of a batch.
 */
public interface CommandRequest {

    Policy policy();

    /** Whether the command may change records (drives in-doubt reporting and replica choice). */
    boolean isWrite();

    /**
     * The node of attempt {@code sequence} (counted from the command's first sequence).
     *
     * @throws io.spikesdk.api.AerospikeException INVALID_NODE_ERROR when no active node can take the attempt (it
     *     is retried), any other code when the request cannot be routed at all
     */
    Node node(Cluster cluster, int sequence);

    /** Size of the uncompressed frame. */
    int frameSize();

    /** Writes the whole frame at offset 0 ({@code buf} holds at least {@link #frameSize()} bytes); returns its length. */
    int writeTo(byte[] buf);

    /** The frame compressed (proto type 4) when the policy asks and it pays off; else {@code null}. */
    byte[] compressed(byte[] frame, int length);

    /** What the command does, for metrics. */
    CommandType commandType();

    /** The namespace the request concerns, or null (for metrics and traces). */
    String namespace();

    /** The set the request concerns, or null (for metrics and traces). */
    String setName();

    /** What the request is about, for log lines (a key, a node's batch). */
    String subject();

    /** The command failed in doubt: a write in a transaction records its key for the roll (nothing otherwise). */
    default void inDoubt() {
    }
}
