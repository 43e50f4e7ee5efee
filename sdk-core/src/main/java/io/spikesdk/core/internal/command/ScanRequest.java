package io.spikesdk.core.internal.command;

import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * One node's share of a scan round, encoded as the official client's partition scan (docs/wire-protocol.md):
 * READ (+ NOBINDATA) with INFO3_PARTITION_DONE, transaction_ttl = the round's total timeout; fields namespace, set,
 * PID_ARRAY (the partitions read from the start, 2-byte little-endian ids), DIGEST_ARRAY (the last digest of each
 * resumed partition), MAX_RECORDS, RECORDS_PER_SECOND, FILTER_EXP, SOCKET_TIMEOUT, QUERY_ID; a READ op per bin.
 *
 * <p>Always sent to its node: a failure is not retried by the command but by the next round of the
 * {@link PartitionTracker}, partition by partition.
 */
final class ScanRequest implements CommandRequest {
    private final ScanPolicy policy;
    private final Policy attemptPolicy;
    private final String namespace;
    private final String set;
    private final String[] binNames;
    private final long taskId;
    private final int totalTimeout;
    private final PartitionTracker.NodeShare share;

    /**
     * @param attemptPolicy the policy the command runs with: the scan's, without retries
     * @param totalTimeout the total timeout this round's request carries
     */
    ScanRequest(ScanPolicy policy, Policy attemptPolicy, String namespace, String set, String[] binNames,
                long taskId, int totalTimeout, PartitionTracker.NodeShare share) {
        this.policy = policy;
        this.attemptPolicy = attemptPolicy;
        this.namespace = namespace;
        this.set = set;
        this.binNames = binNames;
        this.taskId = taskId;
        this.totalTimeout = totalTimeout;
        this.share = share;
    }

    @Override
    public Policy policy() {
        return attemptPolicy;
    }

    @Override
    public boolean isWrite() {
        return false;
    }

    @Override
    public Node node(Cluster cluster, int sequence) {
        return share.node;
    }

    @Override
    public CommandType commandType() {
        return CommandType.SCAN;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public String setName() {
        return set;
    }

    @Override
    public String subject() {
        return "scan of " + share.parts.size() + " partition(s) of " + namespace + " on node " + share.node.name();
    }

    @Override
    public int frameSize() {
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(namespace);
        if (set != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(set);
        }
        size += share.partitionFieldsSize();
        if (share.recordMax > 0) {
            size += FieldType.HEADER_SIZE + 8;
        }
        if (policy.recordsPerSecond() > 0) {
            size += FieldType.HEADER_SIZE + 4;
        }
        Expression filter = policy.filterExpression();
        if (filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
        }
        size += FieldType.HEADER_SIZE + 4 + FieldType.HEADER_SIZE + 8;
        return size + Request.readOpsSize(binNames);
    }

    @Override
    public int writeTo(byte[] buf) {
        Expression filter = policy.filterExpression();
        int fields = 3 + (set != null ? 1 : 0) + (share.fullCount > 0 ? 1 : 0) + (share.partialCount() > 0 ? 1 : 0)
            + (share.recordMax > 0 ? 1 : 0) + (policy.recordsPerSecond() > 0 ? 1 : 0) + (filter != null ? 1 : 0);
        int info1 = MsgFlags.INFO1_READ | (policy.includeBinData() ? 0 : MsgFlags.INFO1_NOBINDATA)
            | Requests.apAll(policy) | (policy.compress() ? MsgFlags.INFO1_COMPRESS_RESPONSE : 0);
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) info1;
        buf[10] = 0;
        buf[11] = (byte) (MsgFlags.INFO3_PARTITION_DONE | Requests.scBits(policy));
        for (int i = 12; i < 18; i++) {
            buf[i] = 0;
        }
        Bytes.putInt(buf, 18, policy.readTouchTtlPercent());
        Bytes.putInt(buf, 22, totalTimeout);
        Bytes.putShort(buf, 26, fields);
        Bytes.putShort(buf, 28, binNames == null ? 0 : binNames.length);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = Request.stringField(buf, off, FieldType.NAMESPACE, namespace);
        if (set != null) {
            off = Request.stringField(buf, off, FieldType.SET, set);
        }
        off = share.writePids(buf, off);
        off = share.writeDigests(buf, off);
        if (share.recordMax > 0) {
            off = Request.fieldHeader(buf, off, 8, FieldType.MAX_RECORDS);
            Bytes.putLong(buf, off, share.recordMax);
            off += 8;
        }
        if (policy.recordsPerSecond() > 0) {
            off = Request.fieldHeader(buf, off, 4, FieldType.RECORDS_PER_SECOND);
            Bytes.putInt(buf, off, policy.recordsPerSecond());
            off += 4;
        }
        if (filter != null) {
            off = Request.fieldHeader(buf, off, filter.size(), FieldType.FILTER_EXP);
            filter.copyTo(buf, off);
            off += filter.size();
        }
        // the server's idle timeout per node: the policy's socket timeout as given, as the official client sends it
        off = Request.fieldHeader(buf, off, 4, FieldType.SOCKET_TIMEOUT);
        Bytes.putInt(buf, off, policy.socketTimeout());
        off += 4;
        off = Request.fieldHeader(buf, off, 8, FieldType.QUERY_ID);
        Bytes.putLong(buf, off, taskId);
        off += 8;
        off = Request.writeReadOps(buf, off, binNames);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    /** Never: as the official client, a scan asks for compressed replies (compress) but sends its request plain. */
    @Override
    public byte[] compressed(byte[] frame, int length) {
        return null;
    }
}
