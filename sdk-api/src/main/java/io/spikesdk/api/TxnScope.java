package io.spikesdk.api;

import java.util.List;
import java.util.Map;

/**
 * What the body of {@link AerospikeClient#transaction(TxnBody)} works with: the transaction, the client's default
 * policies with the transaction set on them, and shortcuts for the usual commands run with those policies. For a
 * command not covered here, pass one of the policies (or your own with {@code .txn(txn())}) to {@link #client()}.
 */
public interface TxnScope {

    /** The transaction of this attempt (a retried body gets a new one). */
    Txn txn();

    /** The client that runs the transaction. */
    AerospikeClient client();

    /** The client's default read policy, in the transaction. */
    Policy read();

    /** The client's default write policy, in the transaction. */
    WritePolicy write();

    /** The client's default batch policy, in the transaction. */
    BatchPolicy batch();

    /** The client's default policy of batches that write, in the transaction. */
    BatchPolicy batchWrite();

    default Record get(Key key, String... binNames) {
        return client().get(read(), key, binNames);
    }

    default boolean exists(Key key) {
        return client().exists(read(), key);
    }

    default void put(Key key, Bin... bins) {
        client().put(write(), key, bins);
    }

    default void put(Key key, Map<String, ?> bins) {
        client().put(write(), key, bins);
    }

    default void add(Key key, Bin... bins) {
        client().add(write(), key, bins);
    }

    default Record operate(Key key, Operation... operations) {
        return client().operate(write(), key, operations);
    }

    default boolean delete(Key key) {
        return client().delete(write(), key);
    }

    default void touch(Key key) {
        client().touch(write(), key);
    }

    /** A record UDF call in the transaction. */
    default Object execute(Key key, String module, String function, Value... args) {
        return client().execute(write(), key, module, function, args);
    }

    default Record[] get(Key[] keys, String... binNames) {
        return client().get(batch(), keys, binNames);
    }

    /** A batch of rows of any kind in the transaction; whether every row succeeded. */
    default boolean operate(List<? extends BatchRecord> records) {
        return client().operate(batchWrite(), records);
    }
}
