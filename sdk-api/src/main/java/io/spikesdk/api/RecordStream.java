package io.spikesdk.api;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of a scan or query as they arrive. The nodes are read in the background into a bounded buffer (1024
 * records): a slow reader slows the nodes down (back-pressure). {@link #next()} throws the scan's {@link
 * AerospikeException} when it failed. Not thread-safe; read it from one thread.
 *
 * <p>Lifecycle: a stream read to its end ({@code hasNext()} false, or the scan's failure thrown) has closed itself.
 * {@link #close()} stops reading: node readers waiting for room stop at once, the others at their next record, and
 * their connections are closed (not returned to the pool), so the servers stop sending. Close a stream not read to
 * its end (try-with-resources). One left unread keeps its node readers waiting for room: until the policy's total
 * timeout, after which the scan fails with {@link CommandTimeoutException} (thrown once the buffered records are
 * read), and at the latest until the stream is garbage collected, which closes it.
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
