package io.spikesdk.testkit.internal.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A buffered stream onto a non-blocking socket channel, through its {@link Transport} (where TLS encrypts), used by
 * one worker for one reply. When the client reads slowly, the worker (never the selector thread) waits for the
 * socket to drain, on a private selector opened only for that case. Not thread-safe; {@link #close()} releases
 * that selector.
 */
final class ChannelOutput extends OutputStream {
    private static final int BUFFER = 64 * 1024;
    private static final long WAIT_POLL_MILLIS = 100;
    /** Replies are written by a handful of workers: one buffer per worker, not per connection. */
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER));

    private final SocketChannel channel;
    private final Transport transport;
    private final ByteBuffer buffer = BUFFERS.get();
    private Selector writable;

    ChannelOutput(SocketChannel channel, Transport transport) {
        this.channel = channel;
        this.transport = transport;
        buffer.clear();
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) {
            drain(buffer);
        }
        buffer.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= buffer.capacity()) {
            flush();
            // Slice by slice: a heap window as large as the reply would make the JDK allocate a direct buffer that size.
            for (int pos = off; pos < off + len; pos += buffer.capacity()) {
                drain(ByteBuffer.wrap(b, pos, Math.min(buffer.capacity(), off + len - pos)));
            }
            return;
        }
        int pos = off;
        int end = off + len;
        while (pos < end) {
            if (!buffer.hasRemaining()) {
                drain(buffer);
            }
            int n = Math.min(buffer.remaining(), end - pos);
            buffer.put(b, pos, n);
            pos += n;
        }
    }

    @Override
    public void flush() throws IOException {
        if (buffer.position() > 0) {
            drain(buffer);
        }
    }

    /** Writes all of {@code data} and what the transport made of it (the shared buffer is flipped, then cleared). */
    private void drain(ByteBuffer data) throws IOException {
        boolean own = data == buffer;
        if (own) {
            data.flip();
        }
        while (data.hasRemaining() || transport.hasPendingOutput()) {
            if (!transport.write(data)) {
                awaitWritable();
            }
        }
        if (own) {
            data.clear();
        }
    }

    private void awaitWritable() throws IOException {
        if (writable == null) {
            writable = Selector.open();
            channel.register(writable, SelectionKey.OP_WRITE);
        }
        while (writable.select(WAIT_POLL_MILLIS) == 0) {
            if (!channel.isOpen()) {
                throw new ClosedChannelException();
            }
        }
        writable.selectedKeys().clear();
    }

    @Override
    public void close() throws IOException {
        if (writable != null) {
            writable.close();
            writable = null;
        }
    }
}
