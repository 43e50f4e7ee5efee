package io.spikesdk.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connection to an Aerospike cluster; obtain one with {@link Aerospike#client(ClientConfig)}.
 *
 * <p>Thread-safe; share one instance. Every command has an overload taking its policy first; a
 * {@code null} policy means the default from {@link ClientConfig#defaults()}. Commands fail with
 * {@link AerospikeException} (or a subclass); after {@link #close()} every command throws
 * {@link ClientClosedException}.
 */
public interface AerospikeClient extends AutoCloseable {

    /** Connects to the seed hosts and waits for the first cluster view; returns this. Idempotent. */
    AerospikeClient connect();

    /** Whether the client is connected to at least one node and not closed. */
    boolean isConnected();

    /** Closes all connections and stops tending; idempotent, never throws a checked exception. */
    @Override
    void close();

    /** The configuration this client was created with. */
    ClientConfig config();

    /**
     * The asynchronous commands of this client ({@link AsyncAerospikeClient}), sharing its cluster view; its event
     * loops start at the first call and stop with {@link #close()}. Its connections use the configuration's TLS
     * and login ({@link ClientConfig#tls()}, {@link ClientConfig#user()}, {@link ClientConfig#authMode()}) as the
     * synchronous ones do.
     */
    AsyncAerospikeClient async();

    /** Writes the bins (name → Java value, converted by {@link Value#of}); a null value deletes the bin. */
    void put(Key key, Map<String, ?> bins);

    /** {@link #put(Key, Map)} with a policy. */
    void put(WritePolicy policy, Key key, Map<String, ?> bins);

    /** Writes the bins. */
    void put(Key key, Bin... bins);

    /** {@link #put(Key, Bin...)} with a policy. */
    void put(WritePolicy policy, Key key, Bin... bins);

    /** Reads all bins; {@code null} when the record does not exist. */
    Record get(Key key);

    /** {@link #get(Key)} with a policy. */
    Record get(Policy policy, Key key);

    /** Reads the named bins; {@code null} when the record does not exist. */
    Record get(Key key, String... binNames);

    /** {@link #get(Key, String...)} with a policy. */
    Record get(Policy policy, Key key, String... binNames);

    /** Same as {@link #get(Key, String...)} (spec {@code select}). */
    default Record select(Key key, String... binNames) {
        return get(key, binNames);
    }

    /** Same as {@link #get(Policy, Key, String...)} (spec {@code select}). */
    default Record select(Policy policy, Key key, String... binNames) {
        return get(policy, key, binNames);
    }

    /** Reads generation and TTL only (no bins); {@code null} when the record does not exist. */
    Record getHeader(Key key);

    /** {@link #getHeader(Key)} with a policy. */
    Record getHeader(Policy policy, Key key);

    /** Whether the record exists. */
    boolean exists(Key key);

    /** {@link #exists(Key)} with a policy. */
    boolean exists(Policy policy, Key key);

    /** Deletes the record; returns whether it existed. */
    boolean delete(Key key);

    /** {@link #delete(Key)} with a policy (for example durable delete). */
    boolean delete(WritePolicy policy, Key key);

    /** Same as {@link #delete(Key)} (spec {@code remove}). */
    default boolean remove(Key key) {
        return delete(key);
    }

    /** Same as {@link #delete(WritePolicy, Key)} (spec {@code remove}). */
    default boolean remove(WritePolicy policy, Key key) {
        return delete(policy, key);
    }

    /** Resets the record's TTL to the policy's expiration; fails with {@link RecordNotFoundException} when missing. */
    void touch(Key key);

    /** {@link #touch(Key)} with a policy. */
    void touch(WritePolicy policy, Key key);

    /** Appends string values to string bins. */
    void append(Key key, Bin... bins);

    /** {@link #append(Key, Bin...)} with a policy. */
    void append(WritePolicy policy, Key key, Bin... bins);

    /** Prepends string values to string bins. */
    void prepend(Key key, Bin... bins);

    /** {@link #prepend(Key, Bin...)} with a policy. */
    void prepend(WritePolicy policy, Key key, Bin... bins);

    /** Adds numbers to integer or double bins (missing bins start at 0). */
    void add(Key key, Bin... bins);

    /** {@link #add(Key, Bin...)} with a policy. */
    void add(WritePolicy policy, Key key, Bin... bins);

    /** Adds {@code delta} to an integer bin (spec {@code increment}). */
    default void increment(Key key, String bin, long delta) {
        add(key, new Bin(bin, new Value.LongValue(delta)));
    }

    /** Adds {@code delta} to a double bin (spec {@code increment}). */
    default void increment(Key key, String bin, double delta) {
        add(key, new Bin(bin, new Value.DoubleValue(delta)));
    }

    /** {@link #increment(Key, String, long)} with a policy. */
    default void increment(WritePolicy policy, Key key, String bin, long delta) {
        add(policy, key, new Bin(bin, new Value.LongValue(delta)));
    }

    /** {@link #increment(Key, String, double)} with a policy. */
    default void increment(WritePolicy policy, Key key, String bin, double delta) {
        add(policy, key, new Bin(bin, new Value.DoubleValue(delta)));
    }

    /**
     * Runs several operations on one record atomically; returns the read results (several results for
     * one bin come back as a {@code List<Object>} in op order), or {@code null} when nothing was read.
     */
    Record operate(Key key, Operation... operations);

    /** {@link #operate(Key, Operation...)} with a policy. */
    Record operate(WritePolicy policy, Key key, Operation... operations);

    /** {@link #operate(Key, Operation...)} with a list of operations. */
    Record operate(Key key, List<Operation> operations);

    /** {@link #operate(WritePolicy, Key, Operation...)} with a list of operations. */
    Record operate(WritePolicy policy, Key key, List<Operation> operations);

    /** Deletes the named bins (spec {@code remove_bin}). */
    void removeBin(Key key, String... binNames);

    /** {@link #removeBin(Key, String...)} with a policy. */
    void removeBin(WritePolicy policy, Key key, String... binNames);

    /**
     * The nodes the client routes to now, as {@code cluster().nodes()}: empty before {@link #connect()}; after
     * {@link #close()} the last ones, inactive.
     */
    List<NodeInfo> nodes();

    /** The cluster view: nodes and connection/command statistics. Usable before connect (then empty). */
    ClusterView cluster();

    /** Sends one info command to one node and returns its answer. */
    String info(String command);

    /** Sends info commands to one node; returns command → answer. */
    Map<String, String> info(String... commands);

    // ---- batch: several keys in one round trip per node. Results are in the order of the keys or rows given;
    // an empty key array answers an empty result without a round trip. A null policy means the default from
    // ClientConfig.defaults() (batch() for reads, batchWrite() for calls that may write).

    /** Reads all bins of each key; {@code null} at the position of a record that does not exist. */
    Record[] get(Key[] keys);

    /** {@link #get(Key[])} with a policy. */
    Record[] get(BatchPolicy policy, Key[] keys);

    /** Reads the named bins of each key (all bins when none are named); {@code null} for a missing record. */
    Record[] get(Key[] keys, String... binNames);

    /** {@link #get(Key[], String...)} with a policy. */
    Record[] get(BatchPolicy policy, Key[] keys, String... binNames);

    /**
     * Reads each {@link BatchRead} row (its own bins or read operations) and sets its outcome; returns whether
     * every row succeeded (a missing record is a row with result code 2).
     */
    boolean get(List<BatchRead> records);

    /** {@link #get(List)} with a policy. */
    boolean get(BatchPolicy policy, List<BatchRead> records);

    /** Reads generation and TTL of each key; {@code null} for a missing record. */
    Record[] getHeader(Key[] keys);

    /** {@link #getHeader(Key[])} with a policy. */
    Record[] getHeader(BatchPolicy policy, Key[] keys);

    /** Whether each key's record exists. */
    boolean[] exists(Key[] keys);

    /** {@link #exists(Key[])} with a policy. */
    boolean[] exists(BatchPolicy policy, Key[] keys);

    /**
     * Runs the same operations on each key (atomically per record); one {@link BatchRecord} per key with its
     * result code and, for read operations, its record.
     */
    BatchRecord[] operate(Key[] keys, Operation... operations);

    /** {@link #operate(Key[], Operation...)} with policies ({@code writePolicy} applies when an operation writes). */
    BatchRecord[] operate(BatchPolicy batchPolicy, BatchWritePolicy writePolicy, Key[] keys, Operation... operations);

    /**
     * Runs a mixed list of rows ({@link BatchRead}, {@link BatchWrite}, {@link BatchDelete}, {@link BatchUDF}) and
     * sets each row's outcome; returns whether every row succeeded.
     */
    boolean operate(List<? extends BatchRecord> records);

    /** {@link #operate(List)} with a policy for the batch as a whole (rows keep their own policies). */
    boolean operate(BatchPolicy policy, List<? extends BatchRecord> records);

    /** Deletes each key's record; one {@link BatchRecord} per key (result code 0 deleted, 2 not found). */
    BatchRecord[] delete(Key[] keys);

    /** {@link #delete(Key[])} with policies. */
    BatchRecord[] delete(BatchPolicy batchPolicy, BatchDeletePolicy deletePolicy, Key[] keys);

    // ---- truncate and info

    /**
     * Removes every record of {@code set} in {@code namespace} (the whole namespace when {@code set} is null) whose
     * last update is before {@code before} ({@code null}: now), on every node of the cluster. Later writes
     * survive. The command is sent to one node, which distributes it; the server deletes in the background.
     */
    void truncate(String namespace, String set, Instant before);

    /** Sends info commands to the given node; returns command → answer (spec {@code info_single_node}). */
    Map<String, String> info(NodeInfo node, String... commands);

    /** Sends one info command to a random node and returns its answer (spec {@code info_random_node}). */
    String infoRandomNode(String command);

    /** Sends one info command to every active node; returns node → answer (spec {@code info_all}). */
    Map<NodeInfo, String> infoAll(String command);

    // ---- scans: every record of a set (a null set: the whole namespace), read partition by partition from the
    // nodes that own them. A null policy means ClientConfig.defaults().scan(); no bin names: all bins.

    /** Scans every partition; the records as a {@link RecordStream} (close it when not read to the end). */
    RecordStream scan(ScanPolicy policy, String namespace, String set, String... binNames);

    /**
     * Scans the partitions of {@code filter}, from where its previous scan ended; with
     * {@link ScanPolicy#maxRecords()} a page, the next page with the same filter until {@link PartitionFilter#isDone()}.
     */
    RecordStream scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set, String... binNames);

    /**
     * Scans every partition and hands each record to {@code callback}, returning when the scan ended. With several
     * nodes scanned at once ({@link ScanPolicy#maxConcurrentNodes()}) the callback runs on several threads at the
     * same time. An exception from the callback stops the scan and is thrown.
     */
    void scan(ScanPolicy policy, String namespace, String set, java.util.function.Consumer<KeyRecord> callback,
              String... binNames);

    /** {@link #scan(ScanPolicy, String, String, java.util.function.Consumer, String...)} over {@code filter}'s partitions. */
    void scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set,
              java.util.function.Consumer<KeyRecord> callback, String... binNames);

    // ---- queries: the records a Statement selects (by its index filter, else every record of its set), read
    // partition by partition as scans are. A null policy means ClientConfig.defaults().query().

    /** Runs the query over every partition; the records as a {@link RecordStream}. */
    RecordStream query(QueryPolicy policy, Statement statement);

    /** Runs the query over {@code filter}'s partitions, resuming where its previous call ended (pages). */
    RecordStream query(QueryPolicy policy, PartitionFilter filter, Statement statement);

    /** Runs the query and hands each record to {@code callback} (several threads at once with parallel nodes). */
    void query(QueryPolicy policy, Statement statement, java.util.function.Consumer<KeyRecord> callback);

    /** {@link #query(QueryPolicy, Statement, java.util.function.Consumer)} over {@code filter}'s partitions. */
    void query(QueryPolicy policy, PartitionFilter filter, Statement statement,
               java.util.function.Consumer<KeyRecord> callback);

    // ---- secondary indexes: sent to one node, which distributes the command to the others.

    /**
     * Creates a secondary index on {@code bin} of {@code set} (null: records of any set) and returns at once; the
     * nodes build it in the background ({@link IndexTask#waitTillComplete()}).
     *
     * @throws AerospikeException the server's answer: INDEX_ALREADY_EXISTS (200) for a name or a definition in use,
     *     PARAMETER_ERROR (4) for an unknown namespace, ...
     */
    IndexTask createIndex(String namespace, String set, String name, String bin, IndexType type);

    /** {@link #createIndex(String, String, String, String, IndexType)} on list elements, map keys or map values. */
    IndexTask createIndex(String namespace, String set, String name, String bin, IndexType type,
                          IndexCollectionType collectionType);

    /**
     * {@link #createIndex(String, String, String, String, IndexType, IndexCollectionType)} on the values found at
     * {@code context} inside the bin (built by {@code io.spikesdk.cdt.CTX.indexContext(...)}); queries reach it
     * with a {@link Filter#withContext(IndexContext) filter of the same context}.
     */
    IndexTask createIndex(String namespace, String set, String name, String bin, IndexType type,
                          IndexCollectionType collectionType, IndexContext context);

    /** Drops the index {@code name} of {@code namespace}; dropping an index that does not exist succeeds. */
    void dropIndex(String namespace, String set, String name);

    /** The secondary indexes of {@code namespace}, as one node lists them. */
    List<IndexInfo> indexes(String namespace);

    // ---- background jobs

    /**
     * Starts a background job: every node applies {@code operations} (writes only) to each record the statement
     * selects (its index filter, else every record of its set) that passes the policy's filter expression, with the
     * policy's write settings. Returns once every node accepted the job; {@link ExecuteTask#waitTillComplete()}
     * waits for its end. A null policy means {@code ClientConfig.defaults().write()}.
     *
     * @throws IllegalArgumentException for no operation or a read operation, before anything is sent
     */
    ExecuteTask execute(WritePolicy policy, Statement statement, Operation... operations);

    /**
     * {@link #execute(WritePolicy, Statement, Operation...)} with each node applying the operations to at most
     * {@code recordsPerSecond} records a second (0: the namespace's {@code background-query-max-rps}, 10000 by
     * default). A real server paces by sleeping at most 10 ms per record, so it goes no slower than about 100
     * records a second per node.
     *
     * @throws IllegalArgumentException for a negative {@code recordsPerSecond}, no operation or a read operation,
     *     before anything is sent
     * @throws ParameterException when {@code recordsPerSecond} is above the namespace's
     *     {@code background-query-max-rps}
     */
    ExecuteTask execute(WritePolicy policy, Statement statement, int recordsPerSecond, Operation... operations);

    /**
     * The job {@code jobId} over the whole cluster (the spec's {@code job_info}), from {@code query-show} on every
     * active node; an id no node lists is {@link JobStatus#UNDEF}, progress 0, no record.
     *
     * @param jobId the id, unsigned (as {@link ExecuteTask#taskId()} gives it)
     * @param module the kind of job; servers from 6.0 find both kinds either way
     * @throws IllegalArgumentException for id 0, which is no job's, before anything is sent
     * @throws AerospikeException when a node answers an error
     */
    JobInfo jobInfo(long jobId, JobModule module);

    /**
     * The scan job {@code scanId} over the whole cluster (the spec's {@code scan_info}): {@link #jobInfo} with an
     * early stop on a node ({@code query-abort}, or the server abandoning it) told apart as {@link ScanStatus#ABORTED}.
     *
     * @throws IllegalArgumentException for id 0, before anything is sent
     */
    ScanInfo scanInfo(long scanId);

    // ---- user-defined functions (Lua): a module is registered on one node, which distributes it to the others.

    /**
     * Registers the Lua module in {@code file} under {@code serverPath} (e.g. {@code "stats.lua"}; calls name the
     * module without {@code .lua}) and returns once the node accepted it; {@link RegisterTask#waitTillComplete()}
     * waits until every node has it. Registering a path again replaces the module. The node's answer (it compiles
     * the module first) is awaited for the read policy's total timeout, at least 10 s.
     *
     * @throws UdfException when the server refuses the module (a compile error: its file, line and message)
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    RegisterTask registerUdf(java.nio.file.Path file, String serverPath, Language language);

    /** {@link #registerUdf(java.nio.file.Path, String, Language)} with the module's source as a string. */
    RegisterTask registerUdf(String content, String serverPath, Language language);

    /** Removes the module {@code serverPath} from every node; removing a module that is not there succeeds. */
    void removeUdf(String serverPath);

    /** The registered modules, as one node lists them. */
    List<UdfInfo> listUdfs();

    /** The source of the registered module {@code serverPath}, or null when no such module is registered. */
    String getUdf(String serverPath);

    /**
     * Calls {@code module.function(record, args...)} on the key's record (on the server, which creates, updates
     * or removes the record as the function says) and returns the function's return value as a Java value (as a
     * bin value reads: Long, Double, String, byte[], List, Map, Boolean, ...), or null when it returns nothing.
     * A null policy means {@code ClientConfig.defaults().write()}.
     *
     * @throws UdfException when the function fails (its Lua error text in {@link UdfException#udfError()}) or the
     *     module or function does not exist
     */
    Object execute(WritePolicy policy, Key key, String module, String function, Value... args);

    /**
     * Starts a background job: every node calls {@code module.function(record, args...)} on each record the
     * statement selects (its index filter, else every record of its set) that passes the policy's filter
     * expression. Returns once every node accepted the job; {@link ExecuteTask#waitTillComplete()} waits for its
     * end. A null policy means {@code ClientConfig.defaults().write()}.
     */
    ExecuteTask execute(WritePolicy policy, Statement statement, String module, String function, Value... args);

    /**
     * Runs an aggregation: {@code module.function(stream, args...)} describes a pipeline of stream operations
     * ({@code map}, {@code filter}, {@code aggregate}, {@code reduce}, {@code groupby}) over the records the statement
     * selects. Each node runs it up to and including its first {@code reduce}; the client runs that {@code reduce}
     * again over the nodes' results, and what follows it, in Lua ({@code org.luaj:luaj-jse}, an optional dependency
     * that only this method needs). The values come as they are produced; a null policy means
     * {@code ClientConfig.defaults().query()}.
     *
     * <p>The client takes the module's source from {@link ClientConfig#udfDirectory()} ({@code <module>.lua}) when
     * configured and present there, else from the server ({@link #getUdf}), so that both stages run the same code.
     *
     * @throws UdfException when the module is in neither place; a Lua error is thrown by the stream
     * @throws IllegalStateException when LuaJ is not on the class path, before anything is sent
     */
    ResultStream queryAggregate(QueryPolicy policy, Statement statement, String module, String function,
                                Value... args);

    // ---- multi-record transactions

    /**
     * Commits a transaction: verifies the versions of the records it read, then makes its writes permanent. When
     * a read record changed, the transaction is aborted and {@link CommitException} ({@link CommitError#VERIFY_FAIL})
     * is thrown. Calling it again on a committed transaction answers {@link CommitStatus#ALREADY_COMMITTED}.
     *
     * @throws CommitException when the transaction could not be committed (see {@link CommitException#inDoubt()})
     * @throws AerospikeException TXN_ALREADY_ABORTED for an aborted transaction
     */
    CommitStatus commit(Txn txn);

    /**
     * Aborts a transaction: undoes its writes. Calling it again answers {@link AbortStatus#ALREADY_ABORTED}.
     *
     * @throws AerospikeException TXN_ALREADY_COMMITTED for a committed transaction
     */
    AbortStatus abort(Txn txn);

    /** {@link #transaction(TxnOptions, TxnBody)} with {@link TxnOptions#DEFAULT}. */
    default void transaction(TxnBody body) {
        transaction(TxnOptions.DEFAULT, body);
    }

    /**
     * Runs {@code body} in a new transaction and commits it. When the body or the commit fails with a retryable
     * transaction error (the record is blocked by another transaction: MRT_BLOCKED; a version changed:
     * MRT_VERSION_MISMATCH or a failed verify; the transaction expired: MRT_EXPIRED), the transaction is aborted and
     * the body runs again in a new one, up to {@link TxnOptions#maxAttempts()} times; any other exception aborts the
     * transaction and is thrown.
     */
    default void transaction(TxnOptions options, TxnBody body) {
        transactionResult(options, tx -> {
            body.run(tx);
            return null;
        });
    }

    /** {@link #transactionResult(TxnOptions, TxnWork)} with {@link TxnOptions#DEFAULT}. */
    default <T> T transactionResult(TxnWork<T> work) {
        return transactionResult(TxnOptions.DEFAULT, work);
    }

    /** Like {@link #transaction(TxnOptions, TxnBody)}, returning the result of the attempt that committed. */
    <T> T transactionResult(TxnOptions options, TxnWork<T> work);
}
