package io.spikesdk.testkit;

import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.internal.inspect.ValueText;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

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
 * @param set the set name of a data command, or null
 * @param userKey the user key (Long, String, byte[] or Double) when the client sent it (send-key), else null
 * @param operations the operations of a data command, decoded, in request order; empty for info requests, deletes
 *     and reads of every bin
 */
public record ActivityEntry(long sequence, CommandKind kind, String namespace, byte[] digest, int partitionId,
        int resultCode, String receivedBy, String servedBy, List<String> infoCommands, String set, Object userKey,
        List<RequestOperation> operations) {

    public ActivityEntry {
        digest = digest == null ? null : digest.clone();
        infoCommands = List.copyOf(infoCommands);
        operations = List.copyOf(operations);
    }

    /** An entry without set, user key or operations. */
    public ActivityEntry(long sequence, CommandKind kind, String namespace, byte[] digest, int partitionId,
            int resultCode, String receivedBy, String servedBy, List<String> infoCommands) {
        this(sequence, kind, namespace, digest, partitionId, resultCode, receivedBy, servedBy, infoCommands, null,
                null, List.of());
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

    /** The names of the bins the operations name, in request order, without repeats. */
    public List<String> binNames() {
        return operations.stream().map(RequestOperation::bin).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * One readable line: {@code #12 WRITE test/orders key="o-1" digest 5e1f... [WRITE status="paid"] -> 0 OK at
     * BB9...}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append('#').append(sequence).append(' ').append(kind);
        if (namespace != null) {
            sb.append(' ').append(namespace).append(set == null ? "" : "/" + set);
        }
        if (userKey != null) {
            sb.append(" key=").append(ValueText.of(userKey));
        }
        if (digest != null) {
            sb.append(" digest ").append(digestHex()).append(" (partition ").append(partitionId).append(')');
        }
        if (!operations.isEmpty()) {
            sb.append(' ').append(operations);
        }
        if (kind == CommandKind.INFO) {
            sb.append(' ').append(infoCommands);
        } else {
            sb.append(" -> ").append(resultCode).append(' ').append(resultName(resultCode));
        }
        return sb.append(" at ").append(receivedBy).append(proxied() ? " served by " + servedBy : "").toString();
    }

    private static String resultName(int code) {
        ResultCode rc = ResultCode.fromCode(code);
        return rc == null ? "" : rc.name();
    }
}
