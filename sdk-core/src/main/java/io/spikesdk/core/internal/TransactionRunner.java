package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommitError;
import io.spikesdk.api.CommitException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Txn;
import io.spikesdk.api.TxnOptions;
import io.spikesdk.api.TxnScope;
import io.spikesdk.api.TxnWork;
import io.spikesdk.api.WritePolicy;

import java.util.concurrent.locks.LockSupport;

/**
 * {@link AerospikeClient#transactionResult}: runs the work in a new {@link Txn} and commits; a retryable
 * transaction error aborts and runs it again in a new transaction, any other error aborts and is thrown.
 */
final class TransactionRunner {
    private final AerospikeClient client;
    private final ClientConfig config;

    TransactionRunner(AerospikeClient client, ClientConfig config) {
        this.client = client;
        this.config = config;
    }

    <T> T run(TxnOptions options, TxnWork<T> work) {
        if (options == null || work == null) {
            throw new NullPointerException(options == null ? "options must not be null" : "work must not be null");
        }
        for (int attempt = 1; ; attempt++) {
            Txn txn = new Txn(options.timeoutSeconds());
            T result;
            try {
                result = work.run(new Scope(client, txn, config));
            } catch (RuntimeException | Error e) {
                abortAfter(txn, e);
                if (e instanceof AerospikeException ae && retryable(ae) && attempt < options.maxAttempts()) {
                    pause(options);
                    continue;
                }
                throw e;
            }
            try {
                client.commit(txn);
                return result;
            } catch (CommitException e) {
                if (retryable(e) && attempt < options.maxAttempts()) {
                    pause(options);
                    continue;
                }
                throw e;
            }
        }
    }

    /**
     * Whether running the work again in a new transaction may succeed: the record was blocked by another
     * transaction, a version changed (on a command or on commit's verify), or the transaction expired.
     */
    static boolean retryable(AerospikeException e) {
        if (e instanceof CommitException ce) {
            return ce.error() != CommitError.MARK_ROLL_FORWARD_ABANDONED;
        }
        switch (e.resultCode()) {
            case MRT_BLOCKED:
            case MRT_VERSION_MISMATCH:
            case MRT_EXPIRED:
                return true;
            default:
                return false;
        }
    }

    private void abortAfter(Txn txn, Throwable failure) {
        if (txn.state() != Txn.State.OPEN && txn.state() != Txn.State.VERIFIED) {
            return;
        }
        try {
            client.abort(txn);
        } catch (RuntimeException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
    }

    private static void pause(TxnOptions options) {
        long nanos = options.retryDelay().toNanos();
        long end = System.nanoTime() + nanos;
        while (nanos > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(nanos);
            nanos = end - System.nanoTime();
        }
    }

    /** The scope of one attempt: the client's default policies with the transaction set. */
    private static final class Scope implements TxnScope {
        private final AerospikeClient client;
        private final Txn txn;
        private final Policy read;
        private final WritePolicy write;
        private final BatchPolicy batch;
        private final BatchPolicy batchWrite;

        Scope(AerospikeClient client, Txn txn, ClientConfig config) {
            this.client = client;
            this.txn = txn;
            this.read = config.defaults().read().toBuilder().txn(txn).build();
            this.write = config.defaults().write().toBuilder().txn(txn).build();
            this.batch = config.defaults().batch().toBuilder().txn(txn).build();
            this.batchWrite = config.defaults().batchWrite().toBuilder().txn(txn).build();
        }

        @Override
        public Txn txn() {
            return txn;
        }

        @Override
        public AerospikeClient client() {
            return client;
        }

        @Override
        public Policy read() {
            return read;
        }

        @Override
        public WritePolicy write() {
            return write;
        }

        @Override
        public BatchPolicy batch() {
            return batch;
        }

        @Override
        public BatchPolicy batchWrite() {
            return batchWrite;
        }
    }
}
