package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobStatus;
import io.spikesdk.api.Operation;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.serial.Serialization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Background jobs ({@code execute}): the same {@link ExecuteRequest} with one task id to every active node, one
 * after the other; an {@link ExecuteTask} then follows the job with {@code query-show:trid=} on every node, whose
 * answers a {@link JobListing} folds (also for {@code jobInfo}/{@code scanInfo} of any job id).
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

    public ExecuteTask execute(WritePolicy policy, Statement statement, int recordsPerSecond, Operation[] operations,
                               Serialization serial) {
        return start(operationRequests(policy, statement, recordsPerSecond, operations, serial));
    }

    /** {@link #execute(WritePolicy, Statement, int, Operation[], Serialization)} on a non-blocking driver. */
    public CompletableFuture<ExecuteTask> execute(AsyncCommands async, WritePolicy policy, Statement statement,
                                                  int recordsPerSecond, Operation[] operations, Serialization serial) {
        return start(async, operationRequests(policy, statement, recordsPerSecond, operations, serial));
    }

    private static LongFunction<Function<Node, ExecuteRequest>> operationRequests(WritePolicy policy,
            Statement statement, int recordsPerSecond, Operation[] operations, Serialization serial) {
        return taskId -> node -> new ExecuteRequest(policy, statement, recordsPerSecond, operations, taskId, node,
            serial);
    }

    /** A background UDF: {@code module.function(record, args...)} on each record the statement selects. */
    public ExecuteTask execute(WritePolicy policy, Statement statement, String module, String function, Value[] args,
                               Serialization serial) {
        return start(udfRequests(policy, statement, module, function, args, serial));
    }

    /** {@link #execute(WritePolicy, Statement, String, String, Value[], Serialization)} on a non-blocking driver. */
    public CompletableFuture<ExecuteTask> execute(AsyncCommands async, WritePolicy policy, Statement statement,
                                                  String module, String function, Value[] args, Serialization serial) {
        return start(async, udfRequests(policy, statement, module, function, args, serial));
    }

    private static LongFunction<Function<Node, ExecuteRequest>> udfRequests(WritePolicy policy, Statement statement,
            String module, String function, Value[] args, Serialization serial) {
        Objects.requireNonNull(args, "args");
        // as the official client: no arguments is an empty UDF_ARGLIST, not an empty msgpack list
        byte[] packed = args.length == 0 ? new byte[0] : UdfRequest.packArgs(args, serial.fallback(policy));
        ExecuteRequest.BackgroundUdf udf = new ExecuteRequest.BackgroundUdf(UdfRequest.requireName(module, "module"),
            UdfRequest.requireName(function, "function"), packed);
        return taskId -> node -> new ExecuteRequest(policy, statement, udf, taskId, node);
    }

    private static long newTaskId() {
        long taskId = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        return taskId == 0 ? 1 : taskId;
    }

    /** Sends the job to every active node at once; the task once all accepted it, else the first failure. */
    private CompletableFuture<ExecuteTask> start(AsyncCommands async,
                                                 LongFunction<Function<Node, ExecuteRequest>> requests) {
        long taskId = newTaskId();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (Node node : cluster.nodes()) {
            if (node.isActive()) {
                sent.add(async.execute(requests.apply(taskId).apply(node), new ExecuteReply(), 0, 0));
            }
        }
        if (sent.isEmpty()) {
            return CompletableFuture.failedFuture(noActiveNode());
        }
        return CompletableFuture.allOf(sent.toArray(new CompletableFuture<?>[0])).thenApply(done -> new Task(taskId));
    }

    private ExecuteTask start(LongFunction<Function<Node, ExecuteRequest>> requests) {
        long taskId = newTaskId();
        Node[] nodes = cluster.nodes();
        boolean sent = false;
        for (Node node : nodes) {
            if (node.isActive()) {
                driver.execute(requests.apply(taskId).apply(node), new ExecuteReply(), 0, 0);
                sent = true;
            }
        }
        if (!sent) {
            throw noActiveNode();
        }
        return new Task(taskId);
    }

    /** Checks a job id before anything is sent: 0 is no job's (the server answers "bad id"). */
    public static void checkJobId(long jobId, String name) {
        if (jobId == 0) {
            throw new IllegalArgumentException(name + ": 0 is no job's id");
        }
    }

    /** The job over the whole cluster, from {@code query-show:trid=} on every active node. */
    public JobInfo jobInfo(long jobId) {
        return listing(jobId).jobInfo();
    }

    /** The scan job over the whole cluster, an early stop told apart. */
    public ScanInfo scanInfo(long jobId) {
        return listing(jobId).scanInfo();
    }

    /** {@link #jobInfo(long)} with {@code rawInfo} sending the info command without blocking. */
    public CompletableFuture<JobInfo> jobInfo(long jobId, BiFunction<Node, String, CompletableFuture<String>> rawInfo) {
        return listing(jobId, rawInfo).thenApply(JobListing::jobInfo);
    }

    /** {@link #scanInfo(long)} with {@code rawInfo} sending the info command without blocking. */
    public CompletableFuture<ScanInfo> scanInfo(long jobId,
                                                BiFunction<Node, String, CompletableFuture<String>> rawInfo) {
        return listing(jobId, rawInfo).thenApply(JobListing::scanInfo);
    }

    private JobListing listing(long jobId) {
        String command = listingCommand(jobId);
        JobListing listing = new JobListing();
        boolean asked = false;
        for (Node node : cluster.nodes()) {
            if (node.isActive()) {
                asked = true;
                add(listing, command, node, rawInfo.apply(node, command));
            }
        }
        if (!asked) {
            throw noActiveNode();
        }
        return listing;
    }

    /** Asks every active node at once; folds the answers in node order, as the blocking listing does. */
    private CompletableFuture<JobListing> listing(long jobId,
                                                  BiFunction<Node, String, CompletableFuture<String>> rawInfo) {
        String command = listingCommand(jobId);
        List<Node> nodes = new ArrayList<>();
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (Node node : cluster.nodes()) {
            if (node.isActive()) {
                nodes.add(node);
                answers.add(rawInfo.apply(node, command));
            }
        }
        if (nodes.isEmpty()) {
            return CompletableFuture.failedFuture(noActiveNode());
        }
        return CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0])).thenApply(all -> {
            JobListing listing = new JobListing();
            for (int i = 0; i < nodes.size(); i++) {
                add(listing, command, nodes.get(i), answers.get(i).join());
            }
            return listing;
        });
    }

    private static String listingCommand(long jobId) {
        return "query-show:trid=" + Long.toUnsignedString(jobId);
    }

    /** Folds one node's {@code query-show} answer into {@code listing}. */
    private static void add(JobListing listing, String command, Node node, String answer) {
        if (answer.startsWith("ERROR:2:") || answer.equals("ERROR:2")) {
            return; // the node does not list the job
        }
        AerospikeException error = Info.error(command, answer, node.name());
        if (error != null) {
            throw error;
        }
        try {
            listing.add(answer);
        } catch (IllegalArgumentException e) {
            throw AerospikeException.create(ResultCode.PARSE_ERROR, command + ": unexpected answer '" + answer
                + "'", node.name(), false, 1, e);
        }
    }

    private static AerospikeException noActiveNode() {
        return AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "the cluster has no active node", null,
            false, 0);
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
        public JobStatus queryStatus() {
            return info().status();
        }

        @Override
        public JobInfo info() {
            JobInfo info = jobInfo(taskId);
            // every node accepted the job before execute returned: one that forgot it finished it long ago
            return info.status() == JobStatus.UNDEF
                ? new JobInfo(JobStatus.COMPLETED, 100, info.recordsRead()) : info;
        }

        @Override
        public boolean isDone() {
            return queryStatus() == JobStatus.COMPLETED;
        }

        @Override
        public void waitTillComplete() {
            await(waitMillis * 1_000_000L, POLL_NANOS);
        }

        @Override
        public void waitTillComplete(Duration timeout, Duration pollInterval) {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(pollInterval, "pollInterval");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative: " + timeout);
            }
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("pollInterval must be positive: " + pollInterval);
            }
            await(saturatedNanos(timeout), saturatedNanos(pollInterval));
        }

        /** Polls until done; a timeout of 0 waits as long as the job runs. */
        private void await(long timeoutNanos, long pollNanos) {
            long start = System.nanoTime();
            while (!isDone()) {
                if (timeoutNanos > 0 && System.nanoTime() - start >= timeoutNanos) {
                    throw new CommandTimeoutException("background job " + Long.toUnsignedString(taskId)
                        + " did not end within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms", true);
                }
                LockSupport.parkNanos(timeoutNanos > 0
                    ? Math.max(1, Math.min(pollNanos, timeoutNanos - (System.nanoTime() - start))) : pollNanos);
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw AerospikeException.create(ResultCode.CLIENT_ERROR, "interrupted while waiting for background"
                        + " job " + Long.toUnsignedString(taskId), null, false, 0);
                }
            }
        }

        @Override
        public String toString() {
            return "ExecuteTask[" + Long.toUnsignedString(taskId) + "]";
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
