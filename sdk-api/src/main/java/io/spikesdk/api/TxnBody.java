package io.spikesdk.api;

/** The commands of a transaction run by {@link AerospikeClient#transaction(TxnBody)}. */
@FunctionalInterface
public interface TxnBody {
    void run(TxnScope tx);
}
