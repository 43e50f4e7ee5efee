package io.spikesdk.testkit.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;

/** A real server in Docker; skipped where Docker is not available. */
@EnabledIf(value = "dockerAvailable", disabledReason = "needs Docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AerospikeContainerDockerTest {
    private final AerospikeContainer aerospike = new AerospikeContainer().withNamespace("spike");

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @BeforeAll
    void start() {
        aerospike.start();
    }

    @AfterAll
    void stop() {
        aerospike.stop();
    }

    @Test
    void gettersNameTheMappedServicePort() {
        assertEquals(List.of(Host.of(aerospike.getHost(), aerospike.getPort())), aerospike.hosts());
        assertEquals(aerospike.getMappedPort(AerospikeContainer.SERVICE_PORT), aerospike.getPort());
    }

    @Test
    void serverHasTheConfiguredNamespace() throws Exception {
        String namespaces = InfoRequest.send(aerospike.getHost(), aerospike.getPort(), Duration.ofSeconds(5), "namespaces")
                .get("namespaces");
        assertTrue(List.of(namespaces.split(";")).contains("spike"), namespaces);
    }

    @Test
    void ourClientReadsItsWrites() {
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(aerospike.hosts()).build()).connect()) {
            Key key = Key.of("spike", "container", "k");
            client.put(key, Map.of("v", "hello"));
            assertEquals("hello", client.get(key).getString("v"));
        }
    }
}
