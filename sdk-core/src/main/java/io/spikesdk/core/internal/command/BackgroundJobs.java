package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Operation;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Background jobs ({@code execute}): the same {@link ExecuteRequest} with one task id to every active node, one
 * after the other; an {@link ExecuteTask} then follows the job with {@code query-show:trid=} on every node.
 */
public final class BackgroundJobs {
    private static final long POLL_NANOS = 100_000_000L;

    private final Cluster cluster;
    private final BlockingDriver driver;
    /** Sends one info command to a node and returns the raw answer (errors included). */
    private final BiFunction<Node, String, String> rawInfo;
    private final int waitMillis;

    public BackgroundJobs(Cluster cluster, BlockingDriver driver, BiFunction<Node, String, String> rawInfo,
                          int readTotalTimeout) {
        this.cluster = cluster;
        this.driver = driver;
        this.rawInfo = rawInfo;
        this.waitMillis = Math.max(30_000, readTotalTimeout * 30);
    }

    /** Checks the operations before anything is sent (see {@link ExecuteRequest#checkOperations}). */
    public static void checkOperations(Operation[] operations) {
        ExecuteRequest.checkOperations(operations);
    }

    public ExecuteTask execute(WritePolicy policy, Statement statement, Operation[] operations, Serialization serial) {
        return start(taskId -> node -> new ExecuteRequest(policy, statement, operations, taskId, node, serial));
    }

    /** A background UDF: {@code module.function(record, args...)} on each record the statement selects. */
    public ExecuteTask execute(WritePolicy policy, Statement statement, String module, String function, Value[] args,
                               Serialization serial) {
        Objects.requireNonNull(args, "args");
        // as the official client: no arguments is an empty UDF_ARGLIST, not an empty msgpack list
        byte[] packed = args.length == 0 ? new byte[0] : UdfRequest.packArgs(args, serial.fallback(policy));
        ExecuteRequest.BackgroundUdf udf = new ExecuteRequest.BackgroundUdf(UdfRequest.requireName(module, "module"),
            UdfRequest.requireName(function, "function"), packed);
        return start(taskId -> node -> new ExecuteRequest(policy, statement, udf, taskId, node));
    }

    private ExecuteTask start(LongFunction<Function<Node, ExecuteRequest>> requests) {
        long taskId = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        if (taskId == 0) {
            taskId = 1;
        }
        Node[] nodes = cluster.nodes();
        boolean sent = false;
        for (Node node : nodes) {
            if (node.isActive()) {
                driver.execute(requests.apply(taskId).apply(node), new ExecuteReply(), 0, 0);
                sent = true;
            }
        }
        if (!sent) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "the cluster has no active node", null,
                false, 0);
        }
        return new Task(taskId);
    }

    private final class Task implements ExecuteTask {
        private final long taskId;

        Task(long taskId) {
            this.taskId = taskId;
        }

        @Override
        public long taskId() {
            return taskId;
        }

        @Override
        public boolean isDone() {
            String command = "query-show:trid=" + Long.toUnsignedString(taskId);
            for (Node node : cluster.nodes()) {
                if (!node.isActive()) {
                    continue;
                }
                String answer = rawInfo.apply(node, command);
                if (answer.startsWith("ERROR:2")) {
                    continue; // no longer listed: finished
                }
                if (answer.startsWith("ERROR")) {
                    throw AerospikeException.create(ResultCode.SERVER_ERROR, command + " failed: " + answer,
                        node.name(), false, 1);
                }
                int at = answer.indexOf("status=");
                if (at < 0 || !answer.startsWith("done", at + "status=".length())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void waitTillComplete() {
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            while (!isDone()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new CommandTimeoutException("background job " + Long.toUnsignedString(taskId)
                        + " did not end within " + waitMillis + " ms", true);
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }

        @Override
        public String toString() {
            return "ExecuteTask[" + Long.toUnsignedString(taskId) + "]";
        }
    }
}
