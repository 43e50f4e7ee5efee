package io.spikesdk.core.internal.async;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** A clear socket: the exchange's bytes as they are. */
final class PlainTransport implements AsyncTransport {
    private final SocketChannel channel;

    PlainTransport(SocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public int handshake() {
        return 0;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public boolean hasBuffered() {
        return false;
    }

    @Override
    public boolean write(ByteBuffer src) throws IOException {
        if (src == null) {
            return true;
        }
        channel.write(src);
        return !src.hasRemaining();
    }

    @Override
    public boolean hasPendingOutput() {
        return false;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a socket we no longer use: nothing to recover
        }
    }
}
