package io.spikesdk.testkit.containers;

import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.Proto;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

/** One info request (wire protocol message type 1) on a fresh socket, encoded with sdk-core's info codec. */
final class InfoRequest {
    /** Largest answer accepted; {@code status} answers a few bytes. */
    private static final int MAX_BODY = 1 << 20;

    private InfoRequest() {
    }

    /**
     * Sends {@code commands} to {@code host:port} and returns command ⇒ value.
     *
     * @param timeout connect and read timeout
     * @throws IOException when the connection fails or the answer is not an info frame
     */
    static Map<String, String> send(String host, int port, Duration timeout, String... commands) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(InfoCodec.requestFrame(commands));
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            long header = in.readLong();
            if (Proto.version(header) != Proto.VERSION || Proto.type(header) != Proto.TYPE_INFO) {
                throw new IOException("not an Aerospike info answer: proto version " + Proto.version(header)
                        + ", type " + Proto.type(header));
            }
            long length = Proto.bodyLength(header);
            if (length > MAX_BODY) {
                throw new IOException("info answer of " + length + " bytes exceeds " + MAX_BODY);
            }
            byte[] body = new byte[(int) length];
            in.readFully(body);
            return InfoCodec.parseResponse(body, 0, body.length);
        }
    }
}
