package io.spikesdk.core.internal.command;

import java.util.concurrent.CompletableFuture;

/** A non-blocking driver of {@link Command}s: what {@link AsyncBatchExecutor} runs its sub-batches on. */
public interface AsyncCommands {
    /**
     * Starts a command whose reply is read by {@code reply}; the future completes (on a driver thread) with its
     * result or its {@link io.spikesdk.api.AerospikeException}.
     *
     * @param deadlineNanos the deadline to keep, or 0 to derive it from the policy
     * @param priorAttempts attempts already spent by the command this one was split from
     */
    <T> CompletableFuture<T> execute(CommandRequest request, ReplyHandler<T> reply, long deadlineNanos,
                                     int priorAttempts);
}
