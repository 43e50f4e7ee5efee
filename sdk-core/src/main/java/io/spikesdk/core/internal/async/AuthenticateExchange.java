package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.security.LoginExchange;
import io.spikesdk.core.internal.security.Session;
import io.spikesdk.core.internal.security.SessionKeeper;

import java.io.IOException;

/**
 * The first exchange of a new connection when the client logs in, before the exchange that asked for the
 * connection: the blocking path's rules ({@link SessionKeeper#authenticate}) without blocking. AUTHENTICATE with
 * the node's session token; when refused (an expired or unknown session) the token another connection got
 * meanwhile is tried, else this connection logs in, which renews the node's session. A refused login ends the
 * waiting exchange with the blocking path's error ({@link Exchange#openRefused}); any other failure is passed on.
 */
final class AuthenticateExchange implements Exchange {
    private enum Step { AUTHENTICATE, AUTHENTICATE_AGAIN, LOGIN }

    private final AsyncConnection conn;
    private final SessionKeeper keeper;
    private final Exchange waiting;
    private Step step;
    private Session presented;

    AuthenticateExchange(AsyncConnection conn, SessionKeeper keeper, Exchange waiting) {
        this.conn = conn;
        this.keeper = keeper;
        this.waiting = waiting;
    }

    void start() {
        Session session = keeper.session();
        if (!session.requiresToken()) {
            waiting.connected(conn);
        } else if (keeper.loginNeeded()) {
            login();
        } else {
            authenticate(session, Step.AUTHENTICATE);
        }
    }

    private void authenticate(Session session, Step next) {
        step = next;
        presented = session;
        byte[] request = keeper.authenticateRequest(session);
        conn.send(this, request, request.length);
    }

    private void login() {
        step = Step.LOGIN;
        byte[] request = keeper.credentials().loginRequest();
        conn.send(this, request, request.length);
    }

    @Override
    public void connected(AsyncConnection connection) {
        throw new IllegalStateException("an authentication runs on an open connection");
    }

    @Override
    public void written() {
        // the server's answer follows
    }

    @Override
    public boolean frame(int type, byte[] frame, int bodyLength) {
        if (type != Proto.TYPE_ADMIN) {
            conn.abandon();
            waiting.malformed(new AerospikeException(ResultCode.PARSE_ERROR,
                "unexpected proto type " + type + " in answer to " + step + " (expected " + Proto.TYPE_ADMIN + ")"));
            return false;
        }
        try {
            if (step == Step.LOGIN) {
                keeper.loginAnswered(frame, bodyLength);
                waiting.connected(conn);
                return false;
            }
            if (LoginExchange.accepted(LoginExchange.authenticateResult(frame, bodyLength))) {
                waiting.connected(conn);
                return false;
            }
        } catch (AerospikeException e) {
            conn.abandon();
            if (e.resultCode() == ResultCode.PARSE_ERROR) {
                waiting.malformed(e);
            } else {
                waiting.openRefused(e);
            }
            return false;
        }
        Session current = keeper.session();
        if (step == Step.AUTHENTICATE && current != presented && !keeper.loginNeeded()) {
            if (current.requiresToken()) {
                authenticate(current, Step.AUTHENTICATE_AGAIN);
            } else {
                waiting.connected(conn);
            }
        } else {
            login();
        }
        return false;
    }

    @Override
    public void failed(IOException e) {
        waiting.failed(e);
    }

    @Override
    public void malformed(AerospikeException e) {
        waiting.malformed(e);
    }

    @Override
    public void abort(RuntimeException reason) {
        waiting.abort(reason);
    }
}
