package io.spikesdk.core.internal.command;

import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.Policy;
import io.spikesdk.api.QueryDuration;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.internal.PartitionCursor;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * One node's share of a query round, encoded as the official client's partition query: READ (+ NOBINDATA,
 * SHORT_QUERY; INFO2_RELAX_AP_LONG_QUERY) with INFO3_PARTITION_DONE; fields namespace, set, RECORDS_PER_SECOND,
 * SOCKET_TIMEOUT, QUERY_ID, then for an index filter INDEX_TYPE (a collection index), INDEX_RANGE (one range: bin,
 * particle type, begin, end), then FILTER_EXP, PID_ARRAY, DIGEST_ARRAY, BVAL_ARRAY (with an index filter, the last
 * index value of each resumed partition), MAX_RECORDS; a READ op per bin. Always sent to its node, as a
 * {@link ScanRequest}.
 */
final class QueryRequest implements CommandRequest {
    private final QueryPolicy policy;
    private final Policy attemptPolicy;
    private final Statement statement;
    private final String[] binNames;
    private final long taskId;
    private final int totalTimeout;
    private final PartitionTracker.NodeShare share;

    QueryRequest(QueryPolicy policy, Policy attemptPolicy, Statement statement, long taskId, int totalTimeout,
                 PartitionTracker.NodeShare share) {
        this.policy = policy;
        this.attemptPolicy = attemptPolicy;
        this.statement = statement;
        this.binNames = statement.binNames();
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
        return CommandType.QUERY;
    }

    @Override
    public String namespace() {
        return statement.namespace();
    }

    @Override
    public String setName() {
        return statement.set();
    }

    @Override
    public String subject() {
        return "query of " + share.parts.size() + " partition(s) of " + statement.namespace() + " on node "
            + share.node.name();
    }

    private int partialCount() {
        return share.partialCount();
    }

    static int rangeSize(Filter f) {
        return 1 + 1 + Utf8.encodedLength(f.bin()) + 1 + 4 + Particles.size(f.begin()) + 4 + Particles.size(f.end());
    }

    @Override
    public int frameSize() {
        Filter f = statement.filter();
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE + StatementFields.size(statement, policy.recordsPerSecond());
        Expression exp = policy.filterExpression();
        if (exp != null) {
            size += FieldType.HEADER_SIZE + exp.size();
        }
        size += share.partitionFieldsSize();
        if (f != null && partialCount() > 0) {
            size += FieldType.HEADER_SIZE + 8 * partialCount();
        }
        if (share.recordMax > 0) {
            size += FieldType.HEADER_SIZE + 8;
        }
        return size + Request.readOpsSize(binNames);
    }

    @Override
    public int writeTo(byte[] buf) {
        Filter f = statement.filter();
        Expression exp = policy.filterExpression();
        boolean bvals = f != null && partialCount() > 0;
        int fields = StatementFields.count(statement, policy.recordsPerSecond()) + (exp != null ? 1 : 0)
            + (share.fullCount > 0 ? 1 : 0) + (partialCount() > 0 ? 1 : 0) + (bvals ? 1 : 0)
            + (share.recordMax > 0 ? 1 : 0);
        writeReadHeader(buf, policy, fields, binNames, totalTimeout);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = StatementFields.write(buf, off, statement, policy.recordsPerSecond(), policy.socketTimeout(), taskId);
        if (exp != null) {
            off = Request.fieldHeader(buf, off, exp.size(), FieldType.FILTER_EXP);
            exp.copyTo(buf, off);
            off += exp.size();
        }
        off = share.writePids(buf, off);
        off = share.writeDigests(buf, off);
        if (bvals) {
            off = Request.fieldHeader(buf, off, 8 * partialCount(), FieldType.BVAL_ARRAY);
            for (int i = share.fullCount; i < share.parts.size(); i++) {
                PartitionCursor.Partition part = share.parts.get(i);
                long v = part.bval;
                for (int b = 0; b < 8; b++) {
                    buf[off++] = (byte) (v >>> (8 * b));
                }
            }
        }
        if (share.recordMax > 0) {
            off = Request.fieldHeader(buf, off, 8, FieldType.MAX_RECORDS);
            Bytes.putLong(buf, off, share.recordMax);
            off += 8;
        }
        off = Request.writeReadOps(buf, off, binNames);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    /** The message header of a query or an aggregation: a read with the policy's query flags, partition-done asked. */
    static void writeReadHeader(byte[] buf, QueryPolicy policy, int fields, String[] binNames, int totalTimeout) {
        int info1 = MsgFlags.INFO1_READ | (policy.includeBinData() ? 0 : MsgFlags.INFO1_NOBINDATA)
            | (policy.expectedDuration() == QueryDuration.SHORT ? MsgFlags.INFO1_SHORT_QUERY : 0)
            | Requests.apAll(policy) | (policy.compress() ? MsgFlags.INFO1_COMPRESS_RESPONSE : 0);
        int info2 = policy.expectedDuration() == QueryDuration.LONG_RELAX_AP ? MsgFlags.INFO2_RELAX_AP_LONG_QUERY : 0;
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) info1;
        buf[10] = (byte) info2;
        buf[11] = (byte) (MsgFlags.INFO3_PARTITION_DONE | Requests.scBits(policy));
        for (int i = 12; i < 18; i++) {
            buf[i] = 0;
        }
        Bytes.putInt(buf, 18, policy.readTouchTtlPercent());
        Bytes.putInt(buf, 22, totalTimeout);
        Bytes.putShort(buf, 26, fields);
        Bytes.putShort(buf, 28, binNames == null ? 0 : binNames.length);
    }

    /** The number of fields {@link #writeFilter} writes. */
    static int filterFieldCount(Filter f) {
        return 1 + (f.collectionType() != IndexCollectionType.DEFAULT ? 1 : 0) + (f.context() != null ? 1 : 0);
    }

    /** The size of the fields {@link #writeFilter} writes, headers included. */
    static int filterFieldsSize(Filter f) {
        int size = FieldType.HEADER_SIZE + rangeSize(f);
        if (f.collectionType() != IndexCollectionType.DEFAULT) {
            size += FieldType.HEADER_SIZE + 1;
        }
        if (f.context() != null) {
            size += FieldType.HEADER_SIZE + f.context().size();
        }
        return size;
    }

    /**
     * The index filter's fields, in the official client's order: INDEX_TYPE for a collection index, INDEX_RANGE
     * with one range, then INDEX_CONTEXT for a filter inside the bin.
     */
    static int writeFilter(byte[] buf, int off, Filter f) {
        if (f.collectionType() != IndexCollectionType.DEFAULT) {
            off = Request.fieldHeader(buf, off, 1, FieldType.INDEX_TYPE);
            buf[off++] = (byte) f.collectionType().ordinal();
        }
        off = Request.fieldHeader(buf, off, rangeSize(f), FieldType.INDEX_RANGE);
        buf[off++] = 1;
        int nameStart = off + 1;
        int nameEnd = Utf8.encode(f.bin(), buf, nameStart);
        buf[off] = (byte) (nameEnd - nameStart);
        off = nameEnd;
        buf[off++] = (byte) f.particleType();
        off = writeValue(buf, off, f.begin());
        off = writeValue(buf, off, f.end());
        if (f.context() != null) {
            off = Request.fieldHeader(buf, off, f.context().size(), FieldType.INDEX_CONTEXT);
            f.context().copyTo(buf, off);
            off += f.context().size();
        }
        return off;
    }

    /** A range bound: its 4-byte size, then the particle bytes. */
    private static int writeValue(byte[] buf, int off, io.spikesdk.api.Value value) {
        int end = Particles.write(value, buf, off + 4);
        Bytes.putInt(buf, off, end - off - 4);
        return end;
    }

    /** Never: as the official client, a query asks for compressed replies (compress) but sends its request plain. */
    @Override
    public byte[] compressed(byte[] frame, int length) {
        return null;
    }
}
