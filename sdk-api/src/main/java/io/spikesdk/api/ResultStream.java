package io.spikesdk.api;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The values of an aggregation ({@link AerospikeClient#queryAggregate}) as the client's final stage produces them:
 * Java values as a bin value reads (Long, Double, String, byte[], Boolean, List, Map). {@link #next()} throws the
 * query's {@link AerospikeException} (a {@link UdfException} for a Lua error) when it failed. {@link #close()} stops
 * the query. Not thread-safe; read it from one thread, and close it (try-with-resources) when not read to the end.
 */
public interface ResultStream extends Iterator<Object>, AutoCloseable {

    /** Stops the query; values not read yet are dropped. Idempotent. */
    @Override
    void close();

    /** The remaining values as a sequential {@link Stream}; closing the stream closes this. */
    default Stream<Object> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false).onClose(this::close);
    }
}
