package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.IndexContext;
import io.spikesdk.api.IndexInfo;
import io.spikesdk.api.IndexTask;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobModule;
import io.spikesdk.api.Language;
import io.spikesdk.api.RegisterTask;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Operation;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.Policies;
import io.spikesdk.api.Policy;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.UdfInfo;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.AsyncClusterCalls;
import io.spikesdk.core.internal.Truncation;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.Aggregation;
import io.spikesdk.core.internal.command.AsyncAggregation;
import io.spikesdk.core.internal.command.AsyncBatchExecutor;
import io.spikesdk.core.internal.command.AsyncScans;
import io.spikesdk.core.internal.command.BackgroundJobs;
import io.spikesdk.core.internal.command.BatchCommands;
import io.spikesdk.core.internal.command.Request;
import io.spikesdk.core.internal.command.Requests;
import io.spikesdk.core.internal.command.ScanExecutor;
import io.spikesdk.core.internal.command.ResultHandler;
import io.spikesdk.core.internal.command.UdfRequest;
import io.spikesdk.core.internal.command.TxnCommands;
import io.spikesdk.core.internal.command.TxnMonitor;
import io.spikesdk.core.internal.command.TxnRoll;
import io.spikesdk.api.AbortStatus;
import io.spikesdk.api.CommitStatus;
import io.spikesdk.api.Txn;
import io.spikesdk.core.internal.lua.AggregationStage;
import io.spikesdk.core.internal.lua.LuaRuntime;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.serial.Serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * The asynchronous client: resolves policies and builds requests exactly as the synchronous client does, then
 * runs them on the {@link AsyncDriver}. Invalid arguments throw at the call; every {@link AerospikeException}
 * (routing, connecting, the server's answer) arrives through the future, completed on the configured executor.
 */
public final class SpikeAsyncClient implements AsyncAerospikeClient {
    private final ClientConfig config;
    private final Cluster cluster;
    private final AsyncDriver driver;
    private final AsyncBatchExecutor batches;
    private final AsyncScans scans;
    private final AsyncClusterCalls clusterCalls;
    private final Supplier<Serialization> serialization;
    private final WritePolicy readOnlyOperateDefault;
    private final TxnCommands txnCommands;

    /** @param serialization the client's serializers, resolved at the first use */
    public SpikeAsyncClient(Cluster cluster, AsyncDriver driver, Supplier<Serialization> serialization,
                            AsyncClusterCalls clusterCalls) {
        this.clusterCalls = clusterCalls;
        this.config = cluster.config();
        this.cluster = cluster;
        this.driver = driver;
        this.batches = new AsyncBatchExecutor(cluster, driver);
        this.scans = new AsyncScans(cluster, driver, config.async().completionExecutor());
        this.serialization = serialization;
        this.readOnlyOperateDefault = WritePolicy.builder(config.defaults().read()).build();
        this.txnCommands = TxnCommands.async(driver, batches);
    }

    private Policy read(Policy p) {
        return p != null ? p : config.defaults().read();
    }

    private WritePolicy write(WritePolicy p) {
        return p != null ? p : config.defaults().write();
    }

    private static Key key(Key key) {
        return Objects.requireNonNull(key, "key must not be null");
    }

    /** Connects when needed and starts the command; an AerospikeException before the start fails the future. */
    private <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> command) {
        CompletableFuture<T> started;
        try {
            cluster.ensureConnected();
            started = command.get();
        } catch (AerospikeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return driver.relay(started);
    }

    private <T> CompletableFuture<T> run(Request request, ResultHandler<T> handler) {
        try {
            cluster.ensureConnected();
        } catch (AerospikeException e) {
            return driver.relay(CompletableFuture.failedFuture(e));
        }
        return driver.executeRelayed(request, handler);
    }

    @Override
    public CompletableFuture<Void> put(WritePolicy policy, Key key, Bin... bins) {
        return writeBins(policy, key, OpType.WRITE, bins);
    }

    @Override
    public CompletableFuture<Void> put(WritePolicy policy, Key key, Map<String, ?> bins) {
        Objects.requireNonNull(bins, "bins must not be null");
        Bin[] array = new Bin[bins.size()];
        int i = 0;
        for (Map.Entry<String, ?> e : bins.entrySet()) {
            array[i++] = new Bin(e.getKey(), Value.of(e.getValue()));
        }
        return put(policy, key, array);
    }

    @Override
    public CompletableFuture<Void> append(WritePolicy policy, Key key, Bin... bins) {
        return writeBins(policy, key, OpType.APPEND, bins);
    }

    @Override
    public CompletableFuture<Void> prepend(WritePolicy policy, Key key, Bin... bins) {
        return writeBins(policy, key, OpType.PREPEND, bins);
    }

    @Override
    public CompletableFuture<Void> add(WritePolicy policy, Key key, Bin... bins) {
        return writeBins(policy, key, OpType.INCR, bins);
    }

    @Override
    public CompletableFuture<Void> removeBin(WritePolicy policy, Key key, String... binNames) {
        Objects.requireNonNull(binNames, "binNames");
        if (binNames.length == 0) {
            throw new IllegalArgumentException("binNames: at least one bin name is required");
        }
        Bin[] bins = new Bin[binNames.length];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin(binNames[i], Value.NULL);
        }
        return writeBins(policy, key, OpType.WRITE, bins);
    }

    private CompletableFuture<Void> writeBins(WritePolicy policy, Key key, int opCode, Bin[] bins) {
        WritePolicy p = write(policy);
        Serialization serial = serialization.get();
        if (p.txn() == null) {
            return run(Requests.write(p, key(key), opCode, bins, serial), ResultHandler.WRITE);
        }
        return write(p, key(key), () -> Requests.write(p, key, opCode, bins, serial), ResultHandler.WRITE);
    }

    /**
     * Runs a write on {@code key}; in a transaction, after adding the key to the monitor (the request is then
     * built again, with the monitor's deadline). The first build validates the arguments at the call.
     */
    private <T> CompletableFuture<T> write(Policy policy, Key key, Supplier<Request> build, ResultHandler<T> handler) {
        if (policy.txn() == null) {
            return run(build.get(), handler);
        }
        return inTxn(policy, key, build, request -> driver.execute(request, handler));
    }

    private <R, T> CompletableFuture<T> inTxn(Policy policy, Key key, Supplier<R> build,
                                              java.util.function.Function<R, CompletableFuture<T>> execute) {
        R request = build.get();
        if (policy.txn() == null) {
            return submit(() -> execute.apply(request));
        }
        return submit(() -> {
            Request monitor = TxnMonitor.addKey(policy, key);
            if (monitor == null) {
                return execute.apply(request);
            }
            return driver.execute(monitor, TxnMonitor.added(policy.txn()))
                .thenCompose(added -> execute.apply(build.get()));
        });
    }

    /** Runs a read; in a transaction, after checking it is open and its namespace. */
    private <T> CompletableFuture<T> read(Policy policy, Key key, Request request, ResultHandler<T> handler) {
        if (policy.txn() == null) {
            return run(request, handler);
        }
        return submit(() -> {
            TxnMonitor.prepareRead(policy, key);
            return driver.execute(request, handler);
        });
    }

    /** Runs a batch after adding {@code monitor}'s keys (null: none) to the transaction's monitor. */
    private <R> CompletableFuture<R> batch(Policy policy, Supplier<Request> monitor, BatchCommands.Prepared<R> call) {
        return submit(() -> {
            Request add = monitor.get();
            if (add == null) {
                return batches.execute(call);
            }
            return driver.execute(add, TxnMonitor.added(policy.txn())).thenCompose(added -> batches.execute(call));
        });
    }

    private static Supplier<Request> readKeys(Policy p, Key[] keys) {
        return () -> {
            if (p.txn() != null) {
                TxnMonitor.prepareRead(p, Arrays.asList(keys));
            }
            return null;
        };
    }

    @Override
    public CompletableFuture<CommitStatus> commit(Txn txn) {
        Objects.requireNonNull(txn, "txn must not be null");
        Policies defaults = config.defaults();
        return submit(() -> TxnRoll.commit(txnCommands, txn, defaults.txnVerify(), defaults.txnRoll()));
    }

    @Override
    public CompletableFuture<AbortStatus> abort(Txn txn) {
        Objects.requireNonNull(txn, "txn must not be null");
        return submit(() -> TxnRoll.abort(txnCommands, txn, config.defaults().txnRoll()));
    }

    @Override
    public CompletableFuture<Record> get(Policy policy, Key key, String... binNames) {
        String[] names = binNames == null || binNames.length == 0 ? null : binNames;
        Policy p = read(policy);
        return read(p, key, Requests.read(p, key(key), names, serialization.get()), ResultHandler.RECORD);
    }

    @Override
    public CompletableFuture<Record> getHeader(Policy policy, Key key) {
        Policy p = read(policy);
        return read(p, key, Requests.readHeader(p, key(key)), ResultHandler.RECORD);
    }

    @Override
    public CompletableFuture<Boolean> exists(Policy policy, Key key) {
        Policy p = read(policy);
        return read(p, key, Requests.readHeader(p, key(key)), ResultHandler.FOUND);
    }

    @Override
    public CompletableFuture<Boolean> delete(WritePolicy policy, Key key) {
        WritePolicy p = write(policy);
        return write(p, key(key), () -> Requests.delete(p, key), ResultHandler.FOUND);
    }

    @Override
    public CompletableFuture<Void> touch(WritePolicy policy, Key key) {
        WritePolicy p = write(policy);
        return write(p, key(key), () -> Requests.touch(p, key), ResultHandler.WRITE);
    }

    @Override
    public CompletableFuture<Record> operate(WritePolicy policy, Key key, Operation... operations) {
        WritePolicy p = policy;
        if (p == null) {
            p = hasWrite(operations) ? config.defaults().write() : readOnlyOperateDefault;
        }
        WritePolicy wp = p;
        Serialization serial = serialization.get();
        if (hasWrite(operations)) {
            return write(wp, key(key), () -> Requests.operate(wp, key, operations, serial), ResultHandler.OPERATE);
        }
        return read(wp, key, Requests.operate(wp, key(key), operations, serial), ResultHandler.OPERATE);
    }

    private static boolean hasWrite(Operation[] operations) {
        if (operations != null) {
            for (Operation op : operations) {
                if (op != null && op.type().isWrite()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public CompletableFuture<Object> execute(WritePolicy policy, Key key, String module, String function,
                                             Value... args) {
        Serialization serial = serialization.get();
        WritePolicy p = write(policy);
        if (p.txn() == null) {
            UdfRequest request = UdfRequest.of(p, key(key), module, function, args, serial);
            try {
                cluster.ensureConnected();
            } catch (AerospikeException e) {
                return driver.relay(CompletableFuture.failedFuture(e));
            }
            return driver.executeRelayed(request, request.reply(serial));
        }
        return inTxn(p, key(key), () -> UdfRequest.of(p, key, module, function, args, serial),
            request -> driver.execute(request, request.reply(serial), 0, 0));
    }

    // ---- batch

    private BatchPolicy batchRead(BatchPolicy p) {
        return p != null ? p : config.defaults().batch();
    }

    private BatchPolicy batchWrite(BatchPolicy p) {
        return p != null ? p : config.defaults().batchWrite();
    }

    @Override
    public CompletableFuture<Record[]> get(BatchPolicy policy, Key[] keys, String... binNames) {
        BatchPolicy p = batchRead(policy);
        var call = BatchCommands.getCall(p, keys, binNames, serialization.get());
        return batch(p, readKeys(p, keys), call);
    }

    @Override
    public CompletableFuture<Record[]> getHeader(BatchPolicy policy, Key[] keys) {
        BatchPolicy p = batchRead(policy);
        var call = BatchCommands.getHeaderCall(p, keys);
        return batch(p, readKeys(p, keys), call);
    }

    @Override
    public CompletableFuture<boolean[]> exists(BatchPolicy policy, Key[] keys) {
        BatchPolicy p = batchRead(policy);
        var call = BatchCommands.existsCall(p, keys);
        return batch(p, readKeys(p, keys), call);
    }

    @Override
    public CompletableFuture<BatchRecord[]> operate(BatchPolicy batchPolicy, BatchWritePolicy writePolicy, Key[] keys,
                                                    Operation... operations) {
        BatchPolicy p = batchWrite(batchPolicy);
        var call = BatchCommands.operateCall(p, writePolicy != null ? writePolicy : BatchWritePolicy.DEFAULT, keys,
            operations, serialization.get());
        return batch(p, () -> keys.length == 0 ? null : TxnMonitor.addKeys(p, Arrays.asList(keys)), call);
    }

    @Override
    public CompletableFuture<BatchRecord[]> delete(BatchPolicy batchPolicy, BatchDeletePolicy deletePolicy,
                                                   Key[] keys) {
        BatchPolicy p = batchWrite(batchPolicy);
        var call = BatchCommands.deleteCall(p, deletePolicy != null ? deletePolicy : BatchDeletePolicy.DEFAULT, keys);
        return batch(p, () -> keys.length == 0 ? null : TxnMonitor.addKeys(p, Arrays.asList(keys)), call);
    }

    @Override
    public CompletableFuture<Boolean> operate(BatchPolicy policy, List<? extends BatchRecord> records) {
        BatchPolicy p = batchWrite(policy);
        var call = BatchCommands.operateCall(p, records, BatchWritePolicy.DEFAULT,
            BatchDeletePolicy.DEFAULT, BatchUDFPolicy.DEFAULT, serialization.get());
        return batch(p, () -> records.isEmpty() ? null : TxnMonitor.addRecords(p, records), call);
    }

    // ---- info

    @Override
    public CompletableFuture<Map<String, String>> info(String... commands) {
        Info.checkCommands(commands);
        return submit(() -> infoOn(cluster.anyNode(), commands));
    }

    @Override
    public CompletableFuture<Map<String, String>> info(NodeInfo node, String... commands) {
        Objects.requireNonNull(node, "node");
        Info.checkCommands(commands);
        return submit(() -> {
            for (Node n : cluster.nodes()) {
                if (n.isActive() && n.name().equals(node.name())) {
                    return infoOn(n, commands);
                }
            }
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "node " + node.name()
                + " is not an active node of the cluster", node.name(), false, 0);
        });
    }

    @Override
    public CompletableFuture<String> infoRandomNode(String command) {
        Info.checkCommands(command);
        return submit(() -> infoOn(cluster.anyNode(), new String[] {command}).thenApply(answers -> answers.get(command)));
    }

    @Override
    public CompletableFuture<Map<NodeInfo, String>> infoAll(String command) {
        Info.checkCommands(command);
        return submit(() -> {
            List<Node> nodes = new ArrayList<>();
            List<CompletableFuture<Map<String, String>>> answers = new ArrayList<>();
            for (Node n : cluster.nodes()) {
                if (n.isActive()) {
                    nodes.add(n);
                    answers.add(infoOn(n, new String[] {command}));
                }
            }
            if (nodes.isEmpty()) {
                throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "the cluster has no active node", null,
                    false, 0);
            }
            return CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0])).thenApply(all -> {
                Map<NodeInfo, String> byNode = new LinkedHashMap<>();
                for (int i = 0; i < nodes.size(); i++) {
                    byNode.put(nodes.get(i).info(), answers.get(i).join().get(command));
                }
                return byNode;
            });
        });
    }

    @Override
    public CompletableFuture<Void> truncate(String namespace, String set, Instant before) {
        String command = Truncation.command(namespace, set, before);
        return submit(() -> infoOn(cluster.anyNode(), new String[] {command}).thenApply(answers -> {
            Truncation.check(answers.get(command));
            return null;
        }));
    }

    /** The answers of {@code node}; an answer the server marks as an error fails the future. */
    private CompletableFuture<Map<String, String>> infoOn(Node node, String[] commands) {
        int timeout = config.defaults().read().totalTimeout();
        return driver.info(node, Arrays.asList(commands), timeout > 0 ? timeout : 1000).thenApply(answers -> {
            Info.checkAnswers(answers, node.name());
            return answers;
        });
    }

    // ---- secondary indexes, background jobs and UDF modules

    @Override
    public CompletableFuture<IndexTask> createIndex(String namespace, String set, String name, String bin,
                                                    IndexType type, IndexCollectionType collectionType) {
        return submit(() -> clusterCalls.createIndex(namespace, set, name, bin, type, collectionType, null));
    }

    @Override
    public CompletableFuture<IndexTask> createIndex(String namespace, String set, String name, String bin,
                                                    IndexType type, IndexCollectionType collectionType,
                                                    IndexContext context) {
        Objects.requireNonNull(context, "context");
        return submit(() -> clusterCalls.createIndex(namespace, set, name, bin, type, collectionType, context));
    }

    @Override
    public CompletableFuture<Void> dropIndex(String namespace, String set, String name) {
        return submit(() -> clusterCalls.dropIndex(namespace, set, name));
    }

    @Override
    public CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, int recordsPerSecond,
                                                  Operation... operations) {
        if (recordsPerSecond < 0) {
            throw new IllegalArgumentException("recordsPerSecond must not be negative: " + recordsPerSecond);
        }
        checkStatement(statement);
        BackgroundJobs.checkOperations(operations);
        Serialization serial = serialization.get();
        return submit(() -> clusterCalls.execute(write(policy), statement, recordsPerSecond, operations, serial));
    }

    @Override
    public CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, String module,
                                                  String function, Value... args) {
        checkStatement(statement);
        Serialization serial = serialization.get();
        return submit(() -> clusterCalls.execute(write(policy), statement, module, function, args, serial));
    }

    @Override
    public CompletableFuture<RegisterTask> registerUdf(String content, String serverPath, Language language) {
        Objects.requireNonNull(content, "content");
        return submit(() -> clusterCalls.registerUdf(content, serverPath, language));
    }

    @Override
    public CompletableFuture<RegisterTask> registerUdf(Path file, String serverPath, Language language) {
        Objects.requireNonNull(file, "file");
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read UDF module " + file, e);
        }
        return submit(() -> clusterCalls.registerUdf(content, serverPath, language));
    }

    @Override
    public CompletableFuture<Void> removeUdf(String serverPath) {
        return submit(() -> clusterCalls.removeUdf(serverPath));
    }

    @Override
    public CompletableFuture<List<UdfInfo>> listUdfs() {
        return submit(clusterCalls::listUdfs);
    }

    @Override
    public CompletableFuture<String> getUdf(String serverPath) {
        return submit(() -> clusterCalls.getUdf(serverPath));
    }

    @Override
    public CompletableFuture<List<IndexInfo>> indexes(String namespace) {
        return submit(() -> clusterCalls.indexes(namespace));
    }

    @Override
    public CompletableFuture<JobInfo> jobInfo(long jobId, JobModule module) {
        BackgroundJobs.checkJobId(jobId, "jobId");
        Objects.requireNonNull(module, "module");
        return submit(() -> clusterCalls.jobInfo(jobId));
    }

    @Override
    public CompletableFuture<ScanInfo> scanInfo(long scanId) {
        BackgroundJobs.checkJobId(scanId, "scanId");
        return submit(() -> clusterCalls.scanInfo(scanId));
    }

    // ---- scans and queries

    @Override
    public Flow.Publisher<KeyRecord> scan(ScanPolicy policy, String namespace, String set, String... binNames) {
        return scanPublisher(policy, null, namespace, set, binNames);
    }

    @Override
    public Flow.Publisher<KeyRecord> scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set,
                                          String... binNames) {
        return scanPublisher(policy, Objects.requireNonNull(filter, "filter"), namespace, set, binNames);
    }

    private Flow.Publisher<KeyRecord> scanPublisher(ScanPolicy policy, PartitionFilter filter, String namespace,
                                                    String set, String[] binNames) {
        Objects.requireNonNull(namespace, "namespace");
        String[] bins = ScanExecutor.binNames(binNames);
        return scans.scan(policy != null ? policy : config.defaults().scan(), filter, namespace, set, bins,
            serialization.get());
    }

    @Override
    public Flow.Publisher<KeyRecord> query(QueryPolicy policy, Statement statement) {
        return queryPublisher(policy, null, statement);
    }

    @Override
    public Flow.Publisher<KeyRecord> query(QueryPolicy policy, PartitionFilter filter, Statement statement) {
        return queryPublisher(policy, Objects.requireNonNull(filter, "filter"), statement);
    }

    private Flow.Publisher<KeyRecord> queryPublisher(QueryPolicy policy, PartitionFilter filter, Statement statement) {
        checkStatement(statement);
        return scans.query(policy != null ? policy : config.defaults().query(), filter, statement,
            serialization.get());
    }

    @Override
    public Flow.Publisher<Object> queryAggregate(QueryPolicy policy, Statement statement, String module,
                                                 String function, Value... args) {
        checkStatement(statement);
        List<Object> stageArgs = Aggregation.stageArgs(module, function, args);
        LuaRuntime.check();
        Serialization serial = serialization.get();
        QueryPolicy p = policy != null ? policy : config.defaults().query();
        Executor completions = config.async().completionExecutor();
        // the stage waits for its input and for demand: never on an event loop, where an in-place completion
        // executor (Runnable::run) would run it; there it gets a thread of its own
        Executor executor = task -> completions.execute(() -> {
            if (driver.onEventLoop()) {
                Thread stageThread = new Thread(task, "spike-async-aggregate");
                stageThread.setDaemon(true);
                stageThread.start();
            } else {
                task.run();
            }
        });
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber must not be null");
            submit(() -> stageSource(module)).whenComplete((source, error) -> {
                AggregationStage stage = null;
                Throwable failure = error;
                if (failure == null) {
                    try {
                        stage = AggregationStage.load(module, source, function, stageArgs);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                if (failure != null) {
                    subscriber.onSubscribe(new Flow.Subscription() {
                        @Override
                        public void request(long n) {
                        }

                        @Override
                        public void cancel() {
                        }
                    });
                    subscriber.onError(failure);
                    return;
                }
                AsyncAggregation.subscribe(subscriber, cluster, driver, executor, p, statement, module, function,
                    args, stage, serial);
            });
        };
    }

    /** The client stage's source: {@code <module>.lua} in the UDF directory, else the server's, without blocking. */
    private CompletableFuture<String> stageSource(String module) {
        Path directory = config.udfDirectory();
        String fileName = module + ".lua";
        if (directory != null && Files.isRegularFile(directory.resolve(fileName))) {
            try {
                return CompletableFuture.completedFuture(Files.readString(directory.resolve(fileName)));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(new UncheckedIOException("cannot read UDF module "
                    + directory.resolve(fileName), e));
            }
        }
        return clusterCalls.getUdf(fileName).thenApply(source -> {
            if (source == null) {
                throw new UdfException(ResultCode.UDF_BAD_RESPONSE, null, "module " + module + " is not registered on"
                    + " the server" + (directory != null ? " and " + directory + " has no " + fileName : ""), null,
                    false, 0, null);
            }
            return source;
        });
    }

    private static void checkStatement(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        ScanExecutor.binNames(statement.binNames());
        Filter f = statement.filter();
        if (f != null) {
            ScanExecutor.binNames(new String[] {f.bin()});
        }
    }

    @Override
    public String toString() {
        return "SpikeAsyncClient" + config.hosts() + " " + config.async();
    }
}
