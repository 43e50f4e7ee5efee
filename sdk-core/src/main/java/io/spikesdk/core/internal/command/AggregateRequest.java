package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Value;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Policy;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.serial.Serialization;
import io.spikesdk.core.internal.protocol.Proto;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * One request per active node (each aggregates the partitions it masters), sharing one task id and the packed UDF
     * call; INVALID_NODE_ERROR when the cluster has no active node.
     */
    static List<AggregateRequest> perActiveNode(Cluster cluster, QueryPolicy policy, Statement statement, String module,
                                                String function, Value[] args, Serialization serial) {
        byte[] packed = args.length == 0 ? new byte[0] : UdfRequest.packArgs(args, serial.fallback(policy));
        ExecuteRequest.BackgroundUdf udf = new ExecuteRequest.BackgroundUdf(module, function, packed);
        long taskId = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        Policy attemptPolicy = policy.toBuilder().maxRetries(0).build();
        List<AggregateRequest> requests = new ArrayList<>();
        for (Node node : cluster.nodes()) {
            if (node.isActive()) {
                requests.add(new AggregateRequest(policy, attemptPolicy, statement, udf, taskId, node));
            }
        }
        if (requests.isEmpty()) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "the cluster has no active node", null,
                false, 0);
        }
        return requests;
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
        return "aggregation " + udf.module() + "." + udf.function() + " of " + statement.namespace() + " on node "
            + node.name();
    }

    @Override
    public int frameSize() {
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE + StatementFields.size(statement, policy.recordsPerSecond());
        size += udf.fieldsSize();
        Expression exp = policy.filterExpression();
        if (exp != null) {
            size += FieldType.HEADER_SIZE + exp.size();
        }
        return size + Request.readOpsSize(binNames);
    }

    @Override
    public int writeTo(byte[] buf) {
        Expression exp = policy.filterExpression();
        int fields = StatementFields.count(statement, policy.recordsPerSecond()) + 4 + (exp != null ? 1 : 0);
        QueryRequest.writeReadHeader(buf, policy, fields, binNames, policy.totalTimeout());
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = StatementFields.write(buf, off, statement, policy.recordsPerSecond(), policy.socketTimeout(), taskId);
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
