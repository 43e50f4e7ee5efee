package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.internal.PartitionCursor;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The partitions of one scan or query and their progress over its rounds: each round assigns the partitions still
 * to be read to the node their replica sequence picks ({@link #assign}), each node's command reports its records
 * and the partitions it could not read, and {@link #complete} decides whether the call is over, a page ended (the
 * unfinished partitions are marked for the next call on the same filter), or another round must re-read the
 * unavailable partitions on their next replica. A failed node command whose code is worth it
 * ({@link #retryable}) leaves all its partitions to the next round.
 *
 * <p>The progress lives in the caller's {@link PartitionCursor}, so a filter passed again resumes. The node commands
 * of a round may run on several threads; each {@link NodeShare} is used by one of them.
 */
final class PartitionTracker {
    private final Policy policy;
    private final PartitionCursor cursor;
    private final PartitionCursor.Partition[] partitions;
    private final long deadlineNanos;
    private final ConcurrentLinkedDeque<AerospikeException> errors = new ConcurrentLinkedDeque<>();
    private long maxRecords;
    private int iteration = 1;
    private int totalTimeout;
    private List<NodeShare> shares = List.of();
    private AtomicLong recordCount;
    private int unrouted;
    /** The metrics listener's token of this call ({@link ParentCall}), set before its node commands start. */
    Object parentCall;

    PartitionTracker(Policy policy, PartitionCursor cursor, long maxRecords) {
        this.policy = policy;
        this.cursor = cursor;
        this.maxRecords = maxRecords;
        if (cursor.started()) {
            if (maxRecords == 0) {
                cursor.retry = true;
            }
            for (PartitionCursor.Partition p : cursor.partitions()) {
                p.sequence = 0;
            }
        }
        this.partitions = cursor.partitions();
        this.totalTimeout = Math.max(0, policy.totalTimeout());
        this.deadlineNanos = totalTimeout > 0 ? System.nanoTime() + totalTimeout * 1_000_000L : 0;
    }

    /** The deadline of the whole call ({@code System.nanoTime()}), or 0 without a total timeout. */
    long deadlineNanos() {
        return deadlineNanos;
    }

    /** The total timeout the next round's requests carry (what is left of the policy's). */
    int totalTimeout() {
        return totalTimeout;
    }

    /**
     * Assigns the partitions to read this round to their nodes.
     *
     * @throws io.spikesdk.api.InvalidNamespaceException when the cluster does not have the namespace
     * @throws AerospikeException INVALID_NODE_ERROR when no node owns any of them
     */
    List<NodeShare> assign(Cluster cluster, String namespace) {
        List<NodeShare> list = new ArrayList<>(4);
        boolean all = cursor.retry && iteration == 1;
        unrouted = 0;
        for (PartitionCursor.Partition part : partitions) {
            if (!all && !part.retry) {
                continue;
            }
            Node node = cluster.partitionNode(namespace, part.id, policy.replica(), part.sequence);
            part.retry = false;
            if (node == null) {
                // no active owner now: counts as unavailable, so the next round tries again
                part.retry = true;
                part.sequence++;
                unrouted++;
                addError(AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "no active node owns partition "
                    + part.id + " of namespace " + namespace, null, false, iteration));
                continue;
            }
            NodeShare share = null;
            for (NodeShare s : list) {
                if (s.node == node) {
                    share = s;
                    break;
                }
            }
            if (share == null) {
                share = new NodeShare(node);
                list.add(share);
            }
            share.add(part);
        }
        if (list.isEmpty()) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR,
                "no active node owns the partitions of namespace " + namespace + " to be read", null, false, iteration);
        }
        cursor.retry = true;
        recordCount = null;
        if (maxRecords > 0) {
            int nodes = list.size();
            if (maxRecords >= nodes) {
                long each = maxRecords / nodes;
                int rest = (int) (maxRecords - each * nodes);
                for (int i = 0; i < nodes; i++) {
                    list.get(i).recordMax = i < rest ? each + 1 : each;
                }
            } else {
                // fewer records than nodes: each node may send one, the first maxRecords are kept
                for (NodeShare s : list) {
                    s.recordMax = 1;
                }
                recordCount = new AtomicLong();
            }
        }
        shares = list;
        return list;
    }

    /** Whether a record received by {@code share} is kept (false: over a page smaller than the node count). */
    boolean allowRecord(NodeShare share) {
        if (recordCount == null || recordCount.incrementAndGet() <= maxRecords) {
            return true;
        }
        share.retry = true;
        return false;
    }

    /** A kept record of {@code share}: its partition resumes after {@code digest} (and index value {@code bval}). */
    void recordReturned(NodeShare share, byte[] digest, long bval) {
        int pid = ((digest[0] & 0xFF) | (digest[1] & 0xFF) << 8) & 4095;
        int index = pid - cursor.begin;
        if (index >= 0 && index < partitions.length) {
            partitions[index].digest = digest;
            partitions[index].bval = bval;
        }
        share.recordCount++;
    }

    /** The node of {@code share} could not read partition {@code pid} (partition-done with a non-zero code). */
    void partitionUnavailable(NodeShare share, int pid, int resultCode) {
        int index = pid - cursor.begin;
        if (index >= 0 && index < partitions.length) {
            PartitionCursor.Partition part = partitions[index];
            part.retry = true;
            part.sequence++;
        }
        share.partsUnavailable++;
        addError(AerospikeException.create(ResultCode.PARTITION_UNAVAILABLE, "partition " + pid
            + " unavailable on node " + share.node.name() + " (code " + resultCode + ")", share.node.name(), false,
            iteration));
    }

    /** Whether a node command that failed with {@code e} leaves its partitions to the next round (else: throw it). */
    boolean retryable(NodeShare share, AerospikeException e) {
        ResultCode code = e.resultCode();
        if (code != ResultCode.SERVER_NOT_AVAILABLE && code != ResultCode.TIMEOUT
            && code != ResultCode.INDEX_NOT_FOUND && code != ResultCode.INDEX_NOT_READABLE) {
            return false;
        }
        addError(e);
        for (PartitionCursor.Partition part : share.parts) {
            part.retry = true;
            part.sequence++;
        }
        share.partsUnavailable = share.parts.size();
        return true;
    }

    /** The call failed: a filter passed again re-reads every unfinished partition. */
    void failed() {
        cursor.retry = true;
    }

    /**
     * After a round: true when the call is over (all read, or a page ended); false when another round must re-read
     * unavailable partitions.
     *
     * @throws AerospikeException the last partition error when no retry is left, a timeout when no time is left
     */
    boolean complete() {
        long records = 0;
        int unavailable = unrouted;
        for (NodeShare s : shares) {
            records += s.recordCount;
            unavailable += s.partsUnavailable;
        }
        if (unavailable == 0) {
            if (maxRecords == 0) {
                cursor.retry = false;
                cursor.done = true;
            } else if (iteration > 1) {
                cursor.retry = true;
                cursor.done = false;
            } else {
                boolean done = true;
                for (NodeShare s : shares) {
                    if (s.retry || s.recordCount >= s.recordMax) {
                        s.markRetry();
                        done = false;
                    }
                }
                cursor.retry = false;
                cursor.done = done;
            }
            return true;
        }
        if (maxRecords > 0 && records >= maxRecords) {
            return true;
        }
        if (iteration > policy.maxRetries()) {
            AerospikeException last = errors.peekLast();
            StringBuilder detail = new StringBuilder(last.detail() == null ? last.resultCode().toString() : last.detail())
                .append(" (after ").append(iteration).append(" round(s); ").append(errors.size())
                .append(" partition or node error(s))");
            throw AerospikeException.create(last.resultCode(), detail.toString(), last.node(), false, iteration, last);
        }
        if (deadlineNanos != 0) {
            long remaining = deadlineNanos - System.nanoTime() - policy.sleepBetweenRetries() * 1_000_000L;
            if (remaining <= 0) {
                throw new CommandTimeoutException("client timeout after " + iteration + " round(s) (totalTimeout "
                    + policy.totalTimeout() + " ms)", null, false, iteration, true, errors.peekLast());
            }
            totalTimeout = (int) Math.min(totalTimeout, Math.max(1, remaining / 1_000_000L));
        }
        if (maxRecords > 0) {
            maxRecords -= records;
        }
        iteration++;
        return false;
    }

    private void addError(AerospikeException e) {
        errors.add(e);
    }

    /** One node's partitions of a round: those read from the start, those resumed after a digest. */
    static final class NodeShare {
        final Node node;
        final List<PartitionCursor.Partition> parts = new ArrayList<>();
        int fullCount;
        long recordMax;
        long recordCount;
        int partsUnavailable;
        boolean retry;

        NodeShare(Node node) {
            this.node = node;
        }

        void add(PartitionCursor.Partition part) {
            if (part.digest == null) {
                parts.add(fullCount++, part);
            } else {
                parts.add(part);
            }
        }

        /** Partitions resumed after a digest (listed after the {@code fullCount} read from the start). */
        int partialCount() {
            return parts.size() - fullCount;
        }

        /** Encoded size of the PID_ARRAY and DIGEST_ARRAY fields, each present only when it lists something. */
        int partitionFieldsSize() {
            int size = 0;
            if (fullCount > 0) {
                size += FieldType.HEADER_SIZE + 2 * fullCount;
            }
            if (partialCount() > 0) {
                size += FieldType.HEADER_SIZE + 20 * partialCount();
            }
            return size;
        }

        /** PID_ARRAY (2-byte little-endian ids of the partitions read from the start), when there are any. */
        int writePids(byte[] buf, int off) {
            if (fullCount > 0) {
                off = Request.fieldHeader(buf, off, 2 * fullCount, FieldType.PID_ARRAY);
                for (int i = 0; i < fullCount; i++) {
                    int id = parts.get(i).id;
                    buf[off++] = (byte) id;
                    buf[off++] = (byte) (id >>> 8);
                }
            }
            return off;
        }

        /** DIGEST_ARRAY (the last digest of each resumed partition), when there are any. */
        int writeDigests(byte[] buf, int off) {
            if (partialCount() > 0) {
                off = Request.fieldHeader(buf, off, 20 * partialCount(), FieldType.DIGEST_ARRAY);
                for (int i = fullCount; i < parts.size(); i++) {
                    System.arraycopy(parts.get(i).digest, 0, buf, off, 20);
                    off += 20;
                }
            }
            return off;
        }

        void markRetry() {
            for (PartitionCursor.Partition part : parts) {
                part.retry = true;
            }
        }
    }
}
