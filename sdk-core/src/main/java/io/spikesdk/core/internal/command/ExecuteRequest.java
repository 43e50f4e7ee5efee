package io.spikesdk.core.internal.command;

import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.Objects;

/**
 * A background query with write operations for one node, encoded as the official client's: the write header of
 * the policy (INFO2_WRITE, existence, generation, durable delete, commit level, expiration, transaction_ttl),
 * fields namespace, set, RECORDS_PER_SECOND (when not 0), SOCKET_TIMEOUT, QUERY_ID, the index filter (INDEX_TYPE, INDEX_RANGE), FILTER_EXP; the
 * operations. No partitions: each node runs the job over the partitions it masters.
 *
 * <p>A background UDF has no operations but UDF_OP (2, background), UDF_PACKAGE_NAME, UDF_FUNCTION and UDF_ARGLIST
 * (empty without arguments) before FILTER_EXP, and, as the official client, a READ op per bin name of the statement.
 */
final class ExecuteRequest implements CommandRequest {
    private final WritePolicy policy;
    private final Statement statement;
    private final int recordsPerSecond;
    private final Operation[] operations;
    private final Value[] sent;
    private final BackgroundUdf udf;
    private final long taskId;
    private final Node node;
    private final int frameSize;

    /**
     * @throws IllegalArgumentException when there is no operation or one only reads
     */
    ExecuteRequest(WritePolicy policy, Statement statement, int recordsPerSecond, Operation[] operations, long taskId,
                   Node node, Serialization serial) {
        this(policy, statement, recordsPerSecond, operations, null, taskId, node, serial);
    }

    /** A background UDF call: {@code udf} on every record the statement selects. */
    ExecuteRequest(WritePolicy policy, Statement statement, BackgroundUdf udf, long taskId, Node node) {
        this(policy, statement, 0, new Operation[0], udf, taskId, node, Serialization.DISABLED);
    }

    /** A background UDF: the module, the function and the packed arguments (empty when there are none). */
    record BackgroundUdf(String module, String function, byte[] args) {
        int fieldsSize() {
            return FieldType.HEADER_SIZE + 1 + 3 * FieldType.HEADER_SIZE + Utf8.encodedLength(module)
                + Utf8.encodedLength(function) + args.length;
        }
    }

    private ExecuteRequest(WritePolicy policy, Statement statement, int recordsPerSecond, Operation[] operations,
                           BackgroundUdf udf, long taskId, Node node, Serialization serial) {
        this.policy = policy;
        this.statement = statement;
        this.recordsPerSecond = recordsPerSecond;
        this.operations = operations;
        this.udf = udf;
        this.taskId = taskId;
        this.node = node;
        this.sent = new Value[operations.length];
        MsgPackWriter.Fallback fallback = serial.fallback(policy);
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE + fieldsSize();
        for (int i = 0; i < operations.length; i++) {
            Operation op = operations[i];
            Value converted = Request.prepare(op.value(), fallback);
            sent[i] = converted != null ? converted : op.value();
            size += Request.opSize(op.binName(), sent[i]);
        }
        if (udf != null) {
            size += udf.fieldsSize() + Request.readOpsSize(statement.binNames());
        }
        this.frameSize = size;
    }

    /** Checks the operations of a background job before anything is sent. */
    static void checkOperations(Operation[] operations) {
        Objects.requireNonNull(operations, "operations");
        if (operations.length == 0) {
            throw new IllegalArgumentException("operations: a background job needs at least one write operation");
        }
        RequestLimits.checkOpCount(operations.length, "operations");
        for (int i = 0; i < operations.length; i++) {
            Operation op = Objects.requireNonNull(operations[i], "operations[" + i + "]");
            if (!op.type().isWrite()) {
                throw new IllegalArgumentException("operations[" + i + "]: a background job only writes; " + op.type()
                    + " reads");
            }
        }
    }

    private int fieldsSize() {
        int size = StatementFields.size(statement, recordsPerSecond);
        Expression exp = policy.filterExpression();
        if (exp != null) {
            size += FieldType.HEADER_SIZE + exp.size();
        }
        return size;
    }

    @Override
    public Policy policy() {
        return policy;
    }

    @Override
    public boolean isWrite() {
        return true;
    }

    @Override
    public Node node(Cluster cluster, int sequence) {
        return node;
    }

    @Override
    public CommandType commandType() {
        return CommandType.BACKGROUND;
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
        return "background job " + Long.toUnsignedString(taskId) + " on node " + node.name();
    }

    @Override
    public int frameSize() {
        return frameSize;
    }

    @Override
    public int writeTo(byte[] buf) {
        Expression exp = policy.filterExpression();
        String[] readBins = udf != null ? statement.binNames() : null;
        int fields = StatementFields.count(statement, recordsPerSecond) + (exp != null ? 1 : 0) + (udf != null ? 4 : 0);
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) Requests.writeInfo1(policy);
        buf[10] = (byte) Requests.writeInfo2(policy, MsgFlags.INFO2_WRITE);
        buf[11] = (byte) Requests.writeInfo3(policy);
        buf[12] = 0;
        buf[13] = 0;
        Bytes.putInt(buf, 14, policy.generationPolicy() == GenerationPolicy.NONE ? 0 : policy.generation());
        Bytes.putInt(buf, 18, policy.expiration());
        Bytes.putInt(buf, 22, Request.serverTimeout(policy));
        Bytes.putShort(buf, 26, fields);
        Bytes.putShort(buf, 28, readBins != null ? readBins.length : operations.length);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = StatementFields.write(buf, off, statement, recordsPerSecond, policy.socketTimeout(), taskId);
        if (udf != null) {
            off = Request.fieldHeader(buf, off, 1, FieldType.UDF_OP);
            buf[off++] = 2;
            off = UdfRequest.writeUdfFields(buf, off, udf.module(), udf.function(), udf.args());
        }
        if (exp != null) {
            off = Request.fieldHeader(buf, off, exp.size(), FieldType.FILTER_EXP);
            exp.copyTo(buf, off);
            off += exp.size();
        }
        for (int i = 0; i < operations.length; i++) {
            Operation op = operations[i];
            off = Request.writeOp(buf, off, op.type().code(), op.binName(), sent[i]);
        }
        if (readBins != null) {
            off = Request.writeReadOps(buf, off, readBins);
        }
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    /** Never: as the official client, a background query is sent plain. */
    @Override
    public byte[] compressed(byte[] frame, int length) {
        return null;
    }
}
