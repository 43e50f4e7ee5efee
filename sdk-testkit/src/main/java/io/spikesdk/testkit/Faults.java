package io.spikesdk.testkit;

import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.internal.node.FaultPlan;
import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection for one {@link EmbeddedAerospike} node, obtained from {@link EmbeddedAerospike#faults()}.
 * Faults stay in force (across restarts too) until {@link #clear()}.
 *
 * <ul>
 *   <li>{@link #delayResponses} and {@link #dropResponses} affect data commands (AS_MSG) only; info
 *       requests are answered normally, so clients keep tending the node. The command is executed
 *       before its reply is delayed or dropped — a dropped write is applied ("in doubt").</li>
 *   <li>{@link #failWith} answers a chosen result code instead of executing matching data commands.
 *       Faults apply on the node the client sent the command to.</li>
 *   <li>{@link #latency} holds the replies of one namespace's reads, writes or deletes (after executing them),
 *       as a slow namespace would; other namespaces answer at once.</li>
 *   <li>{@link #pause()} stalls the whole node: no request (info included) is answered and no new
 *       connection is accepted until {@link #resume()}; held requests are then served in arrival order.</li>
 * </ul>
 *
 * <p>A held reply or request holds no server thread, on the clear port as on the TLS port: delayed replies wait on
 * one timer per port, requests received while paused wait parked. A connection answers one
 * request at a time, so its replies stay in order.
 *
 * <p>Thread-safe; every method returns this for chaining.
 */
public final class Faults {
    private final FaultPlan plan;
    private final Runnable closeConnections;

    Faults(FaultPlan plan, Runnable closeConnections) {
        this.plan = plan;
        this.closeConnections = closeConnections;
    }

    /** Delays every data reply by {@code delay} ({@link Duration#ZERO} to stop delaying). */
    public Faults delayResponses(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        plan.delay(delay);
        return this;
    }

    /**
     * Holds the reply of every single-record command of {@code kind} on {@code namespace} by {@code latency}, after
     * executing it (a write whose client timed out meanwhile is applied: "in doubt"). Batch, scan and query requests
     * are not delayed. {@link Duration#ZERO} removes the latency; a later call for the same namespace and kind
     * replaces it.
     *
     * @param kind READ, WRITE or DELETE, or null for all three
     */
    public Faults latency(String namespace, CommandKind kind, Duration latency) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("negative latency: " + latency);
        }
        if (kind == CommandKind.INFO || kind == CommandKind.OTHER) {
            throw new IllegalArgumentException("only READ, WRITE and DELETE commands can be delayed: " + kind);
        }
        plan.addLatency(namespace, kind, latency);
        return this;
    }

    /** When true, data requests are read and executed but never answered; the connection stays open. */
    public Faults dropResponses(boolean drop) {
        plan.drop(drop);
        return this;
    }

    /** Closes every client connection of this node now (new connections are accepted as usual). */
    public Faults closeConnections() {
        closeConnections.run();
        return this;
    }

    /** Answers {@code code} to every data command. */
    public Faults failWith(ResultCode code) {
        return failWith(code, null, null, 0);
    }

    /** Answers {@code code} to every data command of this kind. */
    public Faults failWith(ResultCode code, CommandKind kind) {
        return failWith(code, kind, null, 0);
    }

    /** Answers {@code code} to every data command on the record with this digest. */
    public Faults failWith(ResultCode code, byte[] digest) {
        return failWith(code, null, Objects.requireNonNull(digest, "digest"), 0);
    }

    /**
     * Answers {@code code} instead of executing matching data commands. Rules accumulate; the first
     * matching one applies.
     *
     * @param code a server result code (1..255)
     * @param kind READ, WRITE or DELETE, or null for any
     * @param digest the record's 20-byte digest, or null for any record
     * @param times how many matching commands to fail, 0 for all until {@link #clear()}
     */
    public Faults failWith(ResultCode code, CommandKind kind, byte[] digest, int times) {
        Objects.requireNonNull(code, "code");
        if (code.code() <= 0 || code.code() > 255) {
            throw new IllegalArgumentException("not a server error code: " + code);
        }
        if (kind == CommandKind.INFO || kind == CommandKind.OTHER) {
            throw new IllegalArgumentException("only READ, WRITE and DELETE commands can be failed: " + kind);
        }
        if (times < 0) {
            throw new IllegalArgumentException("times must be >= 0: " + times);
        }
        plan.addRule(code.code(), kind, digest, times);
        return this;
    }

    /** Stops answering anything and accepting connections until {@link #resume()}. */
    public Faults pause() {
        plan.pause();
        return this;
    }

    /** Serves again after {@link #pause()}, starting with the held requests. */
    public Faults resume() {
        plan.resume();
        return this;
    }

    /** Whether the node is paused. */
    public boolean paused() {
        return plan.paused();
    }

    /** Removes every fault: no delay or latency, no dropping, no injected result code, not paused. */
    public Faults clear() {
        plan.clear();
        return this;
    }
}
