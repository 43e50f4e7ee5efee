package io.spikesdk.vt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policies;
import io.spikesdk.api.Policy;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.Record;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 virtual threads doing put and get through one client: every command succeeds, and no virtual thread is
 * pinned to its carrier inside the SDK. Pinning is observed with the JFR event {@code jdk.VirtualThreadPinned}
 * (threshold 0), which replaced {@code -Djdk.tracePinnedThreads} (removed in JDK 24); a wait for another thread's
 * class initialization is the JVM's doing and is not counted. Against a real server when
 * {@code AEROSPIKE_HOSTS} is set.
 */
class VirtualThreadsTest {
    private static final int THREADS = 10_000;
    private static final String SET = "vt";

    private static EmbeddedAerospike embedded;
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        String env = System.getenv("AEROSPIKE_HOSTS");
        List<Host> hosts;
        if (env != null && !env.isBlank()) {
            hosts = Host.parse(env);
        } else {
            embedded = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
            hosts = List.of(Host.of(embedded.host(), embedded.port()));
        }
        // 10,000 threads queue for 64 connections: give each command time to wait its turn in the pool
        Policies patient = Policies.builder()
            .read(Policy.builder().totalTimeout(Duration.ofSeconds(60)).build())
            .write(WritePolicy.builder().totalTimeout(Duration.ofSeconds(60)).build())
            .build();
        client = Aerospike.client(ClientConfig.builder().hosts(hosts).maxConnsPerNode(64).defaults(patient).build());
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void tenThousandVirtualThreadsShareOneClientWithoutPinning(@TempDir Path dir) throws Exception {
        // first use initializes the SDK's classes and the JDK's (the first virtual thread blocking on a socket starts
        // its poller); a virtual thread waiting for another thread's class initialization is pinned by the JVM, once,
        // whatever the code does: warm up on a virtual thread
        Thread warmUp = Thread.ofVirtual().start(() -> {
            client.put(Key.of("test", SET, -1), Bin.of("n", -1));
            client.get(Key.of("test", SET, -1));
        });
        warmUp.join();
        AtomicInteger ok = new AtomicInteger();
        Path jfr = dir.resolve("pinning.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>(THREADS);
                for (int i = 0; i < THREADS; i++) {
                    int n = i;
                    done.add(threads.submit(() -> {
                        Key key = Key.of("test", SET, n);
                        client.put(key, Bin.of("n", n));
                        Record r = client.get(key);
                        if (r.getLong("n") == n) {
                            ok.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
            recording.stop();
            recording.dump(jfr);
        }
        assertEquals(THREADS, ok.get());
        List<String> pinnedInSdk = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String reason = e.hasField("pinnedReason") ? e.getString("pinnedReason") : "";
            boolean classInitialization = reason.contains("initialization") || reason.contains("<clinit>");
            if (!classInitialization && e.getStackTrace() != null && e.getStackTrace().getFrames().stream()
                    .map(RecordedFrame::getMethod).anyMatch(m -> m.getType().getName().startsWith("io.spikesdk."))) {
                pinnedInSdk.add(e.toString());
            }
        }
        assertTrue(Files.size(jfr) > 0);
        assertTrue(pinnedInSdk.isEmpty(), () -> pinnedInSdk.size() + " pinned virtual threads in the SDK, first:\n"
            + pinnedInSdk.get(0));
    }
}
