package io.spikesdk.it.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Records whose TTL has passed but which nsup has not removed yet: reads answer "not found", yet {@code objects} (of
 * the namespace and of the set) and {@code data_used_bytes} still count them, reading them does not remove them, and
 * {@code expired_objects} only moves when nsup runs. On the real server nsup-period is raised for the test (and then
 * lowered to 1 to let nsup run); the embedded one is given a clock that moves without running nsup, and nsup runs on
 * {@code clock().advance}.
 */
class ExpiredObjectsTest {
    private static final String NS = TestTarget.NAMESPACE;
    private static final String SET = "it_expired_objects";

    @Test
    void expiredRecordsCountAsObjectsUntilNsupRemovesThem() throws InterruptedException {
        if (TestTarget.isRealServer()) {
            try (AerospikeClient official = TestTarget.officialClient();
                    io.spikesdk.api.AerospikeClient ours = Aerospike.client(TestTarget.config().build()).connect()) {
                Node node = official.getNodes()[0];
                setConfig(node, "nsup-period=3600");
                try {
                    run(official, ours, () -> Thread.sleep(2_500), () -> {
                        setConfig(node, "nsup-period=1");
                        awaitSetObjects(node, 1);
                    });
                } finally {
                    setConfig(node, "nsup-period=120");
                    cleanUp(official);
                }
            }
            return;
        }
        AtomicLong millis = new AtomicLong(System.currentTimeMillis());
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(NS).clock(clock).build().start();
                AerospikeClient official = new AerospikeClient(server.host(), server.port());
                io.spikesdk.api.AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                        .hosts(List.of(Host.of(server.host(), server.port()))).build()).connect()) {
            run(official, ours, () -> millis.addAndGet(2_500), () -> server.clock().advance(Duration.ZERO));
            assertEquals(1, server.recordCount(NS), "recordCount counts live records");
        }
    }

    private interface Step {
        void run() throws InterruptedException;
    }

    private static void run(AerospikeClient official, io.spikesdk.api.AerospikeClient ours, Step timePasses,
            Step nsupRuns) throws InterruptedException {
        Node node = official.getNodes()[0];
        WritePolicy oneSecond = new WritePolicy();
        oneSecond.expiration = 1;
        for (int i = 0; i < 5; i++) {
            official.put(oneSecond, new Key(NS, SET, i), new Bin("v", i));
        }
        official.put(null, new Key(NS, SET, "kept"), new Bin("v", 1));
        long expiredBefore = stat(node, "namespace/" + NS, "expired_objects");
        long objectsBefore = stat(node, "namespace/" + NS, "objects");
        long bytesBefore = stat(node, "namespace/" + NS, "data_used_bytes");

        timePasses.run();
        assertNull(official.get(null, new Key(NS, SET, 0)), "expired: not found");
        assertNull(ours.get(io.spikesdk.api.Key.of(NS, SET, 1)), "expired: not found");
        assertEquals(6, stat(node, "sets/" + NS + "/" + SET, "objects"), "still counted in the set");
        assertEquals(objectsBefore, stat(node, "namespace/" + NS, "objects"), "still counted in the namespace");
        assertEquals(bytesBefore, stat(node, "namespace/" + NS, "data_used_bytes"), "their bytes too");
        assertEquals(expiredBefore, stat(node, "namespace/" + NS, "expired_objects"), "not expired until nsup runs");

        nsupRuns.run();
        assertEquals(1, stat(node, "sets/" + NS + "/" + SET, "objects"));
        assertTrue(stat(node, "namespace/" + NS, "expired_objects") >= expiredBefore + 5);
    }

    private static long stat(Node node, String command, String name) {
        String answer = Info.request(node, command);
        Map<String, String> values = ServerLimitsTest.parse(answer.replace(':', ';'));
        String value = values.get(name);
        if (value == null) {
            fail(name + " not in " + answer);
        }
        return Long.parseLong(value);
    }

    private static void awaitSetObjects(Node node, long n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (stat(node, "sets/" + NS + "/" + SET, "objects") != n) {
            if (System.currentTimeMillis() > deadline) {
                fail("nsup did not remove the expired records within 30 s");
            }
            Thread.sleep(200);
        }
    }

    private static void setConfig(Node node, String setting) {
        assertEquals("ok", Info.request(node, "set-config:context=namespace;id=" + NS + ";" + setting), setting);
    }

    private static void cleanUp(AerospikeClient official) {
        for (int i = 0; i < 5; i++) {
            official.delete(null, new Key(NS, SET, i));
        }
        official.delete(null, new Key(NS, SET, "kept"));
    }
}
