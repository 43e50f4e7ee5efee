package io.spikesdk.testkit.junit;

import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.PER_METHOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

class LifecycleTest {

    @Nested
    @EmbeddedAerospikeTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {
        private static EmbeddedAerospike first;
        private static AerospikeClient firstClient;

        @Test
        @Order(1)
        void first(EmbeddedAerospike server, AerospikeClient client) {
            first = server;
            firstClient = client;
        }

        @Test
        @Order(2)
        void secondTestGetsTheSameServerAndClient(EmbeddedAerospike server, AerospikeClient client) {
            assertSame(first, server);
            assertEquals(first.port(), server.port());
            assertTrue(server.isRunning());
            assertSame(firstClient, client);
            assertTrue(client.isConnected());
        }
    }

    @Nested
    @EmbeddedAerospikeTest(lifecycle = PER_METHOD)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerMethod {
        private static EmbeddedAerospike previous;
        private static AerospikeClient previousClient;
        private EmbeddedAerospike fromBeforeEach;

        @BeforeEach
        void beforeEach(EmbeddedAerospike server) {
            fromBeforeEach = server;
        }

        @Test
        @Order(1)
        void first(EmbeddedAerospike server, AerospikeClient client) {
            assertSame(fromBeforeEach, server);
            previous = server;
            previousClient = client;
        }

        @Test
        @Order(2)
        void secondTestGetsANewServerAndTheFirstIsClosed(EmbeddedAerospike server, AerospikeClient client) {
            assertSame(fromBeforeEach, server);
            assertNotSame(previous, server);
            assertNotEquals(previous.port(), server.port());
            assertFalse(previous.isRunning());
            Ports.assertClosed(previous.port());
            assertNotSame(previousClient, client);
            assertFalse(previousClient.isConnected());
            assertTrue(client.isConnected());
        }
    }
}
