package io.spikesdk.api.metrics;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CommandHistogramsTest {

    @Test
    void bucketsAreExponentialInMicroseconds() {
        assertEquals(0, CommandHistograms.bucket(999));
        assertEquals(1, CommandHistograms.bucket(1_000));
        assertEquals(1, CommandHistograms.bucket(1_999));
        assertEquals(2, CommandHistograms.bucket(2_000));
        assertEquals(2, CommandHistograms.bucket(3_999));
        assertEquals(3, CommandHistograms.bucket(4_000));
        assertEquals(11, CommandHistograms.bucket(1_500_000), "1.5 ms is in [1024, 2048) µs");
        assertEquals(CommandHistograms.BUCKETS - 1, CommandHistograms.bucket(60_000_000_000L));
        assertEquals(2048, CommandHistograms.bucketUpperBoundMicros(11));
        assertEquals(Long.MAX_VALUE, CommandHistograms.bucketUpperBoundMicros(CommandHistograms.BUCKETS - 1));
    }

    @Test
    void recordsPerNodeAndTypeWithPercentilesAndResultCodes() {
        CommandHistograms h = new CommandHistograms();
        for (int i = 0; i < 99; i++) {
            h.commandCompleted(outcome("A", CommandType.READ, 500_000, 0, false));
        }
        h.commandCompleted(outcome("A", CommandType.READ, 3_000_000, 9, true));
        h.commandCompleted(outcome("B", CommandType.WRITE, 1_000, -8, true));
        h.commandCompleted(outcome(null, CommandType.WRITE, 1_000, -3, true));

        CommandHistograms.Stats reads = h.stats("A", CommandType.READ);
        assertEquals(100, reads.count());
        assertEquals(1, reads.failed());
        assertEquals(99, reads.resultCount(0));
        assertEquals(1, reads.resultCount(9));
        assertEquals(512, reads.percentileMicros(0.99), "99 of 100 took 500 µs: bucket [256, 512)");
        assertEquals(4096, reads.percentileMicros(1.0));
        assertEquals(1, h.stats(CommandHistograms.NO_NODE, CommandType.WRITE).resultCount(-3));
        assertEquals(2, h.count(CommandType.WRITE));
        assertEquals(0, h.stats("C", CommandType.READ).count());
        List<CommandHistograms.Stats> all = h.snapshot();
        assertEquals(List.of("A", "B", CommandHistograms.NO_NODE), all.stream().map(CommandHistograms.Stats::node).toList());
    }

    @Test
    void allPassesEveryEventToEachListener() {
        CommandHistograms first = new CommandHistograms();
        AtomicInteger closed = new AtomicInteger();
        MetricsListener second = new MetricsListener() {
            @Override
            public void commandCompleted(CommandOutcome outcome) {
            }

            @Override
            public void connectionClosed(String nodeName) {
                closed.incrementAndGet();
            }
        };
        MetricsListener both = MetricsListener.all(first, second);
        both.connectionOpened("A");
        both.connectionClosed("A");
        both.commandCompleted(outcome("A", CommandType.TOUCH, 10, 0, false));
        assertEquals(1, first.connectionsOpened("A"));
        assertEquals(1, first.connectionsClosed("A"));
        assertEquals(1, closed.get());
        assertEquals(1, first.count(CommandType.TOUCH));
    }

    @Test
    void aClientConfigHasNoListenerByDefaultAndKeepsOneThroughToBuilder() {
        ClientConfig.Builder builder = ClientConfig.builder().hosts(Host.of("127.0.0.1", 3000));
        assertNull(builder.build().metricsListener());
        CommandHistograms histograms = new CommandHistograms();
        ClientConfig config = builder.metricsListener(histograms).build();
        assertSame(histograms, config.metricsListener());
        assertSame(histograms, config.toBuilder().build().metricsListener());
        assertNull(config.toBuilder().metricsListener(null).build().metricsListener());
    }

    private static CommandOutcome outcome(String node, CommandType type, long nanos, int code, boolean failed) {
        return new CommandOutcome() {
            public CommandType type() { return type; }
            public String namespace() { return "test"; }
            public String setName() { return null; }
            public String nodeName() { return node; }
            public Host nodeHost() { return null; }
            public long latencyNanos() { return nanos; }
            public int resultCode() { return code; }
            public boolean failed() { return failed; }
            public int attempts() { return 1; }
            public boolean timedOut() { return code == 9; }
            public boolean inDoubt() { return false; }
            public long bytesSent() { return 40; }
            public long bytesReceived() { return 30; }
        };
    }
}
