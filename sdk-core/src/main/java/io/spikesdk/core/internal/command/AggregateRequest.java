package io.spikesdk.core.internal.command;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Filter;
import io.spikesdk.api.Policy;
import io.spikesdk.api.QueryDuration;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * One node's aggregation query, encoded as the official client's {@code queryAggregate}: the query's read header
 * (READ, NOBINDATA, SHORT_QUERY / RELAX_AP_LONG_QUERY, INFO3_PARTITION_DONE), fields namespace, set,
 * RECORDS_PER_SECOND, SOCKET_TIMEOUT, QUERY_ID, the index filter, UDF_OP (1, aggregation), UDF_PACKAGE_NAME,
 * UDF_FUNCTION, UDF_ARGLIST (empty without arguments), FILTER_EXP; a READ op per bin name. No partitions: each node
 * aggregates the partitions it masters.
 */
final class AggregateRequest implements CommandRequest {
    private final QueryPolicy policy;
    private final Policy attemptPolicy;
    private final Statement statement;
    private final ExecuteRequest.BackgroundUdf udf;
    private final String[] binNames;
    private final long taskId;
    private final Node node;

    AggregateRequest(QueryPolicy policy, Policy attemptPolicy, Statement statement, ExecuteRequest.BackgroundUdf udf,
                     long taskId, Node node) {
        this.policy = policy;
        this.attemptPolicy = attemptPolicy;
        this.statement = statement;
        this.udf = udf;
        this.binNames = statement.binNames();
        this.taskId = taskId;
        this.node = node;
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
        return node;
    }

    @Override
    public String subject() {
        return "aggregation " + udf.module() + "." + udf.function() + " of " + statement.namespace() + " on node "
            + node.name();
    }

    @Override
    public int frameSize() {
        Filter f = statement.filter();
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(statement.namespace());
        if (statement.set() != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(statement.set());
        }
        if (policy.recordsPerSecond() > 0) {
            size += FieldType.HEADER_SIZE + 4;
        }
        size += FieldType.HEADER_SIZE + 4 + FieldType.HEADER_SIZE + 8;
        if (f != null) {
            size += QueryRequest.filterFieldsSize(f);
        }
        size += udf.fieldsSize();
        Expression exp = policy.filterExpression();
        if (exp != null) {
            size += FieldType.HEADER_SIZE + exp.size();
        }
        return size + Request.readOpsSize(binNames);
    }

    @Override
    public int writeTo(byte[] buf) {
        Filter f = statement.filter();
        Expression exp = policy.filterExpression();
        int fields = 3 + (statement.set() != null ? 1 : 0) + (policy.recordsPerSecond() > 0 ? 1 : 0)
            + (f != null ? QueryRequest.filterFieldCount(f) : 0) + 4 + (exp != null ? 1 : 0);
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
        Bytes.putInt(buf, 22, policy.totalTimeout());
        Bytes.putShort(buf, 26, fields);
        Bytes.putShort(buf, 28, binNames == null ? 0 : binNames.length);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = Request.stringField(buf, off, FieldType.NAMESPACE, statement.namespace());
        if (statement.set() != null) {
            off = Request.stringField(buf, off, FieldType.SET, statement.set());
        }
        if (policy.recordsPerSecond() > 0) {
            off = Request.fieldHeader(buf, off, 4, FieldType.RECORDS_PER_SECOND);
            Bytes.putInt(buf, off, policy.recordsPerSecond());
            off += 4;
        }
        off = Request.fieldHeader(buf, off, 4, FieldType.SOCKET_TIMEOUT);
        Bytes.putInt(buf, off, policy.socketTimeout());
        off += 4;
        off = Request.fieldHeader(buf, off, 8, FieldType.QUERY_ID);
        Bytes.putLong(buf, off, taskId);
        off += 8;
        if (f != null) {
            off = QueryRequest.writeFilter(buf, off, f);
        }
        off = Request.fieldHeader(buf, off, 1, FieldType.UDF_OP);
        buf[off++] = 1;
        off = UdfRequest.writeUdfFields(buf, off, udf.module(), udf.function(), udf.args());
        if (exp != null) {
            off = Request.fieldHeader(buf, off, exp.size(), FieldType.FILTER_EXP);
            exp.copyTo(buf, off);
            off += exp.size();
        }
        off = Request.writeReadOps(buf, off, binNames);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    /** Never: as the official client, a query is sent plain. */
    @Override
    public byte[] compressed(byte[] frame, int length) {
        return null;
    }
}
