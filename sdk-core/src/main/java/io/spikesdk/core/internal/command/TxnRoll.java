package io.spikesdk.core.internal.command;

import io.spikesdk.api.AbortStatus;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.CommitError;
import io.spikesdk.api.CommitException;
import io.spikesdk.api.CommitStatus;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Txn;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.api.internal.TxnState;
import io.spikesdk.core.internal.protocol.MsgFlags;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Commit and abort of a {@link Txn}, step by step as the official client: commit = verify the read versions (a
 * VERIFY_READ batch; on failure roll back, close and throw {@link CommitException}) → mark the monitor for
 * roll-forward (the point of no return; a failure there throws, in doubt when the mark may have been applied) →
 * roll the writes forward (a ROLL_FORWARD batch) → close the monitor; after the mark, a failed step only changes
 * the {@link CommitStatus}, since the server finishes the commit itself. Abort = roll back (ROLL_BACK batch) →
 * close. Runs on {@link TxnCommands}, so the blocking and the non-blocking client share it.
 */
public final class TxnRoll {
    private final TxnCommands commands;
    private final TxnState txn;
    private final BatchPolicy verifyPolicy;
    private final BatchPolicy rollPolicy;
    private final WritePolicy monitorPolicy;
    private volatile TxnBatch verifyCall;
    private volatile TxnBatch rollCall;

    TxnRoll(TxnCommands commands, TxnState txn, BatchPolicy verifyPolicy, BatchPolicy rollPolicy) {
        this.commands = commands;
        this.txn = txn;
        this.verifyPolicy = verifyPolicy;
        this.rollPolicy = rollPolicy;
        this.monitorPolicy = WritePolicy.builder(rollPolicy).build();
    }

    /** Commits {@code txn}: {@code verifyPolicy} drives the verify batch, {@code rollPolicy} the mark, roll and close. */
    public static CompletableFuture<CommitStatus> commit(TxnCommands commands, Txn txn, BatchPolicy verifyPolicy,
                                                         BatchPolicy rollPolicy) {
        TxnRoll roll = new TxnRoll(commands, ApiAccess.txnState(txn), verifyPolicy, rollPolicy);
        switch (txn.state()) {
            case OPEN:
                return roll.verify().thenCompose(verified -> roll.commitVerified());
            case VERIFIED:
                return roll.commitVerified();
            case COMMITTED:
                return CompletableFuture.completedFuture(CommitStatus.ALREADY_COMMITTED);
            default:
                return CompletableFuture.failedFuture(new AerospikeException(ResultCode.TXN_ALREADY_ABORTED,
                    "the transaction was already aborted"));
        }
    }

    /** Aborts {@code txn}: {@code rollPolicy} drives the roll-back batch and the close. */
    public static CompletableFuture<AbortStatus> abort(TxnCommands commands, Txn txn, BatchPolicy rollPolicy) {
        TxnRoll roll = new TxnRoll(commands, ApiAccess.txnState(txn), BatchPolicy.TXN_VERIFY_DEFAULT, rollPolicy);
        switch (txn.state()) {
            case OPEN:
            case VERIFIED:
                return roll.abort();
            case COMMITTED:
                return CompletableFuture.failedFuture(new AerospikeException(ResultCode.TXN_ALREADY_COMMITTED,
                    "the transaction was already committed"));
            default:
                return CompletableFuture.completedFuture(AbortStatus.ALREADY_ABORTED);
        }
    }

    CompletableFuture<Void> verify() {
        Map<Key, Long> reads = txn.reads();
        Key[] keys = new Key[reads.size()];
        Long[] versions = new Long[keys.length];
        int n = 0;
        for (Map.Entry<Key, Long> e : reads.entrySet()) {
            if (n == keys.length) {
                break;
            }
            keys[n] = e.getKey();
            versions[n] = e.getValue();
            n++;
        }
        if (n == 0) {
            txn.state(Txn.State.VERIFIED);
            return CompletableFuture.completedFuture(null);
        }
        TxnBatch call = TxnBatch.verify(verifyPolicy, txn, trim(keys, n), trim(versions, n));
        verifyCall = call;
        return commands.batch(call).handle((ignored, thrown) -> {
            if (thrown == null && call.succeeded()) {
                txn.state(Txn.State.VERIFIED);
                return CompletableFuture.<Void>completedFuture(null);
            }
            Throwable cause = thrown != null ? unwrap(thrown)
                : new AerospikeException(ResultCode.TXN_FAILED, "a record read in the transaction changed: "
                    + "failed to verify one or more record versions");
            return verifyFailed(cause);
        }).thenCompose(Function.identity());
    }

    private CompletableFuture<Void> verifyFailed(Throwable cause) {
        txn.state(Txn.State.ABORTED);
        return roll(MsgFlags.INFO4_TXN_ROLL_BACK).handle((ignored, rollFailure) -> {
            if (rollFailure != null) {
                cause.addSuppressed(unwrap(rollFailure));
                return CompletableFuture.<Void>failedFuture(commitException(CommitError.VERIFY_FAIL_ABORT_ABANDONED,
                    cause, null));
            }
            if (!txn.closeMonitor()) {
                return CompletableFuture.<Void>failedFuture(commitException(CommitError.VERIFY_FAIL, cause, null));
            }
            return close().<Void>handle((closed, closeFailure) -> {
                if (closeFailure != null) {
                    cause.addSuppressed(unwrap(closeFailure));
                    throw commitException(CommitError.VERIFY_FAIL_CLOSE_ABANDONED, cause, null);
                }
                throw commitException(CommitError.VERIFY_FAIL, cause, null);
            });
        }).thenCompose(Function.identity());
    }

    CompletableFuture<CommitStatus> commitVerified() {
        CompletableFuture<Void> marked = txn.monitorExists()
            ? commands.execute(TxnMonitor.markRollForward(monitorPolicy, txn), TxnMonitor.MARKED)
                .handle((ignored, thrown) -> {
                    if (thrown != null) {
                        throw markFailed(unwrap(thrown));
                    }
                    return null;
                })
            : CompletableFuture.completedFuture(null);
        return marked.thenCompose(ignored -> {
            txn.state(Txn.State.COMMITTED);
            txn.inDoubt(false);
            return roll(MsgFlags.INFO4_TXN_ROLL_FORWARD).handle((rolled, rollFailure) -> {
                if (rollFailure != null) {
                    return CompletableFuture.completedFuture(CommitStatus.ROLL_FORWARD_ABANDONED);
                }
                if (!txn.closeMonitor()) {
                    return CompletableFuture.completedFuture(CommitStatus.OK);
                }
                return close().handle((closed, closeFailure) ->
                    closeFailure != null ? CommitStatus.CLOSE_ABANDONED : CommitStatus.OK);
            }).thenCompose(Function.identity());
        });
    }

    /** The exception of a failed roll-forward mark, in doubt as the official client decides. */
    private CommitException markFailed(Throwable cause) {
        boolean inDoubt;
        if (cause instanceof AerospikeException ae) {
            if (ae.resultCode() == ResultCode.MRT_ABORTED) {
                inDoubt = false;
                txn.inDoubt(false);
                txn.state(Txn.State.ABORTED);
            } else if (txn.inDoubt()) {
                inDoubt = true;
            } else if (ae.inDoubt()) {
                inDoubt = true;
                txn.inDoubt(true);
            } else {
                inDoubt = false;
            }
        } else {
            inDoubt = txn.inDoubt();
        }
        return commitException(CommitError.MARK_ROLL_FORWARD_ABANDONED, cause, inDoubt);
    }

    CompletableFuture<AbortStatus> abort() {
        txn.state(Txn.State.ABORTED);
        return roll(MsgFlags.INFO4_TXN_ROLL_BACK).handle((rolled, rollFailure) -> {
            if (rollFailure != null) {
                return CompletableFuture.completedFuture(AbortStatus.ROLL_BACK_ABANDONED);
            }
            if (!txn.closeMonitor()) {
                return CompletableFuture.completedFuture(AbortStatus.OK);
            }
            return close().handle((closed, closeFailure) ->
                closeFailure != null ? AbortStatus.CLOSE_ABANDONED : AbortStatus.OK);
        }).thenCompose(Function.identity());
    }

    /** Rolls every written key forward or back; fails when a sub-batch or a row failed. */
    private CompletableFuture<Void> roll(int txnAttr) {
        Key[] keys = txn.writes().toArray(new Key[0]);
        if (keys.length == 0) {
            return CompletableFuture.completedFuture(null);
        }
        TxnBatch call = TxnBatch.roll(rollPolicy, txn, keys, txnAttr);
        rollCall = call;
        return commands.batch(call).thenApply(ignored -> {
            if (!call.succeeded()) {
                throw new AerospikeException(ResultCode.TXN_FAILED, "failed to "
                    + (txnAttr == MsgFlags.INFO4_TXN_ROLL_FORWARD ? "commit" : "abort") + " one or more records");
            }
            return null;
        });
    }

    /** Deletes the monitor, then forgets the transaction's keys. */
    private CompletableFuture<Void> close() {
        return commands.execute(TxnMonitor.close(monitorPolicy, txn), TxnMonitor.CLOSED).thenApply(ignored -> {
            txn.clear();
            return null;
        });
    }

    /** @param inDoubt null: as the cause says */
    private CommitException commitException(CommitError error, Throwable cause, Boolean inDoubt) {
        TxnBatch verified = verifyCall;
        TxnBatch rolled = rollCall;
        java.util.Map<Key, ResultCode> verifyResults = verified == null ? null : verified.results();
        java.util.Map<Key, ResultCode> rollResults = rolled == null ? null : rolled.results();
        if (cause instanceof AerospikeException ae) {
            return new CommitException(error, ae.node(), inDoubt != null ? inDoubt : ae.inDoubt(), ae.attempts(), cause,
                verifyResults, rollResults);
        }
        return new CommitException(error, null, inDoubt != null && inDoubt, 0, cause, verifyResults, rollResults);
    }

    static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static <T> T[] trim(T[] array, int n) {
        return n == array.length ? array : java.util.Arrays.copyOf(array, n);
    }
}
