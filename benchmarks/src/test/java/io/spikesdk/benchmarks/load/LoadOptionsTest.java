package io.spikesdk.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Host;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaultsMatchAerospikeBenchmark() {
        LoadOptions o = LoadOptions.parse();
        assertTrue(o.embedded());
        assertEquals("test", o.namespace());
        assertEquals("testset", o.set());
        assertEquals(100_000, o.keys());
        assertEquals(0, o.startKey());
        assertEquals("I", o.objectSpec().toString());
        assertEquals("RU,50", o.workload().toString());
        assertEquals(16, o.threads());
        assertEquals(10, o.durationSeconds());
        assertEquals(0, o.transactions());
        assertEquals(1000, o.timeoutMs());
        assertEquals(ClientKind.SPIKE, o.client());
        assertFalse(o.compare());
        assertEquals(1, o.embeddedNodes());
        assertTrue(o.prefill());
        assertTrue(o.perSecond());
        assertEquals(List.of(ClientKind.SPIKE), o.clients());
        assertFalse(o.async());
        assertEquals(64, o.inFlight());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.eventLoops());
    }

    @Test
    void asyncOptions() {
        LoadOptions o = LoadOptions.parse("--async", "--in-flight", "256", "--event-loops=3", "--compare");
        assertTrue(o.async());
        assertEquals(256, o.inFlight());
        assertEquals(3, o.eventLoops());
        assertTrue(o.describe().contains("async, 256 in flight on 3 event loop(s)"), o.describe());
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--async", "--in-flight", "0"));
        assertFalse(o.autoBatch());
    }

    @Test
    void autoBatchNeedsAsync() {
        LoadOptions o = LoadOptions.parse("--async", "--auto-batch");
        assertTrue(o.autoBatch());
        assertTrue(o.describe().contains("spike auto-batching"), o.describe());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--auto-batch"));
        assertEquals("--auto-batch needs --async", e.getMessage());
    }

    @Test
    void shortOptions() {
        LoadOptions o = LoadOptions.parse("-h", "10.0.0.1:3100,10.0.0.2", "-n", "bar", "-s", "demo", "-k", "5000",
                "-S", "100", "-o", "I,S:100,B:1000", "-w", "RU,80", "-z", "8", "-d", "20", "--seed", "7");
        assertEquals(List.of(Host.of("10.0.0.1", 3100), Host.of("10.0.0.2", 3000)), o.hosts());
        assertFalse(o.embedded());
        assertEquals("bar", o.namespace());
        assertEquals("demo", o.set());
        assertEquals(5000, o.keys());
        assertEquals(100, o.startKey());
        assertEquals(3, o.objectSpec().bins().size());
        assertEquals(80, o.workload().readPercent());
        assertEquals(8, o.threads());
        assertEquals(20, o.durationSeconds());
        assertEquals(7, o.seed());
    }

    @Test
    void longOptionsWithEqualsAndSeparateValues() {
        LoadOptions o = LoadOptions.parse("--hosts=db1", "--port", "4000", "--transactions", "1_000",
                "--timeout=250", "--client", "official", "--workload=I", "--object-spec", "B:10", "--quiet",
                "--embedded-nodes", "3", "--start-key=9", "--keys", "10", "--warmup", "0");
        assertEquals(List.of(Host.of("db1", 4000)), o.hosts());
        assertEquals(1000, o.transactions());
        assertEquals(250, o.timeoutMs());
        assertEquals(ClientKind.OFFICIAL, o.client());
        assertTrue(o.workload().insertOnly());
        assertFalse(o.prefill(), "an insert workload needs no prefill");
        assertFalse(o.perSecond());
        assertEquals(3, o.embeddedNodes());
        assertEquals(9, o.startKey());
        assertEquals(0, o.warmupSeconds());
    }

    @Test
    void compareRunsBothClientsInRounds() {
        LoadOptions o = LoadOptions.parse("--compare", "--rounds", "3", "--client", "official");
        assertEquals(List.of(ClientKind.SPIKE, ClientKind.OFFICIAL), o.clients());
        assertEquals(3, o.roundsPerClient());
        assertEquals(1, LoadOptions.parse("--rounds", "3").roundsPerClient(), "rounds only apply to --compare");
    }

    @Test
    void ipv6HostsKeepTheirPort() {
        assertEquals(List.of(Host.of("::1", 3001), Host.of("::1", 3000)),
                LoadOptions.parseHosts("[::1]:3001,[::1]", 3000));
    }

    @Test
    void noPrefillFlag() {
        assertFalse(LoadOptions.parse("--no-prefill").prefill());
    }

    @Test
    void badOptionsNameTheProblem() {
        assertMessage("unknown option: --bogus", "--bogus");
        assertMessage("-z needs a value", "-z");
        assertMessage("-z: not a number: many", "-z", "many");
        assertMessage("-z must be 1..4096: 0", "-z", "0");
        assertMessage("unknown client 'other' (use spike or official)", "--client", "other");
        assertMessage("unknown workload 'X' (use I or RU,<read %>)", "-w", "X");
        assertMessage("read percent must be 0..100: 101", "-w", "RU,101");
        assertMessage("'Q': unknown bin type Q (use I, D, S:n or B:n)", "-o", "Q");
        assertMessage("--hosts is empty", "-h", ",");
        assertMessage("--start-key + --keys overflows", "-S", String.valueOf(Long.MAX_VALUE), "-k", "2");
    }

    @Test
    void helpIsFoundAnywhere() {
        assertTrue(LoadOptions.wantsHelp("-z", "3", "--help"));
        assertFalse(LoadOptions.wantsHelp("-z", "3"));
        assertTrue(LoadOptions.USAGE.contains("--compare"));
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(args));
        assertEquals(expected, e.getMessage());
    }
}
