package io.spikesdk.core.internal.command;

import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Compression;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.List;
import java.util.Objects;

/**
 * A record UDF call ({@code execute(policy, key, module, function, args)}), encoded as the official client's: the
 * write header of the policy, the key fields, FILTER_EXP, then UDF_PACKAGE_NAME, UDF_FUNCTION and UDF_ARGLIST (the
 * arguments as one msgpack list); no ops. Routed to the key's master like any write.
 */
public final class UdfRequest implements CommandRequest {
    private final WritePolicy policy;
    private final Key key;
    private final String module;
    private final String function;
    private final byte[] args;
    private final TxnFields txn;
    private final int frameSize;

    private UdfRequest(WritePolicy policy, Key key, String module, String function, byte[] args) {
        this.policy = policy;
        this.key = key;
        this.module = module;
        this.function = function;
        this.args = args;
        this.txn = TxnFields.of(policy.txn(), key, true);
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        if (txn != null) {
            size += txn.size();
        }
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.namespace()) + FieldType.HEADER_SIZE + 20;
        if (key.setName() != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.setName());
        }
        if (sendKey()) {
            size += FieldType.HEADER_SIZE + 1 + Particles.size(key.userKey());
        }
        Expression filter = policy.filterExpression();
        if (filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
        }
        size += 3 * FieldType.HEADER_SIZE + Utf8.encodedLength(module) + Utf8.encodedLength(function) + args.length;
        this.frameSize = size;
    }

    /**
     * Calls {@code module.function} on the key's record and returns the function's return value.
     *
     * @throws io.spikesdk.api.UdfException when the function fails
     */
    public static Object call(BlockingDriver driver, WritePolicy policy, Key key, String module, String function,
                              Value[] args, Serialization serial) {
        UdfRequest request = of(policy, key, module, function, args, serial);
        return driver.execute(request, request.reply(serial), 0, 0);
    }

    /** The validated request of a record UDF call (the arguments packed), for any driver. */
    public static UdfRequest of(WritePolicy policy, Key key, String module, String function, Value[] args,
                                Serialization serial) {
        return new UdfRequest(policy, key, requireName(module, "module"), requireName(function, "function"),
            packArgs(args, serial.fallback(policy)));
    }

    /** A reader of this call's reply, yielding the function's return value; one per command. */
    public ReplyHandler<Object> reply(Serialization serial) {
        return new UdfReply(key, policy, serial);
    }

    /** The arguments as the msgpack list the server passes to the function after the record. */
    static byte[] packArgs(Value[] args, MsgPackWriter.Fallback fallback) {
        Objects.requireNonNull(args, "args");
        for (int i = 0; i < args.length; i++) {
            Objects.requireNonNull(args[i], "args[" + i + "]");
        }
        return MsgPackWriter.pack(new Value.ListValue(List.of(args)), fallback);
    }

    static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return name;
    }

    private boolean sendKey() {
        return policy.sendKey() && key.userKey() != null;
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
    public void inDoubt() {
        if (policy.txn() != null) {
            ApiAccess.txnState(policy.txn()).onWriteInDoubt(key);
        }
    }

    @Override
    public Node node(Cluster cluster, int sequence) {
        return cluster.node(key, policy, sequence, true);
    }

    @Override
    public CommandType commandType() {
        return CommandType.UDF;
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
        return key + " UDF " + module + "." + function;
    }

    @Override
    public int frameSize() {
        return frameSize;
    }

    @Override
    public int writeTo(byte[] buf) {
        boolean sendKey = sendKey();
        Expression filter = policy.filterExpression();
        int fieldCount = 2 + (key.setName() != null ? 1 : 0) + (sendKey ? 1 : 0) + (filter != null ? 1 : 0) + 3
            + (txn != null ? txn.count() : 0);
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) Requests.writeInfo1(policy);
        buf[10] = (byte) Requests.writeInfo2(policy, MsgFlags.INFO2_WRITE);
        buf[11] = (byte) Requests.writeInfo3(policy);
        buf[12] = (byte) (policy.onLockingOnly() ? MsgFlags.INFO4_TXN_ON_LOCKING_ONLY : 0);
        buf[13] = 0;
        Bytes.putInt(buf, 14, policy.generationPolicy() == GenerationPolicy.NONE ? 0 : policy.generation());
        Bytes.putInt(buf, 18, policy.expiration());
        Bytes.putInt(buf, 22, Request.serverTimeout(policy));
        Bytes.putShort(buf, 26, fieldCount);
        Bytes.putShort(buf, 28, 0);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = Request.writeKeyFields(buf, off, key, txn, sendKey, filter);
        off = writeUdfFields(buf, off, module, function, args);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    /** UDF_PACKAGE_NAME, UDF_FUNCTION and UDF_ARGLIST. */
    static int writeUdfFields(byte[] buf, int off, String module, String function, byte[] args) {
        off = Request.stringField(buf, off, FieldType.UDF_PACKAGE_NAME, module);
        off = Request.stringField(buf, off, FieldType.UDF_FUNCTION, function);
        off = Request.fieldHeader(buf, off, args.length, FieldType.UDF_ARGLIST);
        System.arraycopy(args, 0, buf, off, args.length);
        return off + args.length;
    }

    /** As the official client: a UDF call is compressed when the policy asks and the frame is large. */
    @Override
    public byte[] compressed(byte[] frame, int length) {
        if (length > Compression.THRESHOLD && policy.compress()) {
            return Compression.compress(frame, length);
        }
        return null;
    }
}
