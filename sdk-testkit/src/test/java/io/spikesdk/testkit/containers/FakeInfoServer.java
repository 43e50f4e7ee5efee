package io.spikesdk.testkit.containers;

import io.spikesdk.core.internal.protocol.InfoCodec;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/** Answers every info request with one fixed body, as a server that is up but not ready would. */
final class FakeInfoServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread acceptor;

    FakeInfoServer(String answer) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] frame = InfoCodec.frame(answer.getBytes(StandardCharsets.UTF_8));
        acceptor = new Thread(() -> serve(frame), "fake-info-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(byte[] frame) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                long header = in.readLong();
                in.readFully(new byte[(int) (header & 0xFFFF_FFFF_FFFFL)]);
                client.getOutputStream().write(frame);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
