package io.spikesdk.testkit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One request a node received from a client, as its activity log records it.
 *
 * <p>A data command sent to a node that does not own the record's partition is proxied to the
 * owner: the entry is then logged by the node that received it, with {@link #servedBy()} naming the
 * owner that executed it ({@link #proxied()} is true).
 *
 * @param sequence JVM-wide increasing number, ordering entries across the nodes of a cluster
 * @param kind the kind of request
 * @param namespace the namespace, or null for info requests and messages without one
 * @param digest the record digest (20 bytes), or null when the request names no record; compare
 *     with {@link #hasDigest(byte[])}
 * @param partitionId the record's partition id, or -1 when the request names no record
 * @param resultCode the result code answered (0 for info requests)
 * @param receivedBy node id of the node the client sent the request to
 * @param servedBy node id of the node that executed it
 * @param infoCommands for info requests, the command lines in request order; otherwise empty
 */
public record ActivityEntry(long sequence, CommandKind kind, String namespace, byte[] digest, int partitionId,
        int resultCode, String receivedBy, String servedBy, List<String> infoCommands) {

    public ActivityEntry {
        digest = digest == null ? null : digest.clone();
        infoCommands = List.copyOf(infoCommands);
    }

    /** A copy of the digest, or null. */
    @Override
    public byte[] digest() {
        return digest == null ? null : digest.clone();
    }

    /** Whether the request was executed by another node than the one that received it. */
    public boolean proxied() {
        return !receivedBy.equals(servedBy);
    }

    /** Whether this entry is about the record with this digest. */
    public boolean hasDigest(byte[] other) {
        return digest != null && Arrays.equals(digest, other);
    }

    /** The digest as lowercase hex, or null. */
    public String digestHex() {
        return digest == null ? null : HexFormat.of().formatHex(digest);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + kind + (namespace == null ? "" : " " + namespace)
                + (digest == null ? "" : " " + digestHex() + " (partition " + partitionId + ")")
                + (kind == CommandKind.INFO ? " " + infoCommands : " -> " + resultCode)
                + " at " + receivedBy + (proxied() ? " served by " + servedBy : "");
    }
}
