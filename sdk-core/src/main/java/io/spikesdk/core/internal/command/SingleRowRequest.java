package io.spikesdk.core.internal.command;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Compression;

/**
 * A batch row sent alone as a single-record command, as the official client sends a node's only key of a
 * batch: the row's attributes in the AS_MSG header, the batch policy's key and timeout settings, the row's
 * filter (else the batch's), routed by the key like any single-record command.
 */
final class SingleRowRequest implements CommandRequest {
    private final BatchCall call;
    private final int row;
    private final boolean compressible;
    private final Expression filter;

    /** @param compressible whether the official client compresses this kind of command (operate, UDF) */
    SingleRowRequest(BatchCall call, int row, boolean compressible) {
        this.call = call;
        this.row = row;
        this.compressible = compressible;
        Expression rowFilter = call.row(row).filter;
        this.filter = rowFilter != null ? rowFilter : call.policy.filterExpression();
    }

    @Override
    public Policy policy() {
        return call.policy;
    }

    @Override
    public boolean isWrite() {
        return call.rowWrites(row);
    }

    @Override
    public Node node(Cluster cluster, int sequence) {
        return cluster.node(call.key(row), call.policy, sequence, isWrite());
    }

    /** A batch's single row is still a batch command. */
    @Override
    public CommandType commandType() {
        return CommandType.BATCH;
    }

    @Override
    public String namespace() {
        return call.key(row).namespace();
    }

    @Override
    public String setName() {
        return call.key(row).setName();
    }

    @Override
    public int frameSize() {
        return call.row(row).singleSize(call.key(row), call.policy, filter, call.txnFields(row));
    }

    @Override
    public int writeTo(byte[] buf) {
        Key key = call.key(row);
        return call.row(row).writeSingle(buf, key, call.policy, filter, call.txnFields(row));
    }

    @Override
    public byte[] compressed(byte[] frame, int length) {
        if (compressible && length > Compression.THRESHOLD && call.policy.compress()) {
            return Compression.compress(frame, length);
        }
        return null;
    }

    @Override
    public String subject() {
        return String.valueOf(call.key(row));
    }
}
