package io.spikesdk.it.security;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageReader;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import io.spikesdk.core.internal.security.PasswordHash;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One raw client connection speaking admin and info frames, to see the exact result codes a server answers. */
final class AdminWire implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    /** The session token of the last successful LOGIN on this connection. */
    byte[] token;
    /** The session TTL in seconds the last successful LOGIN answered. */
    long sessionTtl;

    AdminWire(String host, int port) throws IOException {
        socket = new Socket(host, port);
        socket.setSoTimeout(5_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** LOGIN with USER + CREDENTIAL (INTERNAL mode); returns the result code and keeps the token. */
    int login(String user, String password) throws IOException {
        byte[] reply = exchange(new AdminMessageWriter().request(AdminCommand.LOGIN).field(AdminField.USER, user)
                .field(AdminField.CREDENTIAL, PasswordHash.of(password)).finish());
        AdminMessageReader r = new AdminMessageReader(reply, 0, reply.length);
        try {
            r.nextRecord();
            int result = r.resultCode();
            while (r.nextField()) {
                if (r.fieldId() == AdminField.SESSION_TOKEN) {
                    token = r.fieldBytes();
                } else if (r.fieldId() == AdminField.SESSION_TTL) {
                    sessionTtl = r.fieldInt() & 0xFFFF_FFFFL;
                }
            }
            return result;
        } catch (io.spikesdk.core.internal.protocol.MessageFormatException e) {
            throw new IOException(e);
        }
    }

    /** AUTHENTICATE with a token issued to {@code user}; returns the result code. */
    int authenticate(String user, byte[] sessionToken) throws IOException {
        return result(exchange(new AdminMessageWriter().request(AdminCommand.AUTHENTICATE)
                .field(AdminField.USER, user).field(AdminField.SESSION_TOKEN, sessionToken).finish()));
    }

    /** DROP_USER; returns the result code. */
    int dropUser(String user) throws IOException {
        return result(exchange(new AdminMessageWriter().request(AdminCommand.DROP_USER)
                .field(AdminField.USER, user).finish()));
    }

    /** One info request; the reply body as text. */
    String info(String... commands) throws IOException {
        out.write(InfoCodec.requestFrame(commands));
        out.flush();
        return new String(readBody(), StandardCharsets.UTF_8);
    }

    /** A read of one record (namespace test, no such key needed): the AS_MSG result code. */
    int readResult(String namespace) throws IOException {
        byte[] ns = namespace.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[Proto.MSG_HEADER_SIZE + 5 + ns.length + 5 + 20];
        body[0] = Proto.MSG_HEADER_SIZE;
        body[1] = 1 | 2; // READ | GET_ALL
        Bytes.putShort(body, 18, 2);
        int p = Proto.MSG_HEADER_SIZE;
        Bytes.putInt(body, p, ns.length + 1);
        body[p + 4] = 0; // NAMESPACE
        System.arraycopy(ns, 0, body, p + 5, ns.length);
        p += 5 + ns.length;
        Bytes.putInt(body, p, 21);
        body[p + 4] = 4; // DIGEST_RIPE
        byte[] frame = new byte[Proto.HEADER_SIZE + body.length];
        Bytes.putLong(frame, 0, Proto.header(Proto.TYPE_MESSAGE, body.length));
        System.arraycopy(body, 0, frame, Proto.HEADER_SIZE, body.length);
        out.write(frame);
        out.flush();
        return readBody()[5] & 0xFF;
    }

    private byte[] exchange(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        return readBody();
    }

    private byte[] readBody() throws IOException {
        byte[] header = new byte[Proto.HEADER_SIZE];
        in.readFully(header);
        int size = (int) (Bytes.getLong(header, 0) & 0xFFFF_FFFF_FFFFL);
        byte[] body = new byte[size];
        in.readFully(body);
        return body;
    }

    private static int result(byte[] body) {
        return body[1] & 0xFF;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
