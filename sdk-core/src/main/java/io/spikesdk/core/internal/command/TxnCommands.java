package io.spikesdk.core.internal.command;

import java.util.concurrent.CompletableFuture;

/**
 * What a transaction's commit and abort ({@link TxnRoll}) run their commands on: the blocking driver (futures that
 * are complete on return) or the non-blocking one. A failed command completes its future with its exception.
 */
public interface TxnCommands {

    /** Runs a single-record command. */
    <T> CompletableFuture<T> execute(Request request, ResultHandler<T> handler);

    /** Runs a batch call; completes with the first failure of a sub-batch, if any. */
    CompletableFuture<Void> batch(BatchCall call);

    /** Over the blocking driver: each command runs on the calling thread. */
    static TxnCommands blocking(BlockingDriver driver, BatchExecutor batches) {
        return new TxnCommands() {
            @Override
            public <T> CompletableFuture<T> execute(Request request, ResultHandler<T> handler) {
                try {
                    return CompletableFuture.completedFuture(driver.execute(request, handler));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public CompletableFuture<Void> batch(BatchCall call) {
                try {
                    batches.execute(call);
                    return CompletableFuture.completedFuture(null);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    /** Runs single-record commands without blocking (the non-blocking driver). */
    interface Singles {
        <T> CompletableFuture<T> execute(Request request, ResultHandler<T> handler);
    }

    /** Over a non-blocking driver. */
    static TxnCommands async(Singles singles, AsyncBatchExecutor batches) {
        return new TxnCommands() {
            @Override
            public <T> CompletableFuture<T> execute(Request request, ResultHandler<T> handler) {
                return singles.execute(request, handler);
            }

            @Override
            public CompletableFuture<Void> batch(BatchCall call) {
                return batches.execute(new BatchCommands.Prepared<Void>(call, () -> null));
            }
        };
    }
}
