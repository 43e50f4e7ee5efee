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
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.metrics.OpenTelemetryTracing;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link OpenTelemetryTracing} exports one CLIENT span per command with the database semantic conventions. */
class OpenTelemetryTracingTest {
    private static final String SET = "it_metrics_otel";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private OpenTelemetrySdk otel;
    private AerospikeClient client;
    private NodeInfo node;

    @BeforeEach
    void connect() {
        otel = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
                .build();
        client = Aerospike.client(TestTarget.config().metricsListener(new OpenTelemetryTracing(otel)).build()).connect();
        node = client.nodes().get(0);
        exporter.reset();
    }

    @AfterEach
    void close() {
        client.close();
        otel.close();
    }

    @Test
    void oneClientSpanPerCommandWithTheDatabaseConventionsUnderTheCallersSpan() {
        Key k = Key.of(TestTarget.NAMESPACE, SET, "a");
        Span parent = otel.getTracer("test").spanBuilder("parent").startSpan();
        try (Scope ignored = parent.makeCurrent()) {
            client.put(k, Bin.of("n", 1));
            client.get(k);
        } finally {
            parent.end();
        }

        List<SpanData> spans = clientSpans();
        assertEquals(2, spans.size(), "one span per command: " + spans);
        SpanData put = spans.get(0);
        SpanData get = spans.get(1);
        assertEquals("write " + TestTarget.NAMESPACE, put.getName());
        assertEquals("read " + TestTarget.NAMESPACE, get.getName());
        for (SpanData span : spans) {
            assertEquals(parent.getSpanContext().getSpanId(), span.getParentSpanId());
            assertEquals("aerospike", attr(span, "db.system.name"));
            assertEquals("aerospike", attr(span, "db.system"));
            assertEquals(TestTarget.NAMESPACE, attr(span, "db.namespace"));
            assertEquals(SET, attr(span, "db.collection.name"));
            assertEquals(node.host(), attr(span, "server.address"));
            assertEquals((long) node.port(), span.getAttributes().get(AttributeKey.longKey("server.port")));
            assertEquals(node.name(), attr(span, "aerospike.node"));
            assertEquals("0", attr(span, "db.response.status_code"));
            assertEquals(1L, span.getAttributes().get(AttributeKey.longKey("aerospike.attempts")));
            assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
            assertTrue(span.getEndEpochNanos() >= span.getStartEpochNanos());
        }
        assertEquals("write", attr(put, "db.operation.name"));
        assertEquals("read", attr(get, "db.operation.name"));
        assertTrue(put.getEndEpochNanos() <= get.getStartEpochNanos() + 1_000_000, "the spans follow the calls' order");
    }

    @Test
    void aFailedCommandGivesAnErrorSpan() {
        Key k = Key.of(TestTarget.NAMESPACE, SET, "gen");
        client.put(k, Bin.of("n", 1));
        exporter.reset();
        WritePolicy wrongGeneration = WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
                .generation(99).build();
        try {
            client.put(wrongGeneration, k, Bin.of("n", 2));
        } catch (AerospikeException expected) {
            assertEquals(ResultCode.GENERATION_ERROR, expected.resultCode());
        }

        List<SpanData> spans = clientSpans();
        assertEquals(1, spans.size());
        SpanData span = spans.get(0);
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals("GENERATION_ERROR", attr(span, "error.type"));
        assertEquals(String.valueOf(ResultCode.GENERATION_ERROR.code()), attr(span, "db.response.status_code"));
        assertNull(span.getAttributes().get(AttributeKey.booleanKey("aerospike.in_doubt")), "a refused write is not in doubt");
    }

    private List<SpanData> clientSpans() {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
    }

    private static String attr(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }
}
