package io.spikesdk.api;

/** The commands of a transaction run by {@link AerospikeClient#transactionResult(TxnWork)}, with their result. */
@FunctionalInterface
public interface TxnWork<T> {
    T run(TxnScope tx);
}
