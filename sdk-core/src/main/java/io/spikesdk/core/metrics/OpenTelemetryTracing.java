package io.spikesdk.core.metrics;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One OpenTelemetry CLIENT span per command, with the database semantic conventions: {@code db.system.name} and
 * {@code db.system} = {@code aerospike}, {@code db.namespace}, {@code db.collection.name} (the set),
 * {@code db.operation.name} ({@link io.spikesdk.api.metrics.CommandType#lowerName()}), {@code server.address} and
 * {@code server.port} of the node, {@code db.response.status_code} (the result code), and
 * {@code aerospike.node}, {@code aerospike.attempts}, {@code aerospike.in_doubt} (only when true). A command that
 * ended with an exception gets status ERROR and {@code error.type} (the result code's name). The span is named
 * {@code <operation> <namespace>}.
 *
 * <p>The span is recorded when the command ends, with its real start and end times, as a child of the context
 * current on the thread that ran it: the caller's span for single-record commands. A batch, scan or query (sync or
 * async) is one CLIENT span of its own, started on the caller's thread as a child of the caller's span and ended
 * when the call ends (status ERROR and {@code error.type} when it failed; {@code CancellationException} when an
 * async scan's subscriber cancelled), and each node's command is a child span of it.
 *
 * <pre>{@code
 * ClientConfig.builder().hosts(host).metricsListener(new OpenTelemetryTracing(openTelemetry)).build();
 * }</pre>
 */
public final class OpenTelemetryTracing implements MetricsListener {
    /** The instrumentation scope name the tracer is obtained with. */
    public static final String SCOPE = "io.spikesdk.core";

    static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    static final AttributeKey<String> DB_NAMESPACE = AttributeKey.stringKey("db.namespace");
    static final AttributeKey<String> DB_COLLECTION = AttributeKey.stringKey("db.collection.name");
    static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation.name");
    static final AttributeKey<String> DB_STATUS = AttributeKey.stringKey("db.response.status_code");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> NODE = AttributeKey.stringKey("aerospike.node");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("aerospike.attempts");
    static final AttributeKey<Boolean> IN_DOUBT = AttributeKey.booleanKey("aerospike.in_doubt");
    private static final String SYSTEM = "aerospike";

    private final Tracer tracer;

    /** Spans from {@code openTelemetry}'s tracer of scope {@link #SCOPE}. */
    public OpenTelemetryTracing(OpenTelemetry openTelemetry) {
        this(openTelemetry.getTracer(SCOPE));
    }

    /** Spans from {@code tracer}. */
    public OpenTelemetryTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The span of a batch, scan or query, a child of the caller's current span; its node commands' spans are its children. */
    @Override
    public Object callStarted(CommandType type, String namespace, String setName) {
        String operation = type.lowerName();
        SpanBuilder builder = tracer.spanBuilder(namespace == null ? operation : operation + " " + namespace)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(DB_SYSTEM_NAME, SYSTEM)
                .setAttribute(DB_SYSTEM, SYSTEM)
                .setAttribute(DB_OPERATION, operation);
        if (namespace != null) {
            builder.setAttribute(DB_NAMESPACE, namespace);
        }
        if (setName != null) {
            builder.setAttribute(DB_COLLECTION, setName);
        }
        return builder.startSpan();
    }

    @Override
    public void callCompleted(Object call, Throwable failure) {
        if (!(call instanceof Span span)) {
            return;
        }
        if (failure != null) {
            String error = failure instanceof AerospikeException ae ? ResultNames.name(ae.resultCode().code())
                    : failure.getClass().getSimpleName();
            span.setAttribute(ERROR_TYPE, error);
            if (failure instanceof AerospikeException ae) {
                span.setAttribute(DB_STATUS, Integer.toString(ae.resultCode().code()));
            }
            span.setStatus(StatusCode.ERROR, error);
        }
        span.end();
    }

    @Override
    public void commandCompleted(CommandOutcome o) {
        Instant now = Instant.now();
        long endNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        String operation = o.type().lowerName();
        String namespace = o.namespace();
        SpanBuilder builder = tracer.spanBuilder(namespace == null ? operation : operation + " " + namespace)
                .setSpanKind(SpanKind.CLIENT)
                .setStartTimestamp(endNanos - o.latencyNanos(), TimeUnit.NANOSECONDS)
                .setAttribute(DB_SYSTEM_NAME, SYSTEM)
                .setAttribute(DB_SYSTEM, SYSTEM)
                .setAttribute(DB_OPERATION, operation)
                .setAttribute(DB_STATUS, Integer.toString(o.resultCode()))
                .setAttribute(ATTEMPTS, (long) o.attempts());
        if (namespace != null) {
            builder.setAttribute(DB_NAMESPACE, namespace);
        }
        if (o.setName() != null) {
            builder.setAttribute(DB_COLLECTION, o.setName());
        }
        if (o.parentCall() instanceof Span parent) {
            builder.setParent(Context.current().with(parent));
        }
        if (o.nodeName() != null) {
            builder.setAttribute(NODE, o.nodeName());
        }
        Host host = o.nodeHost();
        if (host != null) {
            builder.setAttribute(SERVER_ADDRESS, host.name()).setAttribute(SERVER_PORT, (long) host.port());
        }
        if (o.inDoubt()) {
            builder.setAttribute(IN_DOUBT, true);
        }
        Span span = builder.startSpan();
        if (o.failed()) {
            String error = ResultNames.name(o.resultCode());
            span.setAttribute(ERROR_TYPE, error);
            span.setStatus(StatusCode.ERROR, error + " (" + o.resultCode() + ")");
        }
        span.end(endNanos, TimeUnit.NANOSECONDS);
    }
}
