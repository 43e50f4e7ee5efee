package io.spikesdk.it.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.metrics.MicrometerMetrics;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MicrometerMetrics} registers the documented meters with node and namespace tags, and counts right. */
class MicrometerMetricsTest {
    private static final String SET = "it_metrics_micrometer";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerMetrics metrics = new MicrometerMetrics();
    private AerospikeClient client;
    private String node;

    @BeforeEach
    void connect() {
        metrics.bindTo(registry);
        client = Aerospike.client(TestTarget.config().metricsListener(metrics).build()).connect();
        node = client.nodes().get(0).name();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static Key key(String id) {
        return Key.of(TestTarget.NAMESPACE, SET, id);
    }

    @Test
    void registersTheDocumentedMetersAndCountsTheCommandsIssued() {
        Key k = key("a");
        client.put(k, Bin.of("n", 1));
        client.put(k, Bin.of("n", 2));
        client.get(k);
        client.get(key("missing"));
        WritePolicy wrongGeneration = WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
                .generation(99).build();
        assertThrows(AerospikeException.class, () -> client.put(wrongGeneration, k, Bin.of("n", 3)));

        assertEquals(2, timer("write", "ok").count());
        assertEquals(1, timer("write", "generation_error").count());
        assertEquals(1, timer("read", "ok").count());
        assertEquals(1, timer("read", "key_not_found_error").count(), "a not-found get is timed with its code");
        assertEquals(1, counter(MicrometerMetrics.ERRORS, "write", "generation_error").count());
        assertTrue(registry.find(MicrometerMetrics.ERRORS).tag("type", "read").counters().isEmpty(),
                "a not-found get is no error");
        assertTrue(registry.get(MicrometerMetrics.BYTES_SENT).tag("node", node).tag("namespace", TestTarget.NAMESPACE)
                .counter().count() >= 5 * 30);
        assertTrue(registry.get(MicrometerMetrics.BYTES_RECEIVED).tag("node", node)
                .tag("namespace", TestTarget.NAMESPACE).counter().count() >= 5 * 30);
        assertEquals(0, registry.get(MicrometerMetrics.CONNECTIONS).tag("node", node).tag("state", "in_use").gauge().value());
        assertTrue(registry.get(MicrometerMetrics.CONNECTIONS).tag("node", node).tag("state", "idle").gauge().value() >= 1);
        assertTrue(registry.get(MicrometerMetrics.CONNECTIONS_OPENED).tag("node", node).counter().count() >= 1);
        assertEquals(0, registry.get(MicrometerMetrics.RETRIES).tag("node", node).tag("type", "write").counter().count());

        Set<String> names = new TreeSet<>();
        for (Meter m : registry.getMeters()) {
            names.add(m.getId().getName());
        }
        assertEquals(new TreeSet<>(Set.of(MicrometerMetrics.COMMAND, MicrometerMetrics.ERRORS, MicrometerMetrics.TIMEOUTS,
                MicrometerMetrics.RETRIES, MicrometerMetrics.IN_DOUBT, MicrometerMetrics.BYTES_SENT,
                MicrometerMetrics.BYTES_RECEIVED, MicrometerMetrics.CONNECTIONS, MicrometerMetrics.CONNECTIONS_OPENED,
                MicrometerMetrics.CONNECTIONS_CLOSED)), names);
        metrics.bindTo(registry);
        assertThrows(IllegalStateException.class, () -> metrics.bindTo(new SimpleMeterRegistry()),
                "one instance serves one registry");
    }

    @Test
    void timeoutsRetriesAndInDoubtAgainstAStalledServer() {
        client.close();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(TestTarget.NAMESPACE).build().start()) {
            client = Aerospike.client(ClientConfig.builder().hosts(Host.of(server.host(), server.port()))
                    .metricsListener(metrics).build()).connect();
            String stalled = client.nodes().get(0).name();
            client.put(key("t"), Bin.of("n", 1));
            server.faults().delayResponses(Duration.ofSeconds(5));
            Policy read = Policy.builder().socketTimeout(100).totalTimeout(2_000).maxRetries(2).build();
            assertThrows(AerospikeException.class, () -> client.get(read, key("t")));
            WritePolicy write = WritePolicy.builder().socketTimeout(100).totalTimeout(1_000).build();
            assertThrows(AerospikeException.class, () -> client.put(write, key("t"), Bin.of("n", 2)));

            assertEquals(1, registry.get(MicrometerMetrics.TIMEOUTS).tag("node", stalled).tag("type", "read").counter().count());
            assertEquals(2, registry.get(MicrometerMetrics.RETRIES).tag("node", stalled).tag("type", "read").counter().count());
            assertEquals(1, registry.get(MicrometerMetrics.IN_DOUBT).tag("node", stalled).tag("type", "write").counter().count());
            assertEquals(1, registry.get(MicrometerMetrics.ERRORS).tag("node", stalled).tag("type", "read")
                    .tag("result", "timeout").counter().count());
        }
    }

    private Timer timer(String type, String result) {
        return registry.get(MicrometerMetrics.COMMAND).tag("node", node).tag("namespace", TestTarget.NAMESPACE)
                .tag("type", type).tag("result", result).timer();
    }

    private Counter counter(String name, String type, String result) {
        return registry.get(name).tag("node", node).tag("namespace", TestTarget.NAMESPACE).tag("type", type)
                .tag("result", result).counter();
    }
}
