package io.spikesdk.testkit.internal.network;

import io.spikesdk.core.internal.protocol.FrameReader;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.protocol.ProtocolException;
import io.spikesdk.testkit.internal.node.FaultPlan;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one client socket on its own thread (the TLS listener's connections): read a frame, answer it, repeat. Any
 * framing error closes this connection only, with a logged reason. Injected faults apply here as on
 * {@link NioConnection}, by blocking this connection's own thread: a paused node holds every frame unanswered; data
 * replies (AS_MSG) are delayed or dropped as configured.
 */
final class ClientConnection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final int BUFFER = 64 * 1024;

    private final Socket socket;
    private final FrameDispatcher dispatcher;
    private final FaultPlan faults;
    private final Runnable onClose;

    ClientConnection(Socket socket, FrameDispatcher dispatcher, FaultPlan faults, Runnable onClose) {
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.faults = faults;
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("connection from {} interrupted by server shutdown", peer);
        } finally {
            dispatcher.close();
            onClose.run();
        }
    }

    private void serve(FrameReader reader, OutputStream out) throws IOException, InterruptedException {
        while (true) {
            long header = reader.readHeader();
            if (header < 0) {
                return;
            }
            FrameDispatcher.checkHeader(header);
            reader.readBody(Proto.bodyLength(header));
            faults.awaitResumed();
            int type = Proto.type(header);
            FrameDispatcher.Answer answer = dispatcher.dispatch(type, reader.body(), reader.bodyLength());
            boolean data = type == Proto.TYPE_MESSAGE || type == Proto.TYPE_COMPRESSED;
            long hold = answer.latencyNanos() + (data ? faults.delayNanos() : 0);
            if (hold > 0) {
                TimeUnit.NANOSECONDS.sleep(hold); // this connection's own thread
            }
            if (data && faults.dropping()) {
                continue;
            }
            faults.awaitResumed();
            answer.reply().writeTo(out);
            out.flush();
        }
    }
}
