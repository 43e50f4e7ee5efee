package io.spikesdk.examples;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.metrics.CommandHistograms;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.metrics.MicrometerMetrics;
import io.spikesdk.core.metrics.OpenTelemetryTracing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Metrics and tracing: a short load through a client that reports to three listeners at once, the built-in
 * {@link CommandHistograms}, Micrometer ({@link MicrometerMetrics} on a {@code SimpleMeterRegistry}, printed after
 * the load) and OpenTelemetry ({@link OpenTelemetryTracing}; the spans of one traced request go to the logging
 * exporter, i.e. {@code java.util.logging} on stderr). Uses the server given as the first argument
 * ({@code host:port}), or an embedded one.
 */
public final class MetricsExample {
    static final int RECORDS = 100;

    /**
     * Samples the application's own root spans and drops client spans without a parent, so that only the commands
     * of a traced request are exported (the load makes no noise).
     */
    private static final Sampler APPLICATION_ROOTS = new Sampler() {
        @Override
        public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
                                           Attributes attributes, List<LinkData> links) {
            return kind == SpanKind.CLIENT ? SamplingResult.drop() : SamplingResult.recordAndSample();
        }

        @Override
        public String getDescription() {
            return "ApplicationRoots";
        }
    };

    private MetricsExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, MetricsExample::run);
    }

    /** The example itself, printing the meters and histograms to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        // tag::micrometer[]
        SimpleMeterRegistry registry = new SimpleMeterRegistry();   // or your Prometheus, OTLP, ... registry
        MicrometerMetrics micrometer = new MicrometerMetrics();
        micrometer.bindTo(registry);
        // end::micrometer[]
        // tag::tracing[]
        OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .setSampler(Sampler.parentBased(APPLICATION_ROOTS))
                .addSpanProcessor(SimpleSpanProcessor.create(LoggingSpanExporter.create())).build()).build();
        // end::tracing[]
        // tag::config[]
        CommandHistograms histograms = new CommandHistograms();
        ClientConfig config = ClientConfig.builder().hosts(hosts)
                .metricsListener(MetricsListener.all(histograms, micrometer, new OpenTelemetryTracing(otel)))
                .build();
        // end::config[]
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key[] keys = new Key[RECORDS];
            for (int i = 0; i < RECORDS; i++) {
                keys[i] = Key.of("test", "metrics-demo", i);
                client.put(keys[i], Bin.of("n", i));
            }
            for (Key key : keys) {
                client.get(key);
            }
            client.get(Key.of("test", "metrics-demo", "missing"));
            client.get(keys);

            Span request = otel.getTracer("metrics-example").spanBuilder("GET /orders/42").startSpan();
            try (Scope ignored = request.makeCurrent()) {
                client.put(keys[42], Bin.of("status", "shipped"));
                client.get(keys[42]);
            } finally {
                request.end();
            }
            printMeters(registry, out);
            for (CommandHistograms.Stats s : histograms.snapshot()) {
                out.println("histogram " + s.type().lowerName() + " count=" + s.count() + " p50<" + s.percentileMicros(0.5)
                        + "µs p99<" + s.percentileMicros(0.99) + "µs results=" + s.resultCodes());
            }
        } finally {
            otel.close();
        }
    }

    /** One line per meter, sorted, without the node tag (its name changes with every server). */
    private static void printMeters(SimpleMeterRegistry registry, PrintStream out) {
        List<String> lines = new ArrayList<>();
        for (Meter meter : registry.getMeters()) {
            String tags = meter.getId().getTags().stream().filter(t -> !t.getKey().equals("node"))
                    .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(","));
            List<String> values = new ArrayList<>();
            for (Measurement m : meter.measure()) {
                if (m.getStatistic().name().equals("COUNT") || m.getStatistic().name().equals("VALUE")) {
                    values.add(m.getStatistic().name().toLowerCase() + "=" + (long) m.getValue());
                }
            }
            lines.add(meter.getId().getName() + " [" + tags + "] " + String.join(" ", values));
        }
        lines.sort(Comparator.naturalOrder());
        lines.forEach(out::println);
    }
}
