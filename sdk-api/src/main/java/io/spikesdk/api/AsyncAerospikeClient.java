package io.spikesdk.api;

import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The asynchronous form of {@link AerospikeClient}, from {@link AerospikeClient#async()}: the same commands,
 * policies, result types and exceptions, each returning a {@link CompletableFuture} that completes with the
 * result or exceptionally with the {@link AerospikeException} the synchronous call would throw.
 *
 * <p>Commands run on NIO event loops ({@link AsyncConfig#eventLoops()}) without a thread per command: timeouts,
 * retries on the next replica, in-doubt writes and the circuit breaker behave as on the synchronous client.
 * Futures complete on {@link AsyncConfig#completionExecutor()}. Arguments are validated at the call, which
 * throws (rather than returning a failed future) for a null key or an invalid argument. A {@code null} policy
 * means the default from {@link ClientConfig#defaults()}. Thread-safe; it shares the client's cluster view and is
 * closed with the client.
 *
 * <p>Scans and queries are {@link Flow.Publisher}s of records with demand-driven back-pressure: each subscription
 * runs the call (its node streams start at the first {@code request}), the client reads a node's socket only while
 * fewer records are buffered than the subscriber requested, and {@code cancel()} stops the node streams (their
 * connections are closed). Signals are serial, never beyond demand, and run on
 * {@link AsyncConfig#completionExecutor()}; a failure (the synchronous call's exception) reaches {@code onError} at
 * once. Partitions a node could not read are retried per policy as on the synchronous client.
 */
public interface AsyncAerospikeClient {

    /** See {@link AerospikeClient#put(WritePolicy, Key, Bin...)}. */
    CompletableFuture<Void> put(WritePolicy policy, Key key, Bin... bins);

    default CompletableFuture<Void> put(Key key, Bin... bins) {
        return put(null, key, bins);
    }

    /** See {@link AerospikeClient#put(WritePolicy, Key, Map)}. */
    CompletableFuture<Void> put(WritePolicy policy, Key key, Map<String, ?> bins);

    default CompletableFuture<Void> put(Key key, Map<String, ?> bins) {
        return put(null, key, bins);
    }

    /** See {@link AerospikeClient#get(Policy, Key, String...)}: all bins when no names are given; null when not found. */
    CompletableFuture<Record> get(Policy policy, Key key, String... binNames);

    default CompletableFuture<Record> get(Key key, String... binNames) {
        return get(null, key, binNames);
    }

    /** See {@link AerospikeClient#getHeader(Policy, Key)}. */
    CompletableFuture<Record> getHeader(Policy policy, Key key);

    default CompletableFuture<Record> getHeader(Key key) {
        return getHeader(null, key);
    }

    /** See {@link AerospikeClient#exists(Policy, Key)}. */
    CompletableFuture<Boolean> exists(Policy policy, Key key);

    default CompletableFuture<Boolean> exists(Key key) {
        return exists(null, key);
    }

    /** See {@link AerospikeClient#delete(WritePolicy, Key)}: true when the record was there. */
    CompletableFuture<Boolean> delete(WritePolicy policy, Key key);

    default CompletableFuture<Boolean> delete(Key key) {
        return delete(null, key);
    }

    /** See {@link AerospikeClient#touch(WritePolicy, Key)}. */
    CompletableFuture<Void> touch(WritePolicy policy, Key key);

    default CompletableFuture<Void> touch(Key key) {
        return touch(null, key);
    }

    /** See {@link AerospikeClient#append(WritePolicy, Key, Bin...)}. */
    CompletableFuture<Void> append(WritePolicy policy, Key key, Bin... bins);

    default CompletableFuture<Void> append(Key key, Bin... bins) {
        return append(null, key, bins);
    }

    /** See {@link AerospikeClient#prepend(WritePolicy, Key, Bin...)}. */
    CompletableFuture<Void> prepend(WritePolicy policy, Key key, Bin... bins);

    default CompletableFuture<Void> prepend(Key key, Bin... bins) {
        return prepend(null, key, bins);
    }

    /** See {@link AerospikeClient#add(WritePolicy, Key, Bin...)}. */
    CompletableFuture<Void> add(WritePolicy policy, Key key, Bin... bins);

    default CompletableFuture<Void> add(Key key, Bin... bins) {
        return add(null, key, bins);
    }

    /** See {@link AerospikeClient#removeBin(WritePolicy, Key, String...)}. */
    CompletableFuture<Void> removeBin(WritePolicy policy, Key key, String... binNames);

    default CompletableFuture<Void> removeBin(Key key, String... binNames) {
        return removeBin(null, key, binNames);
    }

    /** See {@link AerospikeClient#operate(WritePolicy, Key, Operation...)}. */
    CompletableFuture<Record> operate(WritePolicy policy, Key key, Operation... operations);

    default CompletableFuture<Record> operate(Key key, Operation... operations) {
        return operate(null, key, operations);
    }

    default CompletableFuture<Record> operate(WritePolicy policy, Key key, List<Operation> operations) {
        if (operations == null) {
            throw new NullPointerException("operations must not be null");
        }
        return operate(policy, key, operations.toArray(new Operation[0]));
    }

    /** See {@link AerospikeClient#execute(WritePolicy, Key, String, String, Value...)}. */
    CompletableFuture<Object> execute(WritePolicy policy, Key key, String module, String function, Value... args);

    // ---- batch

    /** See {@link AerospikeClient#get(BatchPolicy, Key[], String...)}. */
    CompletableFuture<Record[]> get(BatchPolicy policy, Key[] keys, String... binNames);

    default CompletableFuture<Record[]> get(Key[] keys, String... binNames) {
        return get(null, keys, binNames);
    }

    /** See {@link AerospikeClient#getHeader(BatchPolicy, Key[])}. */
    CompletableFuture<Record[]> getHeader(BatchPolicy policy, Key[] keys);

    /** See {@link AerospikeClient#exists(BatchPolicy, Key[])}. */
    CompletableFuture<boolean[]> exists(BatchPolicy policy, Key[] keys);

    default CompletableFuture<boolean[]> exists(Key[] keys) {
        return exists(null, keys);
    }

    /** See {@link AerospikeClient#operate(BatchPolicy, BatchWritePolicy, Key[], Operation...)}. */
    CompletableFuture<BatchRecord[]> operate(BatchPolicy batchPolicy, BatchWritePolicy writePolicy, Key[] keys,
                                             Operation... operations);

    /** See {@link AerospikeClient#delete(BatchPolicy, BatchDeletePolicy, Key[])}. */
    CompletableFuture<BatchRecord[]> delete(BatchPolicy batchPolicy, BatchDeletePolicy deletePolicy, Key[] keys);

    /**
     * See {@link AerospikeClient#operate(BatchPolicy, List)}: each row gets its outcome; completes with whether every
     * row succeeded. Also the async form of {@link AerospikeClient#get(BatchPolicy, List)} for a list of reads.
     */
    CompletableFuture<Boolean> operate(BatchPolicy policy, List<? extends BatchRecord> records);

    // ---- info

    /** See {@link AerospikeClient#info(String...)}: one node's answers, command → answer. */
    CompletableFuture<Map<String, String>> info(String... commands);

    /** See {@link AerospikeClient#info(NodeInfo, String...)}. */
    CompletableFuture<Map<String, String>> info(NodeInfo node, String... commands);

    /** See {@link AerospikeClient#infoRandomNode(String)}. */
    CompletableFuture<String> infoRandomNode(String command);

    /** See {@link AerospikeClient#infoAll(String)}: node → answer, from every active node. */
    CompletableFuture<Map<NodeInfo, String>> infoAll(String command);

    // ---- truncate

    /** See {@link AerospikeClient#truncate(String, String, Instant)}. */
    CompletableFuture<Void> truncate(String namespace, String set, Instant before);

    // ---- scans and queries

    /** See {@link AerospikeClient#scan(ScanPolicy, String, String, String...)}: every partition, per subscription. */
    Flow.Publisher<KeyRecord> scan(ScanPolicy policy, String namespace, String set, String... binNames);

    /**
     * See {@link AerospikeClient#scan(ScanPolicy, PartitionFilter, String, String, String...)}: a subscription reads
     * the filter's partitions from where its previous call ended (pages); do not subscribe twice at once.
     */
    Flow.Publisher<KeyRecord> scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set,
                                   String... binNames);

    /** See {@link AerospikeClient#query(QueryPolicy, Statement)}: every partition, per subscription. */
    Flow.Publisher<KeyRecord> query(QueryPolicy policy, Statement statement);

    /** See {@link AerospikeClient#query(QueryPolicy, PartitionFilter, Statement)}; as the filtered {@code scan}. */
    Flow.Publisher<KeyRecord> query(QueryPolicy policy, PartitionFilter filter, Statement statement);

    /**
     * See {@link AerospikeClient#queryAggregate}: an aggregation per subscription. The nodes' values are read
     * without blocking (a node's socket is left unread while the client stage is behind); the client's Lua stage
     * runs as one task on the completion executor, which signals the subscriber and waits there for its demand (with
     * an executor that runs tasks in place, on a thread of its own instead of an event loop).
     * The module's source comes from the UDF directory or, read without blocking, from the server. A missing
     * module or a Lua error arrives through {@code onError}.
     *
     * @throws IllegalStateException when LuaJ is not on the class path, before anything is sent
     */
    Flow.Publisher<Object> queryAggregate(QueryPolicy policy, Statement statement, String module, String function,
                                          Value... args);

    // ---- secondary indexes, background jobs and UDF modules

    /** See {@link AerospikeClient#createIndex(String, String, String, String, IndexType)}. */
    default CompletableFuture<IndexTask> createIndex(String namespace, String set, String name, String bin,
                                                     IndexType type) {
        return createIndex(namespace, set, name, bin, type, IndexCollectionType.DEFAULT);
    }

    /** See {@link AerospikeClient#createIndex(String, String, String, String, IndexType, IndexCollectionType)}. */
    CompletableFuture<IndexTask> createIndex(String namespace, String set, String name, String bin, IndexType type,
                                             IndexCollectionType collectionType);

    /**
     * See {@link AerospikeClient#createIndex(String, String, String, String, IndexType, IndexCollectionType,
     * IndexContext)}.
     */
    CompletableFuture<IndexTask> createIndex(String namespace, String set, String name, String bin, IndexType type,
                                             IndexCollectionType collectionType, IndexContext context);

    /** See {@link AerospikeClient#dropIndex(String, String, String)}. */
    CompletableFuture<Void> dropIndex(String namespace, String set, String name);

    /** See {@link AerospikeClient#indexes(String)}. */
    CompletableFuture<List<IndexInfo>> indexes(String namespace);

    /** See {@link AerospikeClient#jobInfo(long, JobModule)}: every active node asked at once. */
    CompletableFuture<JobInfo> jobInfo(long jobId, JobModule module);

    /** See {@link AerospikeClient#scanInfo(long)}: every active node asked at once. */
    CompletableFuture<ScanInfo> scanInfo(long scanId);

    /**
     * See {@link AerospikeClient#execute(WritePolicy, Statement, int, Operation...)}: the job goes to every active node
     * at once (the synchronous call sends it node after node); completes once every node accepted it, else with the
     * first node's failure. The task's {@code waitTillComplete} blocks, as the synchronous one does.
     */
    CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, int recordsPerSecond,
                                           Operation... operations);

    /** See {@link AerospikeClient#execute(WritePolicy, Statement, Operation...)}. */
    default CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, Operation... operations) {
        return execute(policy, statement, 0, operations);
    }

    /** See {@link AerospikeClient#execute(WritePolicy, Statement, String, String, Value...)}. */
    CompletableFuture<ExecuteTask> execute(WritePolicy policy, Statement statement, String module, String function,
                                           Value... args);

    /** See {@link AerospikeClient#registerUdf(String, String, Language)}: completes once the node accepted it. */
    CompletableFuture<RegisterTask> registerUdf(String content, String serverPath, Language language);

    /**
     * See {@link AerospikeClient#registerUdf(java.nio.file.Path, String, Language)}: the file is read on the
     * calling thread (a failure to read it throws there), the module is sent without blocking.
     */
    CompletableFuture<RegisterTask> registerUdf(java.nio.file.Path file, String serverPath, Language language);

    /** See {@link AerospikeClient#removeUdf(String)}. */
    CompletableFuture<Void> removeUdf(String serverPath);

    /** See {@link AerospikeClient#listUdfs()}. */
    CompletableFuture<List<UdfInfo>> listUdfs();

    /** See {@link AerospikeClient#getUdf(String)}: completes with null when the server has no such module. */
    CompletableFuture<String> getUdf(String serverPath);

    // ---- transactions

    /** {@link AerospikeClient#commit(Txn)}, without blocking. */
    CompletableFuture<CommitStatus> commit(Txn txn);

    /** {@link AerospikeClient#abort(Txn)}, without blocking. */
    CompletableFuture<AbortStatus> abort(Txn txn);
}
