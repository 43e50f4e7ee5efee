package io.spikesdk.testkit.internal.network;

import io.spikesdk.core.internal.protocol.FrameReader;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.protocol.ProtocolException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one client socket on its own thread: read a frame, answer it, repeat. Any framing error
 * closes this connection only, with a logged reason.
 */
final class ClientConnection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final int BUFFER = 64 * 1024;

    private final Socket socket;
    private final FrameDispatcher dispatcher;
    private final Runnable onClose;

    ClientConnection(Socket socket, FrameDispatcher dispatcher, Runnable onClose) {
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        try (Socket s = socket) {
            FrameReader reader = new FrameReader(new BufferedInputStream(s.getInputStream(), BUFFER),
                    Proto.MAX_BODY_SIZE);
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), BUFFER);
            serve(reader, out);
        } catch (ProtocolException e) {
            LOG.warn("closing connection from {}: {}", peer, e.getMessage());
        } catch (EOFException e) {
            LOG.info("client {} disconnected mid-frame: {}", peer, e.getMessage());
        } catch (IOException e) {
            LOG.debug("connection from {} ended: {}", peer, e.toString());
        } finally {
            onClose.run();
        }
    }

    private void serve(FrameReader reader, OutputStream out) throws IOException {
        while (true) {
            long header = reader.readHeader();
            if (header < 0) {
                return;
            }
            FrameDispatcher.checkHeader(header);
            reader.readBody(Proto.bodyLength(header));
            MessageWriter reply = dispatcher.dispatch(Proto.type(header), reader.body(), reader.bodyLength());
            reply.writeTo(out);
            out.flush();
        }
    }
}
