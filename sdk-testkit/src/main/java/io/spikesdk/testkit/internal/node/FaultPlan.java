package io.spikesdk.testkit.internal.node;

import io.spikesdk.testkit.CommandKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The faults currently injected into one node; read by its network and command layers. Thread-safe. */
public final class FaultPlan {
    private final List<FailRule> rules = new CopyOnWriteArrayList<>();
    private final List<LatencyRule> latencies = new CopyOnWriteArrayList<>();
    private volatile long delayNanos;
    private volatile boolean drop;
    private final List<Runnable> resumeListeners = new CopyOnWriteArrayList<>();
    private boolean paused;
    /** What was held while paused, in arrival order; run by {@link #resume()}. Guarded by this. */
    private List<Runnable> parked = new ArrayList<>();

    /**
     * Answer {@code resultCode} instead of executing matching data commands.
     *
     * @param resultCode the code to answer
     * @param kind only this kind, or null for every data command
     * @param digest only this record, or null for every record
     * @param remaining how many commands are still to fail, or null for all of them until cleared
     */
    public record FailRule(int resultCode, CommandKind kind, byte[] digest, AtomicInteger remaining) {
        boolean matches(CommandKind k, byte[] d) {
            return (kind == null || kind == k) && (digest == null || Arrays.equals(digest, d));
        }

        /** Consumes one use; false when a limited rule is used up. */
        boolean consume() {
            if (remaining == null) {
                return true;
            }
            return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }
    }

    /** Hold the reply of matching data commands by {@code nanos} after executing them. */
    public record LatencyRule(String namespace, CommandKind kind, long nanos) {
        boolean matches(String ns, CommandKind k) {
            return namespace.equals(ns) && (kind == null || kind == k);
        }
    }

    /** Adds a latency for the data commands of {@code namespace} of this kind (null: every kind); 0 removes it. */
    public void addLatency(String namespace, CommandKind kind, Duration latency) {
        latencies.removeIf(rule -> rule.namespace().equals(namespace) && rule.kind() == kind);
        if (!latency.isZero()) {
            latencies.add(new LatencyRule(namespace, kind, latency.toNanos()));
        }
    }

    /** The extra latency of a data command on {@code namespace} of this kind: the first matching rule's, else 0. */
    public long latencyNanos(String namespace, CommandKind kind) {
        for (LatencyRule rule : latencies) {
            if (rule.matches(namespace, kind)) {
                return rule.nanos();
            }
        }
        return 0;
    }

    public void delay(Duration delay) {
        delayNanos = delay.toNanos();
    }

    public long delayNanos() {
        return delayNanos;
    }

    public void drop(boolean enabled) {
        drop = enabled;
    }

    public boolean dropping() {
        return drop;
    }

    public void addRule(int resultCode, CommandKind kind, byte[] digest, int times) {
        rules.add(new FailRule(resultCode, kind, digest == null ? null : digest.clone(),
                times == 0 ? null : new AtomicInteger(times)));
    }

    /** The result code to inject for this data command, or -1 to execute it normally. */
    public int injectedResult(CommandKind kind, byte[] digest) {
        for (FailRule rule : rules) {
            if (rule.matches(kind, digest) && rule.consume()) {
                return rule.resultCode();
            }
        }
        return -1;
    }

    public synchronized void pause() {
        paused = true;
    }

    /** Serves again: the listeners run, then everything parked while paused, in the order it was parked. */
    public void resume() {
        List<Runnable> held;
        synchronized (this) {
            paused = false;
            notifyAll();
            held = parked;
            parked = new ArrayList<>();
        }
        resumeListeners.forEach(Runnable::run);
        held.forEach(Runnable::run);
    }

    /**
     * Parks {@code continuation} (quick, non-blocking) if the node is paused, to be run by {@link #resume()} after
     * what was parked before it; holds no thread meanwhile.
     *
     * @return true when parked; false when the node is not paused and the caller goes on at once
     */
    public synchronized boolean parkWhilePaused(Runnable continuation) {
        if (paused) {
            parked.add(continuation);
        }
        return paused;
    }

    /** Runs {@code listener} (quick, non-blocking) whenever the node is resumed. */
    public void addResumeListener(Runnable listener) {
        resumeListeners.add(listener);
    }

    public void removeResumeListener(Runnable listener) {
        resumeListeners.remove(listener);
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** Blocks while the node is paused (for the thread-per-connection TLS listener; the NIO server parks). */
    public synchronized void awaitResumed() throws InterruptedException {
        while (paused) {
            wait();
        }
    }

    /** Removes every fault (and resumes a paused node). */
    public void clear() {
        rules.clear();
        latencies.clear();
        delayNanos = 0;
        drop = false;
        resume();
    }
}
