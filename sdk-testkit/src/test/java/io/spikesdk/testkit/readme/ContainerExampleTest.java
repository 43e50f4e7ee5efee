package io.spikesdk.testkit.readme;

// tag::container[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.containers.AerospikeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;

@EnabledIf(value = "dockerAvailable", disabledReason = "needs Docker")
class ContainerExampleTest {
    static final AerospikeContainer AEROSPIKE = new AerospikeContainer().withNamespace("test");

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @BeforeAll
    static void start() {
        AEROSPIKE.start();        // returns once the server answered the info command status=ok
    }

    @AfterAll
    static void stop() {
        AEROSPIKE.stop();
    }

    @Test
    void works() {
        ClientConfig config = ClientConfig.builder().hosts(AEROSPIKE.hosts()).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key key = Key.of("test", "demo", "k1");
            client.put(key, Bin.of("n", 1));
            assertEquals(1, client.get(key).getInt("n"));
        }
    }
}
// end::container[]
