package io.spikesdk.testkit.internal.info;

import java.util.concurrent.atomic.AtomicLong;

/** Counters reported by the {@code statistics} info command. */
public final class ServerStats {
    private final AtomicLong connectionsOpened = new AtomicLong();
    private final AtomicLong connectionsClosed = new AtomicLong();
    private final AtomicLong infoComplete = new AtomicLong();
    private final AtomicLong demarshalErrors = new AtomicLong();

    public void connectionOpened() {
        connectionsOpened.incrementAndGet();
    }

    public void connectionClosed() {
        connectionsClosed.incrementAndGet();
    }

    public void infoCompleted() {
        infoComplete.incrementAndGet();
    }

    public void demarshalError() {
        demarshalErrors.incrementAndGet();
    }

    public long connectionsOpened() {
        return connectionsOpened.get();
    }

    public long connectionsClosed() {
        return connectionsClosed.get();
    }

    public long openConnections() {
        return connectionsOpened.get() - connectionsClosed.get();
    }

    public long infoComplete() {
        return infoComplete.get();
    }

    public long demarshalErrors() {
        return demarshalErrors.get();
    }
}
