package io.spikesdk.testkit.internal.info;

import java.util.concurrent.atomic.AtomicLong;

/** Counters reported by the {@code statistics} info command. */
public final class ServerStats {
    private final AtomicLong connectionsOpened = new AtomicLong();
    private final AtomicLong connectionsClosed = new AtomicLong();
    private final AtomicLong infoComplete = new AtomicLong();
    private final AtomicLong demarshalErrors = new AtomicLong();
    private final AtomicLong batchesInitiated = new AtomicLong();
    private final AtomicLong batchesCompleted = new AtomicLong();
    private final AtomicLong batchErrors = new AtomicLong();

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

    /** A batch ended: complete when its LAST marker carries 0, an error otherwise (refusals included). */
    public void batchFinished(int resultCode) {
        batchesInitiated.incrementAndGet();
        (resultCode == 0 ? batchesCompleted : batchErrors).incrementAndGet();
    }

    public long batchesInitiated() {
        return batchesInitiated.get();
    }

    public long batchesCompleted() {
        return batchesCompleted.get();
    }

    public long batchErrors() {
        return batchErrors.get();
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
