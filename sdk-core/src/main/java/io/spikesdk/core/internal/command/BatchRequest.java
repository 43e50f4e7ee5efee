package io.spikesdk.core.internal.command;

import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Replica;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Compression;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One node's share of a batch: the rows (indexes into the {@link BatchCall}) it sends, encoded as the
 * batch-index request of the official client (docs/wire-protocol.md §12.1): parent AS_MSG with BATCH,
 * transaction_ttl = total timeout, [FILTER_EXP], BATCH_INDEX = count, flags, rows (index, digest, then a
 * repeat-previous byte or the full row).
 *
 * <p>The first attempt goes to the node the rows were split to. A retry with {@code SEQUENCE} or
 * {@code PREFER_RACK} re-splits the rows not answered yet by the next replica: the rows of the first node keep
 * this request, the others become {@link #splits()} that the caller runs afterwards, continuing this command's
 * deadline and attempts (the official client's split retry). Other replica policies retry on the same node.
 */
final class BatchRequest implements CommandRequest {
    private final BatchCall call;
    private final int priorAttempts;
    private Node node;
    private int[] rows;
    private int count;
    private boolean routed;
    private List<BatchRequest> splits;

    BatchRequest(BatchCall call, Node node, int firstRow, int priorAttempts) {
        this.call = call;
        this.node = node;
        this.rows = new int[8];
        this.rows[0] = firstRow;
        this.count = 1;
        this.priorAttempts = priorAttempts;
    }

    void add(int row) {
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, count * 2);
        }
        rows[count++] = row;
    }

    Node target() {
        return node;
    }

    int priorAttempts() {
        return priorAttempts;
    }

    int rowCount() {
        return count;
    }

    int row(int n) {
        return rows[n];
    }

    /** The sub-batches split off by a retry (run them after this one), or an empty list. */
    List<BatchRequest> splits() {
        return splits == null ? List.of() : splits;
    }

    @Override
    public Policy policy() {
        return call.policy;
    }

    @Override
    public boolean isWrite() {
        for (int n = 0; n < count; n++) {
            if (call.rowWrites(rows[n])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CommandType commandType() {
        return CommandType.BATCH;
    }

    /** The rows' namespace, or null when they name several. */
    @Override
    public String namespace() {
        String namespace = call.key(rows[0]).namespace();
        for (int n = 1; n < count; n++) {
            if (!namespace.equals(call.key(rows[n]).namespace())) {
                return null;
            }
        }
        return namespace;
    }

    /** The rows' set, or null when they name none or several. */
    @Override
    public String setName() {
        String set = call.key(rows[0]).setName();
        for (int n = 1; n < count; n++) {
            if (!java.util.Objects.equals(set, call.key(rows[n]).setName())) {
                return null;
            }
        }
        return set;
    }

    @Override
    public String subject() {
        return "batch of " + count + " row(s) on node " + node.name();
    }

    @Override
    public Node node(Cluster cluster, int sequence) {
        if (!routed) {
            routed = true;
            return node;
        }
        Replica replica = call.policy.replica();
        if (replica != Replica.SEQUENCE && replica != Replica.PREFER_RACK) {
            return node;
        }
        int[] pending = pending();
        if (pending.length == 0) {
            return node;
        }
        List<BatchRequest> groups = group(cluster, call, pending, sequence);
        if (groups.isEmpty()) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR,
                "no active node owns the batch's remaining keys", null, false, 0);
        }
        BatchRequest first = groups.get(0);
        node = first.node;
        rows = first.rows;
        count = first.count;
        if (groups.size() > 1) {
            if (splits == null) {
                splits = new ArrayList<>();
            }
            splits.addAll(groups.subList(1, groups.size()));
        }
        return node;
    }

    /** The rows not answered yet. */
    private int[] pending() {
        int[] left = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (!call.answered(rows[i])) {
                left[n++] = rows[i];
            }
        }
        return Arrays.copyOf(left, n);
    }

    /**
     * Splits {@code rows} of {@code call} by the node of attempt {@code sequence}; a row that cannot be routed is
     * reported to the call ({@link BatchCall#unroutable}).
     */
    static List<BatchRequest> group(Cluster cluster, BatchCall call, int[] rows, int sequence) {
        List<BatchRequest> groups = new ArrayList<>(4);
        for (int i : rows) {
            Node target;
            try {
                target = cluster.node(call.key(i), call.policy, sequence, call.rowWrites(i));
            } catch (AerospikeException e) {
                call.unroutable(i, e);
                continue;
            }
            BatchRequest group = null;
            for (BatchRequest g : groups) {
                if (g.node == target) {
                    group = g;
                    break;
                }
            }
            if (group == null) {
                groups.add(new BatchRequest(call, target, i, sequence));
            } else {
                group.add(i);
            }
        }
        return groups;
    }

    private boolean repeats(int prev, int i) {
        if (prev < 0) {
            return false;
        }
        Key a = call.key(prev);
        Key b = call.key(i);
        return a.namespace() == b.namespace() && a.setName() == b.setName() && call.repeats(prev, i)
            && call.sameTxnFields(prev, i);
    }

    @Override
    public int frameSize() {
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        Expression filter = call.parentFilter();
        if (filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
        }
        size += FieldType.HEADER_SIZE + 5;
        boolean rowFilters = call.rowFilters();
        int prev = -1;
        for (int n = 0; n < count; n++) {
            int i = rows[n];
            size += 4 + 20;
            if (repeats(prev, i)) {
                size += 1;
            } else {
                size += call.row(i).size(call.key(i), rowFilters, call.txnFields(i));
            }
            prev = i;
        }
        return size;
    }

    @Override
    public int writeTo(byte[] buf) {
        BatchPolicy p = call.policy;
        Expression filter = call.parentFilter();
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) (MsgFlags.INFO1_BATCH | (p.compress() ? MsgFlags.INFO1_COMPRESS_RESPONSE : 0));
        Arrays.fill(buf, 10, 22, (byte) 0);
        Bytes.putInt(buf, 22, Math.max(0, p.totalTimeout()));
        Bytes.putShort(buf, 26, filter != null ? 2 : 1);
        Bytes.putShort(buf, 28, 0);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        if (filter != null) {
            off = Request.fieldHeader(buf, off, filter.size(), FieldType.FILTER_EXP);
            filter.copyTo(buf, off);
            off += filter.size();
        }
        int fieldStart = off;
        off += FieldType.HEADER_SIZE;
        Bytes.putInt(buf, off, count);
        off += 4;
        buf[off++] = (byte) (0x08 | (p.allowInline() ? 0x01 : 0) | (p.allowInlineSSD() ? 0x02 : 0)
            | (p.respondAllKeys() ? 0x04 : 0));
        boolean rowFilters = call.rowFilters();
        int prev = -1;
        for (int n = 0; n < count; n++) {
            int i = rows[n];
            Key key = call.key(i);
            Bytes.putInt(buf, off, i);
            key.copyDigest(buf, off + 4);
            off += 24;
            if (repeats(prev, i)) {
                buf[off++] = BatchRow.REPEAT;
            } else {
                off = call.row(i).write(buf, off, key, rowFilters, call.txnFields(i));
            }
            prev = i;
        }
        // As the official client: the size counts from the end of the AS_MSG header, so a parent filter's field
        // is counted too. The server bounds the rows by the proto size, never by this field size.
        int headerEnd = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        Request.fieldHeader(buf, fieldStart, off - headerEnd - FieldType.HEADER_SIZE, FieldType.BATCH_INDEX);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    @Override
    public byte[] compressed(byte[] frame, int length) {
        if (length > Compression.THRESHOLD && call.policy.compress()) {
            return Compression.compress(frame, length);
        }
        return null;
    }
}
