package io.spikesdk.it.metrics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.Statement;
import io.spikesdk.core.metrics.OpenTelemetryTracing;
import io.spikesdk.it.AsyncBridge;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch, scan or query is one CLIENT span under the caller's span, with one child span per node command, on the
 * synchronous and the asynchronous client.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class CallSpansTest {
    private static final String SET = "it_call_spans";
    private static final int RECORDS = 20;

    @Parameter
    String mode;

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private OpenTelemetrySdk otel;
    private AerospikeClient base;
    private AerospikeClient client;
    private final Key[] keys = new Key[RECORDS];

    @BeforeEach
    void connect() {
        otel = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build();
        base = Aerospike.client(TestTarget.config().metricsListener(new OpenTelemetryTracing(otel)).build()).connect();
        client = AsyncBridge.of(mode, base);
        for (int i = 0; i < RECORDS; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, SET, i);
            base.put(keys[i], Bin.of("n", i));
        }
        exporter.reset();
    }

    @AfterEach
    void close() {
        assertEquals(mode.equals("async"), AsyncBridge.asyncCalls(client) > 0, "ran " + mode);
        base.close();
        otel.close();
    }

    /** Runs {@code call} under a caller's span; returns the call's span after checking it and its children. */
    private SpanData callSpan(String name, Supplier<Object> call) {
        Span caller = otel.getTracer("test").spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            call.get();
        } finally {
            caller.end();
        }
        List<SpanData> spans = exporter.getFinishedSpanItems();
        String callerId = caller.getSpanContext().getSpanId();
        List<SpanData> underCaller = spans.stream().filter(s -> s.getParentSpanId().equals(callerId)).toList();
        assertEquals(1, underCaller.size(), "one span under the caller's: " + spans);
        SpanData parent = underCaller.get(0);
        assertEquals(name, parent.getName());
        assertEquals(SpanKind.CLIENT, parent.getKind());
        assertEquals(TestTarget.NAMESPACE, parent.getAttributes().get(AttributeKey.stringKey("db.namespace")));
        assertEquals(SET, parent.getAttributes().get(AttributeKey.stringKey("db.collection.name")));
        List<SpanData> children = spans.stream()
            .filter(s -> s.getParentSpanId().equals(parent.getSpanContext().getSpanId())).toList();
        assertFalse(children.isEmpty(), "node command spans under " + name);
        assertTrue(children.size() <= base.nodes().size() * 2, "one per node command: " + children);
        for (SpanData child : children) {
            assertEquals(name, child.getName());
            assertEquals(SpanKind.CLIENT, child.getKind());
            assertNotNull(child.getAttributes().get(AttributeKey.stringKey("aerospike.node")));
            assertTrue(child.getStartEpochNanos() >= parent.getStartEpochNanos()
                && child.getEndEpochNanos() <= parent.getEndEpochNanos() + 1_000_000, "inside the call's span");
        }
        assertEquals(children.size() + 2, spans.size(), "the caller, the call and its node commands: " + spans);
        exporter.reset();
        return parent;
    }

    private static List<KeyRecord> read(RecordStream stream) {
        List<KeyRecord> records = new ArrayList<>();
        try (stream) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void aBatchScanOrQueryIsOneSpanWithAChildPerNodeCommand() {
        SpanData batch = callSpan("batch " + TestTarget.NAMESPACE, () -> client.get(keys));
        assertEquals("batch", batch.getAttributes().get(AttributeKey.stringKey("db.operation.name")));
        assertEquals(StatusCode.UNSET, batch.getStatus().getStatusCode());

        SpanData scan = callSpan("scan " + TestTarget.NAMESPACE, () -> {
            assertEquals(RECORDS, read(client.scan(null, TestTarget.NAMESPACE, SET)).size());
            return null;
        });
        assertEquals(StatusCode.UNSET, scan.getStatus().getStatusCode());

        SpanData query = callSpan("query " + TestTarget.NAMESPACE, () -> {
            List<KeyRecord> records = new ArrayList<>();
            client.query(null, Statement.builder(TestTarget.NAMESPACE).set(SET).build(), records::add);
            assertEquals(RECORDS, records.size());
            return null;
        });
        assertEquals(StatusCode.UNSET, query.getStatus().getStatusCode());
    }
}
