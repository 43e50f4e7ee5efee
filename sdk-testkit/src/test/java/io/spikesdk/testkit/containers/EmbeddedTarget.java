package io.spikesdk.testkit.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.util.List;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;

/**
 * A {@link WaitStrategyTarget} without Docker: container port {@value AerospikeContainer#SERVICE_PORT} maps to
 * a local port (an embedded server or a fake), so the wait strategy runs its real exchange.
 */
final class EmbeddedTarget implements WaitStrategyTarget {
    private final int localPort;

    EmbeddedTarget(int localPort) {
        this.localPort = localPort;
    }

    @Override
    public String getHost() {
        return "127.0.0.1";
    }

    @Override
    public Integer getMappedPort(int originalPort) {
        if (originalPort != AerospikeContainer.SERVICE_PORT) {
            throw new IllegalArgumentException("port " + originalPort + " is not mapped");
        }
        return localPort;
    }

    @Override
    public List<Integer> getExposedPorts() {
        return List.of(AerospikeContainer.SERVICE_PORT);
    }

    @Override
    public InspectContainerResponse getContainerInfo() {
        throw new UnsupportedOperationException("not a Docker container");
    }
}
