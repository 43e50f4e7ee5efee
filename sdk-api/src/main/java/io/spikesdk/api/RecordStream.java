package io.spikesdk.api;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of a scan or query as they arrive. The nodes are read in the background into a bounded buffer: a
 * slow reader slows the nodes down (back-pressure). {@link #next()} throws the scan's {@link AerospikeException}
 * when it failed. {@link #close()} stops reading: the connections still receiving are closed, so the servers stop
 * sending. Not thread-safe; read it from one thread, and close it (try-with-resources) when not read to the end.
 */
public interface RecordStream extends Iterator<KeyRecord>, AutoCloseable {

    /** Stops the scan; records not read yet are dropped. Idempotent. */
    @Override
    void close();

    /** The remaining records as a sequential {@link Stream}; closing the stream closes this. */
    default Stream<KeyRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false).onClose(this::close);
    }
}
