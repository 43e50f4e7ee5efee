package io.spikesdk.core.internal.command;

import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Record;
import io.spikesdk.api.Value;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.serial.Serialization;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads one node's reply to a {@link ScanRequest} or {@link QueryRequest}: frames of AS_MSGs, one per record (key fields, bins as ops), a
 * partition-done message per finished partition (INFO3_PARTITION_DONE, the partition id in the generation; a non-zero
 * code: the node could not read it), and an AS_MSG flagged INFO3_LAST whose code ends the node's scan.
 */
final class ScanReply implements ReplyHandler<Void> {
    private final PartitionTracker tracker;
    private final PartitionTracker.NodeShare share;
    private final Consumer<KeyRecord> sink;
    private final Serialization serial;

    ScanReply(PartitionTracker tracker, PartitionTracker.NodeShare share, Consumer<KeyRecord> sink,
              Serialization serial) {
        this.tracker = tracker;
        this.share = share;
        this.sink = sink;
        this.serial = serial;
    }

    @Override
    public int frame(byte[] frame, int bodyLength, int attempt) {
        int end = Proto.HEADER_SIZE + bodyLength;
        int off = Proto.HEADER_SIZE;
        while (off < end) {
            if (off + Proto.MSG_HEADER_SIZE > end) {
                throw ResponseParser.parseError("scan reply truncated inside an AS_MSG header");
            }
            int info3 = frame[off + 3] & 0xFF;
            int resultCode = frame[off + 5] & 0xFF;
            if ((info3 & MsgFlags.INFO3_LAST) != 0) {
                return resultCode;
            }
            int msgEnd = ResponseParser.messageEnd(frame, off, end);
            if ((info3 & MsgFlags.INFO3_PARTITION_DONE) != 0) {
                if (resultCode != 0) {
                    tracker.partitionUnavailable(share, Bytes.getInt(frame, off + 6), resultCode);
                }
            } else if (resultCode != 0) {
                return resultCode;
            } else if (tracker.allowRecord(share)) {
                Key key = key(frame, off, msgEnd);
                Record record = ResponseParser.record(key, frame, off, msgEnd, false, false, serial);
                sink.accept(new KeyRecord(key, record));
                tracker.recordReturned(share, key.digest(), bval);
            }
            off = msgEnd;
        }
        return MORE;
    }

    /** The index value of the last record's key fields (BVAL_ARRAY, little-endian), where a query resumes. */
    private long bval;

    /**
     * The key of the record message at {@code msgStart}: namespace, set, digest and the stored user key, if any;
     * sets {@link #bval}.
     */
    private Key key(byte[] frame, int msgStart, int msgEnd) {
        int fieldCount = Bytes.getShort(frame, msgStart + 18);
        int off = msgStart + Proto.MSG_HEADER_SIZE;
        String namespace = null;
        String set = null;
        Value userKey = null;
        byte[] digest = null;
        bval = 0;
        for (int i = 0; i < fieldCount; i++) {
            int size = Bytes.getInt(frame, off);
            int type = frame[off + 4] & 0xFF;
            int data = off + FieldType.HEADER_SIZE;
            int length = size - 1;
            switch (type) {
                case FieldType.NAMESPACE -> namespace = new String(frame, data, length, StandardCharsets.UTF_8);
                case FieldType.SET -> set = new String(frame, data, length, StandardCharsets.UTF_8);
                case FieldType.KEY -> userKey = Value.of(Particles.read(frame[data] & 0xFF, frame, data + 1,
                    length - 1, null));
                case FieldType.BVAL_ARRAY -> {
                    long v = 0;
                    for (int b = 7; b >= 0; b--) {
                        v = (v << 8) | (frame[data + b] & 0xFF);
                    }
                    bval = v;
                }
                case FieldType.DIGEST_RIPE -> {
                    digest = new byte[20];
                    System.arraycopy(frame, data, digest, 0, 20);
                }
                default -> {
                }
            }
            off += 4 + size;
        }
        if (namespace == null || digest == null) {
            throw ResponseParser.parseError("scan record without namespace or digest");
        }
        return ApiAccess.key(namespace, set, userKey, digest);
    }

    @Override
    public Void result(int resultCode, ResultHandler.Errors errors) {
        if (resultCode != 0) {
            throw errors.of(resultCode);
        }
        return null;
    }

    @Override
    public Object parentCall() {
        return tracker.parentCall;
    }
}
