package io.spikesdk.api;

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
}
