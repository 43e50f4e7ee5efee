package io.spikesdk.testkit.support;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.Proto;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Map;

/** A socket to the embedded server (plain, or a TLS one given) that sends hand-built frames and reads whole replies. */
public final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    public RawConnection(String host, int port) throws IOException {
        this(new Socket(host, port));
    }

    /** Over a connected socket (a TLS one, say). */
    public RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        // generous: a 32 767-bin write takes seconds on a loaded 2-core machine; a hung reply still fails the test
        socket.setSoTimeout(30_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    public void send(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
    }

    /** Reads one complete reply frame (header + body). */
    public byte[] readFrame() throws IOException {
        byte[] header = new byte[Proto.HEADER_SIZE];
        in.readFully(header);
        int len = (int) Proto.bodyLength(Bytes.getLong(header, 0));
        byte[] frame = Arrays.copyOf(header, Proto.HEADER_SIZE + len);
        in.readFully(frame, Proto.HEADER_SIZE, len);
        return frame;
    }

    public byte[] exchange(byte[] frame) throws IOException {
        send(frame);
        return readFrame();
    }

    /** Sends a batch (or any multi-record) request and reads every reply proto up to the one with the LAST marker. */
    public byte[] exchangeStream(byte[] frame) throws IOException {
        send(frame);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] proto = readFrame();
            all.write(proto);
            if (endsWithLast(proto)) {
                return all.toByteArray();
            }
        }
    }

    private static boolean endsWithLast(byte[] proto) throws IOException {
        MessageView view = new MessageView();
        int at = Proto.HEADER_SIZE;
        boolean last = false;
        try {
            while (at < proto.length) {
                at = view.parseAt(proto, at, proto.length);
                last = (view.info3() & io.spikesdk.core.internal.protocol.MsgFlags.INFO3_LAST) != 0;
            }
        } catch (io.spikesdk.core.internal.protocol.MessageFormatException e) {
            throw new IOException("bad reply: " + e.getMessage(), e);
        }
        return last;
    }

    /** Sends a type-3 frame and parses the single AS_MSG reply. */
    public MessageView message(byte[] frame) throws IOException {
        byte[] reply = exchange(frame);
        MessageView view = new MessageView();
        try {
            view.parse(reply, Proto.HEADER_SIZE, reply.length - Proto.HEADER_SIZE);
        } catch (io.spikesdk.core.internal.protocol.MessageFormatException e) {
            throw new IOException("bad reply: " + e.getMessage(), e);
        }
        return view;
    }

    /** Sends info commands and returns command → value. */
    public Map<String, String> info(String... commands) throws IOException {
        byte[] reply = exchange(InfoCodec.requestFrame(commands));
        return InfoCodec.parseResponse(reply, Proto.HEADER_SIZE, reply.length - Proto.HEADER_SIZE);
    }

    /** Whether the server closed the socket: the next read sees end of stream (or a reset). */
    public boolean isClosedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
