package io.spikesdk.core.internal.security;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.Frames;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;

/**
 * The two admin exchanges a connection makes before its first command: LOGIN (gets a session) and AUTHENTICATE
 * (presents a session's token), docs/wire-protocol.md §15.5. The caller sets the connection's timeouts.
 */
public final class LoginExchange {
    private LoginExchange() {
    }

    /**
     * Logs in on {@code conn}, which is then authenticated.
     *
     * @param node the node's name, or its address while it is being validated (for error messages)
     * @return the session granted, or {@link Session#NOT_REQUIRED} when the server answered 52 (security disabled)
     * @throws AerospikeException the security error the server answered (see {@link AuthenticationErrors}), or
     *     PARSE_ERROR for a reply without a token
     */
    public static Session login(Connection conn, LoginCredentials credentials, String node, long nowNanos)
            throws IOException {
        byte[] request = credentials.loginRequest();
        conn.write(request, request.length);
        int bodyLength = Frames.read(conn, Proto.TYPE_ADMIN);
        return loginReply(conn.buffer(0), bodyLength, credentials, node, nowNanos);
    }

    /**
     * Reads a LOGIN reply ({@code frame} holds the proto header at 0 and {@code bodyLength} bytes of body), as
     * {@link #login} does.
     */
    public static Session loginReply(byte[] frame, int bodyLength, LoginCredentials credentials, String node,
                                     long nowNanos) {
        try {
            AdminMessageReader reply = new AdminMessageReader(frame, Proto.HEADER_SIZE, bodyLength);
            if (!reply.nextRecord()) {
                throw malformed("an empty LOGIN reply", node);
            }
            int rc = reply.resultCode();
            if (rc == ResultCode.SECURITY_NOT_ENABLED.code()) {
                return Session.NOT_REQUIRED;
            }
            if (rc != 0) {
                throw AuthenticationErrors.loginFailed(rc, credentials, node);
            }
            byte[] token = null;
            long ttlSeconds = 0;
            while (reply.nextField()) {
                if (reply.fieldId() == AdminField.SESSION_TOKEN) {
                    token = reply.fieldBytes();
                } else if (reply.fieldId() == AdminField.SESSION_TTL) {
                    ttlSeconds = reply.fieldInt() & 0xFFFF_FFFFL;
                }
            }
            if (token == null) {
                throw malformed("a LOGIN reply without a session token", node);
            }
            return Session.granted(token, ttlSeconds, nowNanos);
        } catch (MessageFormatException e) {
            throw malformed("a malformed LOGIN reply (" + e.getMessage() + ")", node);
        }
    }

    /**
     * Presents {@code session}'s token on {@code conn}.
     *
     * @return the server's result code: 0 (or 52, security disabled) when the connection may be used
     */
    public static int authenticate(Connection conn, LoginCredentials credentials, Session session)
            throws IOException {
        byte[] request = credentials.authenticateRequest(session.token());
        conn.write(request, request.length);
        try {
            return AdminTransport.readHeader(conn);
        } catch (MessageFormatException e) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "AUTHENTICATE: " + e.getMessage());
        }
    }

    /**
     * The result code of an AUTHENTICATE reply frame read by a non-blocking connection (the proto header at 0,
     * {@code bodyLength} bytes of body).
     *
     * @throws AerospikeException PARSE_ERROR for a reply shorter than its header
     */
    public static int authenticateResult(byte[] frame, int bodyLength) {
        if (bodyLength < AdminMessageWriter.HEADER_SIZE) {
            throw new AerospikeException(ResultCode.PARSE_ERROR,
                "AUTHENTICATE: admin reply of " + bodyLength + " bytes, shorter than its header");
        }
        return frame[Proto.HEADER_SIZE + AdminMessageWriter.RESULT_OFFSET] & 0xFF;
    }

    /** Whether an AUTHENTICATE result lets the connection be used. */
    public static boolean accepted(int resultCode) {
        return resultCode == 0 || resultCode == ResultCode.SECURITY_NOT_ENABLED.code();
    }

    private static AerospikeException malformed(String what, String node) {
        return AerospikeException.create(ResultCode.PARSE_ERROR, "node answered " + what, node, false, 0);
    }
}
