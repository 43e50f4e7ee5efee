package io.spikesdk.testkit.containers;

import java.io.IOException;
import java.time.Duration;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits until the Aerospike server in the container answers the info command {@code status} with
 * {@code ok}, over the wire protocol, as a client would see it. Retries every 200 ms until the startup
 * timeout (default 60 s, {@link #withStartupTimeout(Duration)}); each attempt waits at most 2 s for its answer.
 */
public final class AerospikeInfoWaitStrategy extends AbstractWaitStrategy {
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
    private static final long RETRY_MILLIS = 200;

    private final int containerPort;

    /** Probes the Aerospike service port, {@value AerospikeContainer#SERVICE_PORT}. */
    public AerospikeInfoWaitStrategy() {
        this(AerospikeContainer.SERVICE_PORT);
    }

    /** Probes {@code containerPort} (the port inside the container; the mapped host port is used). */
    public AerospikeInfoWaitStrategy(int containerPort) {
        if (containerPort < 1 || containerPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + containerPort);
        }
        this.containerPort = containerPort;
    }

    @Override
    protected void waitUntilReady() {
        String host = waitStrategyTarget.getHost();
        int port = waitStrategyTarget.getMappedPort(containerPort);
        Duration attempt = startupTimeout.compareTo(ATTEMPT_TIMEOUT) < 0 ? startupTimeout : ATTEMPT_TIMEOUT;
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        String last;
        while (true) {
            try {
                String status = InfoRequest.send(host, port, attempt, "status").get("status");
                if ("ok".equals(status)) {
                    return;
                }
                last = "status answered '" + status + "'";
            } catch (IOException e) {
                last = e.toString();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new ContainerLaunchException("Aerospike at " + host + ":" + port + " did not answer status=ok within "
                        + startupTimeout + " (last attempt: " + last + ")");
            }
            pause(host, port);
        }
    }

    private static void pause(String host, int port) {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContainerLaunchException("interrupted while waiting for Aerospike at " + host + ":" + port, e);
        }
    }
}
