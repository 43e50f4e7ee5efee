package io.spikesdk.testkit.internal.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.cert.X509Certificate;

/** The bytes of a clear connection, straight from and to its socket. */
final class ClearTransport implements Transport {
    private final SocketChannel channel;

    ClearTransport(SocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public Handshake handshake() {
        return Handshake.DONE;
    }

    @Override
    public boolean handshaking() {
        return false;
    }

    @Override
    public void runDelegatedTasks() {
        // no handshake, no task
    }

    @Override
    public X509Certificate peerCertificate() {
        return null;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public boolean hasBufferedInput() {
        return false;
    }

    @Override
    public boolean write(ByteBuffer src) throws IOException {
        return channel.write(src) > 0;
    }

    @Override
    public boolean hasPendingOutput() {
        return false;
    }

    @Override
    public void closeGracefully() {
        // closing the socket is the goodbye
    }
}
