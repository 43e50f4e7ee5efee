package io.spikesdk.core.internal.command;

import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * A transaction's verify or roll of one record, as the official client sends a node's only key of those batches:
 * no ops, generation and TTL 0, the key fields then the transaction fields. Verify: READ + NOBINDATA, linearized,
 * VERIFY_READ, the version alone. Roll: WRITE + DURABLE_DELETE, ROLL_FORWARD or ROLL_BACK, the transaction id and
 * the version if any.
 */
final class TxnRecordRequest implements CommandRequest {
    private final Policy policy;
    private final Key key;
    private final int info1;
    private final int info2;
    private final int info3;
    private final int info4;
    private final TxnFields txn;

    private TxnRecordRequest(Policy policy, Key key, int info1, int info2, int info3, int info4, TxnFields txn) {
        this.policy = policy;
        this.key = key;
        this.info1 = info1;
        this.info2 = info2;
        this.info3 = info3;
        this.info4 = info4;
        this.txn = txn;
    }

    static TxnRecordRequest verify(Policy policy, Key key, Long version) {
        return new TxnRecordRequest(policy, key, MsgFlags.INFO1_READ | MsgFlags.INFO1_NOBINDATA, 0,
            MsgFlags.INFO3_SC_READ_TYPE, MsgFlags.INFO4_TXN_VERIFY_READ, TxnFields.verify(version));
    }

    static TxnRecordRequest roll(Policy policy, Key key, int txnAttr, TxnFields txn) {
        return new TxnRecordRequest(policy, key, 0, MsgFlags.INFO2_WRITE | MsgFlags.INFO2_DURABLE_DELETE, 0, txnAttr,
            txn);
    }

    @Override
    public Policy policy() {
        return policy;
    }

    @Override
    public boolean isWrite() {
        return (info2 & MsgFlags.INFO2_WRITE) != 0;
    }

    @Override
    public Node node(Cluster cluster, int sequence) {
        return cluster.node(key, policy, sequence, isWrite());
    }

    @Override
    public int frameSize() {
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.namespace()) + FieldType.HEADER_SIZE + 20;
        if (key.setName() != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.setName());
        }
        return size + txn.size();
    }

    @Override
    public int writeTo(byte[] buf) {
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) info1;
        buf[10] = (byte) info2;
        buf[11] = (byte) info3;
        buf[12] = (byte) info4;
        buf[13] = 0;
        Bytes.putInt(buf, 14, 0);
        Bytes.putInt(buf, 18, 0);
        Bytes.putInt(buf, 22, Request.serverTimeout(policy));
        Bytes.putShort(buf, 26, 2 + (key.setName() != null ? 1 : 0) + txn.count());
        Bytes.putShort(buf, 28, 0);
        int off = Request.writeKeyFields(buf, Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE, key, txn, false, null);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    @Override
    public byte[] compressed(byte[] frame, int length) {
        return null;
    }

    @Override
    public CommandType commandType() {
        return CommandType.BATCH;
    }

    @Override
    public String namespace() {
        return key.namespace();
    }

    @Override
    public String setName() {
        return key.setName();
    }

    @Override
    public String subject() {
        return key + (isWrite() ? " transaction roll" : " transaction verify");
    }
}
