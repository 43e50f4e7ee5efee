package io.spikesdk.core.internal;

import io.spikesdk.api.Host;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;

/**
 * An info request as a {@link CommandOutcome}: one attempt on one node, no namespace; {@code resultCode} 0 when the
 * node answered (an answer that reports an error included), SERVER_NOT_AVAILABLE when the request failed. Its byte
 * counts are estimated from the lengths of the commands and answers.
 */
record InfoOutcome(String nodeName, Host nodeHost, long latencyNanos, int resultCode, boolean failed, long bytesSent,
                   long bytesReceived) implements CommandOutcome {

    @Override
    public CommandType type() {
        return CommandType.INFO;
    }

    @Override
    public String namespace() {
        return null;
    }

    @Override
    public String setName() {
        return null;
    }

    @Override
    public int attempts() {
        return 1;
    }

    @Override
    public boolean timedOut() {
        return false;
    }

    @Override
    public boolean inDoubt() {
        return false;
    }
}
