package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.IndexContext;
import io.spikesdk.api.IndexInfo;
import io.spikesdk.api.IndexTask;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.Language;
import io.spikesdk.api.Operation;
import io.spikesdk.api.RegisterTask;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.Statement;
import io.spikesdk.api.UdfInfo;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.async.AsyncDriver;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.BackgroundJobs;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.serial.Serialization;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The async client's cluster calls that the synchronous client makes with info commands and background jobs:
 * secondary indexes, UDF modules and {@code execute} jobs, the same commands and answer checks as
 * {@link SecondaryIndexes}, {@link Udfs} and {@link BackgroundJobs}, sent on the {@link AsyncDriver}. The tasks they
 * return are the synchronous client's (their {@code waitTillComplete} blocks).
 */
public final class AsyncClusterCalls {
    private final Cluster cluster;
    private final AsyncDriver driver;
    private final SecondaryIndexes indexes;
    private final Udfs udfs;
    private final BackgroundJobs jobs;
    private final int infoTimeoutMs;
    private final int udfTimeoutMs;

    AsyncClusterCalls(Cluster cluster, AsyncDriver driver, SecondaryIndexes indexes, Udfs udfs, BackgroundJobs jobs,
                      int infoTimeoutMs, int udfTimeoutMs) {
        this.cluster = cluster;
        this.driver = driver;
        this.indexes = indexes;
        this.udfs = udfs;
        this.jobs = jobs;
        this.infoTimeoutMs = infoTimeoutMs;
        this.udfTimeoutMs = udfTimeoutMs;
    }

    /** Checks the arguments at the call (they throw), then sends {@code sindex-create} to one node. */
    public CompletableFuture<IndexTask> createIndex(String namespace, String set, String name, String bin,
                                                    IndexType type, IndexCollectionType collectionType,
                                                    IndexContext context) {
        String command = indexes.createCommand(namespace, set, name, bin, type, collectionType, context);
        return checkedInfo(cluster.anyNode(), command).thenApply(answer -> indexes.created(namespace, name, answer));
    }

    public CompletableFuture<Void> dropIndex(String namespace, String set, String name) {
        String command = indexes.dropCommand(namespace, set, name);
        return checkedInfo(cluster.anyNode(), command).thenApply(answer -> null);
    }

    public CompletableFuture<List<IndexInfo>> indexes(String namespace) {
        String command = SecondaryIndexes.listCommand(namespace);
        return checkedInfo(cluster.anyNode(), command).thenApply(SecondaryIndexes::parseList);
    }

    public CompletableFuture<RegisterTask> registerUdf(String content, String serverPath, Language language) {
        return registerUdf(content.getBytes(StandardCharsets.UTF_8), serverPath, language);
    }

    public CompletableFuture<RegisterTask> registerUdf(byte[] content, String serverPath, Language language) {
        String command = Udfs.registerCommand(content, serverPath, language);
        Node node = cluster.anyNode();
        return rawInfo(node, command, udfTimeoutMs)
            .thenCompose(answer -> {
                Udfs.accepted(serverPath, answer, node);
                return rawInfo(node, "udf-list", udfTimeoutMs);
            })
            .thenApply(list -> udfs.registered(serverPath, list, node));
    }

    public CompletableFuture<Void> removeUdf(String serverPath) {
        String command = Udfs.removeCommand(serverPath);
        Node node = cluster.anyNode();
        return rawInfo(node, command, udfTimeoutMs).thenApply(answer -> {
            Udfs.removed(serverPath, answer, node);
            return null;
        });
    }

    public CompletableFuture<List<UdfInfo>> listUdfs() {
        Node node = cluster.anyNode();
        return rawInfo(node, "udf-list", udfTimeoutMs).thenApply(list -> Udfs.parseList(list, node));
    }

    public CompletableFuture<String> getUdf(String serverPath) {
        String command = Udfs.getCommand(serverPath);
        Node node = cluster.anyNode();
        return rawInfo(node, command, udfTimeoutMs).thenApply(answer -> Udfs.parseGet(serverPath, answer, node));
    }

    public CompletableFuture<JobInfo> jobInfo(long jobId) {
        return jobs.jobInfo(jobId, (node, command) -> rawInfo(node, command, infoTimeoutMs));
    }

    public CompletableFuture<ScanInfo> scanInfo(long scanId) {
        return jobs.scanInfo(scanId, (node, command) -> rawInfo(node, command, infoTimeoutMs));
    }

    public CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, int recordsPerSecond,
                                                  Operation[] operations, Serialization serial) {
        return jobs.execute(driver, policy, statement, recordsPerSecond, operations, serial);
    }

    public CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, String module,
                                                  String function, Value[] args, Serialization serial) {
        return jobs.execute(driver, policy, statement, module, function, args, serial);
    }

    private CompletableFuture<String> rawInfo(Node node, String command, int timeoutMs) {
        return driver.info(node, List.of(command), timeoutMs).thenApply(answers -> answers.get(command));
    }

    /** One info command's answer; an answer the server marks as an error fails the future. */
    private CompletableFuture<String> checkedInfo(Node node, String command) {
        return rawInfo(node, command, infoTimeoutMs).thenApply(answer -> {
            AerospikeException error = Info.error(command, answer, node.name());
            if (error != null) {
                throw error;
            }
            return answer;
        });
    }
}
