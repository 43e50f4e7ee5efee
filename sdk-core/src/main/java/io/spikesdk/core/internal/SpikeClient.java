package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ClusterView;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.IndexContext;
import io.spikesdk.api.IndexInfo;
import io.spikesdk.api.IndexTask;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobModule;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Language;
import io.spikesdk.api.RegisterTask;
import io.spikesdk.api.ResultStream;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.UdfInfo;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policies;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.async.AsyncDriver;
import io.spikesdk.core.internal.async.SpikeAsyncClient;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.LiveClusterView;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.BackgroundJobs;
import io.spikesdk.core.internal.command.BatchCommands;
import io.spikesdk.core.internal.command.BatchExecutor;
import io.spikesdk.core.internal.command.BlockingDriver;
import io.spikesdk.core.internal.command.Requests;
import io.spikesdk.core.internal.command.ResultHandler;
import io.spikesdk.core.internal.command.ScanExecutor;
import io.spikesdk.core.internal.command.UdfRequest;
import io.spikesdk.api.AbortStatus;
import io.spikesdk.api.CommitStatus;
import io.spikesdk.api.Txn;
import io.spikesdk.api.TxnOptions;
import io.spikesdk.api.TxnWork;
import io.spikesdk.core.internal.command.TxnMonitor;
import io.spikesdk.core.internal.command.TxnRoll;
import io.spikesdk.core.internal.command.TxnCommands;
import io.spikesdk.core.internal.command.Request;
import io.spikesdk.core.internal.command.Aggregation;
import io.spikesdk.core.internal.lua.AggregationStage;
import io.spikesdk.core.internal.lua.LuaRuntime;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.serial.Serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The synchronous client: resolves policies ({@code null} = the config defaults), builds the request,
 * and runs it through the {@link BlockingDriver}. Commands issued before {@link #connect()} connect first
 * ({@link Cluster#ensureConnected()}: a volatile read once connected).
 * Serializers (docs/architecture.md §3) are resolved once, at the first {@code connect()} or command.
 */
public final class SpikeClient implements AerospikeClient {
    private static final int UDF_INFO_TIMEOUT_MS = 10_000;
    private final ClientConfig config;
    private final Cluster cluster;
    private static final Log LOG = Log.named("core.client");

    private final BlockingDriver driver;
    private final ExecutorService batchThreads;
    private final BatchCommands batches;
    private final ScanExecutor scans;
    private final SecondaryIndexes indexes;
    private final BackgroundJobs jobs;
    private final Udfs udfs;
    private final ClusterView view;
    private final WritePolicy readOnlyOperateDefault;
    private final TxnCommands txnCommands;
    private final TransactionRunner transactions;
    private final ReentrantLock serializationLock = new ReentrantLock();
    private volatile Serialization serialization;
    private final ReentrantLock asyncLock = new ReentrantLock();
    private volatile SpikeAsyncClient async;
    private AsyncDriver asyncDriver;

    public SpikeClient(ClientConfig config) {
        if (config == null) {
            throw new NullPointerException("config must not be null");
        }
        this.config = config;
        this.cluster = new Cluster(config);
        this.driver = new BlockingDriver(cluster);
        this.batchThreads = Executors.newCachedThreadPool(BatchThreads.factory());
        BatchExecutor batchExecutor = new BatchExecutor(cluster, driver, batchThreads);
        this.batches = new BatchCommands(batchExecutor);
        this.txnCommands = TxnCommands.blocking(driver, batchExecutor);
        this.transactions = new TransactionRunner(this, config);
        this.scans = new ScanExecutor(cluster, driver, batchThreads);
        this.indexes = new SecondaryIndexes(cluster, (node, command) -> infoOn(node, command).get(command),
                config.defaults().read().totalTimeout());
        this.jobs = new BackgroundJobs(cluster, driver, this::rawInfo, config.defaults().read().totalTimeout());
        // module management (udf-put compiles the module on the server) gets at least 10 s per info answer
        this.udfs = new Udfs(cluster, (node, command) -> rawInfo(node, command,
                Math.max(UDF_INFO_TIMEOUT_MS, config.defaults().read().totalTimeout())),
                config.defaults().read().totalTimeout());
        this.view = new LiveClusterView(cluster);
        if (config.metricsListener() != null) {
            config.metricsListener().clusterAttached(view);
        }
        this.readOnlyOperateDefault = WritePolicy.builder(config.defaults().read()).build();
    }

    /**
     * Resolves the serializers, then connects: a serializer name that no jar provides fails here, listing
     * the names that are available.
     */
    @Override
    public AerospikeClient connect() {
        serialization();
        cluster.connect();
        return this;
    }

    private Serialization serialization() {
        Serialization s = serialization;
        if (s == null) {
            serializationLock.lock();
            try {
                s = serialization;
                if (s == null) {
                    s = Serialization.resolve(config);
                    serialization = s;
                }
            } finally {
                serializationLock.unlock();
            }
        }
        return s;
    }

    @Override
    public boolean isConnected() {
        return cluster.isConnected();
    }

    @Override
    public void close() {
        cluster.close();
        batchThreads.shutdown();
        asyncLock.lock();
        try {
            if (asyncDriver != null) {
                asyncDriver.close();
            }
        } finally {
            asyncLock.unlock();
        }
    }

    /** Starts the async driver's threads at the first call. */
    @Override
    public AsyncAerospikeClient async() {
        SpikeAsyncClient a = async;
        if (a != null) {
            return a;
        }
        asyncLock.lock();
        try {
            if (async == null) {
                if (cluster.isClosed()) {
                    throw new ClientClosedException("client is closed");
                }
                asyncDriver = new AsyncDriver(cluster, config.async());
                async = new SpikeAsyncClient(cluster, asyncDriver, this::serialization, new AsyncClusterCalls(
                    cluster, asyncDriver, indexes, udfs, jobs, infoTimeoutMs(),
                    Math.max(UDF_INFO_TIMEOUT_MS, config.defaults().read().totalTimeout())));
            }
            return async;
        } finally {
            asyncLock.unlock();
        }
    }

    /** The async driver when {@link #async()} started it, for this module's tests. */
    AsyncDriver internalAsyncDriver() {
        return asyncDriver;
    }

    @Override
    public ClientConfig config() {
        return config;
    }

    /**
     * The cluster behind this client, for sdk-core's internal packages (the admin transport) and this module's tests
     * (through their {@code ClientInternals}); not application API.
     */
    public Cluster internalCluster() {
        return cluster;
    }

    @Override
    public List<NodeInfo> nodes() {
        return view.nodes();
    }

    @Override
    public ClusterView cluster() {
        return view;
    }

    private void ready() {
        cluster.ensureConnected();
    }

    private Policy read(Policy p) {
        return p != null ? p : config.defaults().read();
    }

    private WritePolicy write(WritePolicy p) {
        return p != null ? p : config.defaults().write();
    }

    private static Key key(Key key) {
        if (key == null) {
            throw new NullPointerException("key must not be null");
        }
        return key;
    }

    @Override
    public void put(Key key, Map<String, ?> bins) {
        put(null, key, bins);
    }

    @Override
    public void put(WritePolicy policy, Key key, Map<String, ?> bins) {
        if (bins == null) {
            throw new NullPointerException("bins must not be null");
        }
        Bin[] array = new Bin[bins.size()];
        int i = 0;
        for (Map.Entry<String, ?> e : bins.entrySet()) {
            array[i++] = new Bin(e.getKey(), Value.of(e.getValue()));
        }
        put(policy, key, array);
    }

    @Override
    public void put(Key key, Bin... bins) {
        put(null, key, bins);
    }

    @Override
    public void put(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.WRITE, bins);
    }

    @Override
    public void append(Key key, Bin... bins) {
        append(null, key, bins);
    }

    @Override
    public void append(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.APPEND, bins);
    }

    @Override
    public void prepend(Key key, Bin... bins) {
        prepend(null, key, bins);
    }

    @Override
    public void prepend(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.PREPEND, bins);
    }

    @Override
    public void add(Key key, Bin... bins) {
        add(null, key, bins);
    }

    @Override
    public void add(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.INCR, bins);
    }

    @Override
    public void removeBin(Key key, String... binNames) {
        removeBin(null, key, binNames);
    }

    @Override
    public void removeBin(WritePolicy policy, Key key, String... binNames) {
        Objects.requireNonNull(binNames, "binNames");
        if (binNames.length == 0) {
            throw new IllegalArgumentException("binNames: at least one bin name is required");
        }
        Bin[] bins = new Bin[binNames.length];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin(binNames[i], Value.NULL);
        }
        writeBins(policy, key, OpType.WRITE, bins);
    }

    private void writeBins(WritePolicy policy, Key key, int opCode, Bin[] bins) {
        WritePolicy p = write(policy);
        Serialization serial = serialization();
        var request = inTxn(p, key(key), () -> Requests.write(p, key, opCode, bins, serial));
        driver.execute(request, ResultHandler.WRITE);
    }

    /**
     * The request of a write on {@code key}, after adding the key to the policy's transaction monitor when the
     * policy has a transaction (the request is then built again: it carries the monitor's deadline). The first
     * build validates the arguments before anything is sent. Also waits until the client is ready.
     */
    private <R> R inTxn(Policy policy, Key key, Supplier<R> build) {
        R request = build.get();
        ready();
        if (policy.txn() == null) {
            return request;
        }
        Request monitor = TxnMonitor.addKey(policy, key);
        if (monitor == null) {
            return request;
        }
        driver.execute(monitor, TxnMonitor.added(policy.txn()));
        return build.get();
    }

    /** Before a batch: checks the transaction and adds the keys of {@code monitor} (null: none) to its monitor. */
    private void addToMonitor(Policy policy, Request monitor) {
        if (monitor != null) {
            driver.execute(monitor, TxnMonitor.added(policy.txn()));
        }
    }

    @Override
    public Record get(Key key) {
        return get(null, key);
    }

    @Override
    public Record get(Policy policy, Key key) {
        return get(policy, key, (String[]) null);
    }

    @Override
    public Record get(Key key, String... binNames) {
        return get(null, key, binNames);
    }

    @Override
    public Record get(Policy policy, Key key, String... binNames) {
        Policy p = read(policy);
        var request = Requests.read(p, key(key), binNames, serialization());
        ready();
        TxnMonitor.prepareRead(p, key);
        return driver.execute(request, ResultHandler.RECORD);
    }

    @Override
    public Record getHeader(Key key) {
        return getHeader(null, key);
    }

    @Override
    public Record getHeader(Policy policy, Key key) {
        Policy p = read(policy);
        var request = Requests.readHeader(p, key(key));
        ready();
        TxnMonitor.prepareRead(p, key);
        return driver.execute(request, ResultHandler.RECORD);
    }

    @Override
    public boolean exists(Key key) {
        return exists(null, key);
    }

    @Override
    public boolean exists(Policy policy, Key key) {
        Policy p = read(policy);
        var request = Requests.readHeader(p, key(key));
        ready();
        TxnMonitor.prepareRead(p, key);
        return driver.execute(request, ResultHandler.FOUND);
    }

    @Override
    public boolean delete(Key key) {
        return delete(null, key);
    }

    @Override
    public boolean delete(WritePolicy policy, Key key) {
        WritePolicy p = write(policy);
        var request = inTxn(p, key(key), () -> Requests.delete(p, key));
        return driver.execute(request, ResultHandler.FOUND);
    }

    @Override
    public void touch(Key key) {
        touch(null, key);
    }

    @Override
    public void touch(WritePolicy policy, Key key) {
        WritePolicy p = write(policy);
        var request = inTxn(p, key(key), () -> Requests.touch(p, key));
        driver.execute(request, ResultHandler.WRITE);
    }

    @Override
    public Record operate(Key key, Operation... operations) {
        return operate(null, key, operations);
    }

    @Override
    public Record operate(Key key, List<Operation> operations) {
        return operate(null, key, operations);
    }

    @Override
    public Record operate(WritePolicy policy, Key key, List<Operation> operations) {
        if (operations == null) {
            throw new NullPointerException("operations must not be null");
        }
        return operate(policy, key, operations.toArray(new Operation[0]));
    }

    @Override
    public Record operate(WritePolicy policy, Key key, Operation... operations) {
        WritePolicy p = policy;
        if (p == null) {
            p = hasWrite(operations) ? config.defaults().write() : readOnlyOperateDefault;
        }
        WritePolicy wp = p;
        Serialization serial = serialization();
        Request request;
        if (hasWrite(operations)) {
            request = inTxn(wp, key(key), () -> Requests.operate(wp, key, operations, serial));
        } else {
            request = Requests.operate(wp, key(key), operations, serial);
            ready();
            TxnMonitor.prepareRead(wp, key);
        }
        return driver.execute(request, ResultHandler.OPERATE);
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
    public String info(String command) {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command: an info command must not be empty");
        }
        return info(new String[] {command}).get(command);
    }

    @Override
    public Map<String, String> info(String... commands) {
        Objects.requireNonNull(commands, "commands");
        if (commands.length == 0) {
            throw new IllegalArgumentException("commands: at least one info command is required");
        }
        ready();
        return infoOn(cluster.anyNode(), commands);
    }

    /** Sends the commands to {@code node}; an answer the server marks as an error is thrown. */
    private Map<String, String> infoOn(Node node, String... commands) {
        int timeout = config.defaults().read().totalTimeout();
        Map<String, String> answers;
        try {
            answers = nodeInfo(node, Arrays.asList(commands), timeout > 0 ? timeout : 1000);
        } catch (IOException e) {
            throw new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                    "info request to node " + node + " failed: " + e.getMessage(), node.name(), false, 1, e);
        }
        Info.checkAnswers(answers, node.name());
        return answers;
    }

    @Override
    public Map<String, String> info(NodeInfo node, String... commands) {
        Objects.requireNonNull(node, "node");
        Info.checkCommands(commands);
        ready();
        for (Node n : cluster.nodes()) {
            if (n.isActive() && n.name().equals(node.name())) {
                return infoOn(n, commands);
            }
        }
        throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "node " + node.name()
                + " is not an active node of the cluster", node.name(), false, 0);
    }

    @Override
    public String infoRandomNode(String command) {
        return info(command);
    }

    @Override
    public Map<NodeInfo, String> infoAll(String command) {
        Info.checkCommands(command);
        ready();
        Map<NodeInfo, String> answers = new LinkedHashMap<>();
        for (Node n : cluster.nodes()) {
            if (n.isActive()) {
                answers.put(n.info(), infoOn(n, command).get(command));
            }
        }
        if (answers.isEmpty()) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "the cluster has no active node", null,
                    false, 0);
        }
        return answers;
    }

    @Override
    public void truncate(String namespace, String set, Instant before) {
        String command = Truncation.command(namespace, set, before);
        Truncation.check(info(command));
    }

    // ---- transactions

    @Override
    public CommitStatus commit(Txn txn) {
        Objects.requireNonNull(txn, "txn must not be null");
        ready();
        Policies defaults = config.defaults();
        return join(TxnRoll.commit(txnCommands, txn, defaults.txnVerify(), defaults.txnRoll()));
    }

    @Override
    public AbortStatus abort(Txn txn) {
        Objects.requireNonNull(txn, "txn must not be null");
        ready();
        return join(TxnRoll.abort(txnCommands, txn, config.defaults().txnRoll()));
    }

    @Override
    public <T> T transactionResult(TxnOptions options, TxnWork<T> work) {
        return transactions.run(options, work);
    }

    /** The result of a future of the blocking driver (complete on return); its failure rethrown as it is. */
    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    // ---- batch

    private static void prepareRead(Policy p, Key[] keys) {
        if (p.txn() != null && keys != null) {
            TxnMonitor.prepareRead(p, Arrays.asList(keys));
        }
    }

    private BatchPolicy batchRead(BatchPolicy p) {
        return p != null ? p : config.defaults().batch();
    }

    private BatchPolicy batchWrite(BatchPolicy p) {
        return p != null ? p : config.defaults().batchWrite();
    }

    @Override
    public Record[] get(Key[] keys) {
        return get((BatchPolicy) null, keys, (String[]) null);
    }

    @Override
    public Record[] get(BatchPolicy policy, Key[] keys) {
        return get(policy, keys, (String[]) null);
    }

    @Override
    public Record[] get(Key[] keys, String... binNames) {
        return get((BatchPolicy) null, keys, binNames);
    }

    @Override
    public Record[] get(BatchPolicy policy, Key[] keys, String... binNames) {
        Serialization serial = serialization();
        BatchPolicy p = batchRead(policy);
        ready();
        prepareRead(p, keys);
        return batches.get(p, keys, binNames, serial);
    }

    @Override
    public boolean get(List<BatchRead> records) {
        return get((BatchPolicy) null, records);
    }

    @Override
    public boolean get(BatchPolicy policy, List<BatchRead> records) {
        Serialization serial = serialization();
        BatchPolicy p = batchRead(policy);
        ready();
        if (p.txn() != null && records != null) {
            TxnMonitor.prepareRead(p, records.stream().map(BatchRecord::key).toList());
        }
        return batches.operate(p, records, BatchWritePolicy.DEFAULT, BatchDeletePolicy.DEFAULT,
                BatchUDFPolicy.DEFAULT, serial);
    }

    @Override
    public Record[] getHeader(Key[] keys) {
        return getHeader((BatchPolicy) null, keys);
    }

    @Override
    public Record[] getHeader(BatchPolicy policy, Key[] keys) {
        BatchPolicy p = batchRead(policy);
        ready();
        prepareRead(p, keys);
        return batches.getHeader(p, keys);
    }

    @Override
    public boolean[] exists(Key[] keys) {
        return exists((BatchPolicy) null, keys);
    }

    @Override
    public boolean[] exists(BatchPolicy policy, Key[] keys) {
        BatchPolicy p = batchRead(policy);
        ready();
        prepareRead(p, keys);
        return batches.exists(p, keys);
    }

    @Override
    public BatchRecord[] operate(Key[] keys, Operation... operations) {
        return operate(null, null, keys, operations);
    }

    @Override
    public BatchRecord[] operate(BatchPolicy batchPolicy, BatchWritePolicy writePolicy, Key[] keys,
                                 Operation... operations) {
        Serialization serial = serialization();
        BatchPolicy p = batchWrite(batchPolicy);
        ready();
        if (p.txn() != null && keys != null && keys.length > 0) {
            addToMonitor(p, TxnMonitor.addKeys(p, Arrays.asList(keys)));
        }
        return batches.operate(p, writePolicy != null ? writePolicy : BatchWritePolicy.DEFAULT,
                keys, operations, serial);
    }

    @Override
    public boolean operate(List<? extends BatchRecord> records) {
        return operate((BatchPolicy) null, records);
    }

    @Override
    public boolean operate(BatchPolicy policy, List<? extends BatchRecord> records) {
        Serialization serial = serialization();
        BatchPolicy p = batchWrite(policy);
        ready();
        if (p.txn() != null && records != null && !records.isEmpty()) {
            addToMonitor(p, TxnMonitor.addRecords(p, records));
        }
        return batches.operate(p, records, BatchWritePolicy.DEFAULT, BatchDeletePolicy.DEFAULT,
                BatchUDFPolicy.DEFAULT, serial);
    }

    @Override
    public BatchRecord[] delete(Key[] keys) {
        return delete(null, null, keys);
    }

    @Override
    public BatchRecord[] delete(BatchPolicy batchPolicy, BatchDeletePolicy deletePolicy, Key[] keys) {
        BatchPolicy p = batchWrite(batchPolicy);
        ready();
        if (p.txn() != null && keys != null && keys.length > 0) {
            addToMonitor(p, TxnMonitor.addKeys(p, Arrays.asList(keys)));
        }
        return batches.delete(p, deletePolicy != null ? deletePolicy : BatchDeletePolicy.DEFAULT, keys);
    }

    // ---- scans

    private ScanPolicy scanPolicy(ScanPolicy p) {
        return p != null ? p : config.defaults().scan();
    }

    @Override
    public RecordStream scan(ScanPolicy policy, String namespace, String set, String... binNames) {
        return scan(policy, PartitionFilter.all(), namespace, set, binNames);
    }

    @Override
    public RecordStream scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set,
                             String... binNames) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(namespace, "namespace");
        String[] bins = ScanExecutor.binNames(binNames);
        Serialization serial = serialization();
        ready();
        return scans.stream(scanPolicy(policy), ApiAccess.cursor(filter), namespace, set, bins, serial);
    }

    @Override
    public void scan(ScanPolicy policy, String namespace, String set, Consumer<KeyRecord> callback,
                     String... binNames) {
        scan(policy, PartitionFilter.all(), namespace, set, callback, binNames);
    }

    @Override
    public void scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set,
                     Consumer<KeyRecord> callback, String... binNames) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(callback, "callback");
        String[] bins = ScanExecutor.binNames(binNames);
        Serialization serial = serialization();
        ready();
        scans.scan(scanPolicy(policy), ApiAccess.cursor(filter), namespace, set, bins, callback, serial);
    }

    // ---- queries and secondary indexes

    private QueryPolicy queryPolicy(QueryPolicy p) {
        return p != null ? p : config.defaults().query();
    }

    @Override
    public RecordStream query(QueryPolicy policy, Statement statement) {
        return query(policy, PartitionFilter.all(), statement);
    }

    @Override
    public RecordStream query(QueryPolicy policy, PartitionFilter filter, Statement statement) {
        Objects.requireNonNull(filter, "filter");
        checkStatement(statement);
        Serialization serial = serialization();
        ready();
        return scans.stream(queryPolicy(policy), ApiAccess.cursor(filter), statement, serial);
    }

    @Override
    public void query(QueryPolicy policy, Statement statement, Consumer<KeyRecord> callback) {
        query(policy, PartitionFilter.all(), statement, callback);
    }

    @Override
    public void query(QueryPolicy policy, PartitionFilter filter, Statement statement, Consumer<KeyRecord> callback) {
        Objects.requireNonNull(filter, "filter");
        checkStatement(statement);
        Objects.requireNonNull(callback, "callback");
        Serialization serial = serialization();
        ready();
        scans.query(queryPolicy(policy), ApiAccess.cursor(filter), statement, callback, serial);
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
    public IndexTask createIndex(String namespace, String set, String name, String bin, IndexType type) {
        return createIndex(namespace, set, name, bin, type, IndexCollectionType.DEFAULT);
    }

    @Override
    public IndexTask createIndex(String namespace, String set, String name, String bin, IndexType type,
                                 IndexCollectionType collectionType) {
        ready();
        return indexes.create(namespace, set, name, bin, type, collectionType, null);
    }

    @Override
    public IndexTask createIndex(String namespace, String set, String name, String bin, IndexType type,
                                 IndexCollectionType collectionType, IndexContext context) {
        Objects.requireNonNull(context, "context");
        ready();
        return indexes.create(namespace, set, name, bin, type, collectionType, context);
    }

    @Override
    public void dropIndex(String namespace, String set, String name) {
        ready();
        indexes.drop(namespace, set, name);
    }

    @Override
    public List<IndexInfo> indexes(String namespace) {
        ready();
        return indexes.list(namespace);
    }

    @Override
    public ExecuteTask execute(WritePolicy policy, Statement statement, Operation... operations) {
        checkStatement(statement);
        BackgroundJobs.checkOperations(operations);
        Serialization serial = serialization();
        ready();
        return jobs.execute(write(policy), statement, 0, operations, serial);
    }

    @Override
    public ExecuteTask execute(WritePolicy policy, Statement statement, int recordsPerSecond,
                               Operation... operations) {
        if (recordsPerSecond < 0) {
            throw new IllegalArgumentException("recordsPerSecond must not be negative: " + recordsPerSecond);
        }
        checkStatement(statement);
        BackgroundJobs.checkOperations(operations);
        Serialization serial = serialization();
        ready();
        return jobs.execute(write(policy), statement, recordsPerSecond, operations, serial);
    }

    @Override
    public JobInfo jobInfo(long jobId, JobModule module) {
        BackgroundJobs.checkJobId(jobId, "jobId");
        Objects.requireNonNull(module, "module");
        ready();
        return jobs.jobInfo(jobId);
    }

    @Override
    public ScanInfo scanInfo(long scanId) {
        BackgroundJobs.checkJobId(scanId, "scanId");
        ready();
        return jobs.scanInfo(scanId);
    }

    // ---- user-defined functions

    @Override
    public RegisterTask registerUdf(Path file, String serverPath, Language language) {
        Objects.requireNonNull(file, "file");
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read UDF module " + file, e);
        }
        ready();
        return udfs.register(content, serverPath, language);
    }

    @Override
    public RegisterTask registerUdf(String content, String serverPath, Language language) {
        Objects.requireNonNull(content, "content");
        ready();
        return udfs.register(content.getBytes(StandardCharsets.UTF_8), serverPath, language);
    }

    @Override
    public void removeUdf(String serverPath) {
        ready();
        udfs.remove(serverPath);
    }

    @Override
    public List<UdfInfo> listUdfs() {
        ready();
        return udfs.list();
    }

    @Override
    public String getUdf(String serverPath) {
        ready();
        return udfs.get(serverPath);
    }

    @Override
    public Object execute(WritePolicy policy, Key key, String module, String function, Value... args) {
        WritePolicy p = write(policy);
        Serialization serial = serialization();
        UdfRequest request = inTxn(p, key(key), () -> UdfRequest.of(p, key, module, function, args, serial));
        return driver.execute(request, request.reply(serial), 0, 0);
    }

    @Override
    public ExecuteTask execute(WritePolicy policy, Statement statement, String module, String function,
                               Value... args) {
        checkStatement(statement);
        Serialization serial = serialization();
        ready();
        return jobs.execute(write(policy), statement, module, function, args, serial);
    }

    @Override
    public ResultStream queryAggregate(QueryPolicy policy, Statement statement, String module, String function,
                                      Value... args) {
        checkStatement(statement);
        List<Object> stageArgs = Aggregation.stageArgs(module, function, args);
        LuaRuntime.check();
        Serialization serial = serialization();
        ready();
        AggregationStage stage = AggregationStage.load(module, udfSource(module), function, stageArgs);
        return Aggregation.start(cluster, driver, batchThreads, queryPolicy(policy), statement, module, function, args,
            stage, serial);
    }

    /** The module's source for the client stage: {@code <module>.lua} in the configured directory, else the server's. */
    private String udfSource(String module) {
        Path directory = config.udfDirectory();
        String fileName = module + ".lua";
        if (directory != null) {
            Path file = directory.resolve(fileName);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read UDF module " + file, e);
                }
            }
        }
        String source = udfs.get(fileName);
        if (source == null) {
            throw new UdfException(ResultCode.UDF_BAD_RESPONSE, null, "module " + module + " is not registered on the"
                + " server" + (directory != null ? " and " + directory + " has no " + fileName : ""), null, false, 0,
                null);
        }
        return source;
    }

    /** An info request on a pooled connection of {@code node}, reported to the metrics listener when there is one. */
    private Map<String, String> nodeInfo(Node node, List<String> commands, int timeoutMs) throws IOException {
        MetricsListener metrics = config.metricsListener();
        if (metrics == null) {
            return node.info(commands, timeoutMs);
        }
        long start = System.nanoTime();
        long sent = Proto.HEADER_SIZE;
        for (String command : commands) {
            sent += command.length() + 1;
        }
        boolean failed = true;
        long received = 0;
        try {
            Map<String, String> answers = node.info(commands, timeoutMs);
            failed = false;
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                received += answer.getKey().length() + answer.getValue().length() + 2;
            }
            return answers;
        } finally {
            InfoOutcome outcome = new InfoOutcome(node.name(), node.host(), System.nanoTime() - start,
                    failed ? ResultCode.SERVER_NOT_AVAILABLE.code() : 0, failed, sent,
                    failed ? 0 : Proto.HEADER_SIZE + received);
            try {
                metrics.commandCompleted(outcome);
            } catch (RuntimeException e) {
                LOG.warn("metrics listener " + metrics + " failed on an info request", e);
            }
        }
    }

    private int infoTimeoutMs() {
        int timeout = config.defaults().read().totalTimeout();
        return timeout > 0 ? timeout : 1000;
    }

    /** One info command's answer from {@code node} as it is, an error answer included. */
    private String rawInfo(Node node, String command) {
        return rawInfo(node, command, config.defaults().read().totalTimeout());
    }

    private String rawInfo(Node node, String command, int timeout) {
        try {
            return nodeInfo(node, List.of(command), timeout > 0 ? timeout : 1000).get(command);
        } catch (IOException e) {
            throw new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                    "info request to node " + node + " failed: " + e.getMessage(), node.name(), false, 1, e);
        }
    }

    @Override
    public String toString() {
        return "SpikeClient" + config.hosts();
    }
}
