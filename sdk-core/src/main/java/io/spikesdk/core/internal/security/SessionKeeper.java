package io.spikesdk.core.internal.security;

import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.net.Connection;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One node's login session and the rules for using it (docs/wire-protocol.md §15.5): the tend connection logs in
 * (again once the session is due for refresh, or after the server refused it); every other new connection
 * presents the session's token with AUTHENTICATE, and when that is refused logs in itself, which both
 * authenticates it and renews the node's session. Thread-safe: logins are serialised by a lock (a
 * java.util.concurrent one, so a virtual thread waiting on it does not pin its carrier).
 *
 * <p>Non-blocking connections follow the same rules through {@link #loginNeeded}, {@link #authenticateRequest} and
 * {@link #loginAnswered}; their logins are not serialised (they cannot wait for a lock).
 */
public final class SessionKeeper {
    private static final Log LOG = Log.named("core.security");

    private final LoginCredentials credentials;
    private final String nodeName;
    private final LongSupplier nanoClock;
    private final ReentrantLock loginLock = new ReentrantLock();
    private volatile Session session;
    /** Set when the server refused the session (a command answered 80 or 66, or a login failed). */
    private volatile boolean loginNeeded;
    private final AtomicInteger refusals = new AtomicInteger();

    /**
     * @param initial the session the node's first connection got when it was validated
     * @param nanoClock {@code System::nanoTime}, or a test's clock
     */
    public SessionKeeper(LoginCredentials credentials, Session initial, String nodeName, LongSupplier nanoClock) {
        this.credentials = credentials;
        this.session = initial;
        this.nodeName = nodeName;
        this.nanoClock = nanoClock;
    }

    public LoginCredentials credentials() {
        return credentials;
    }

    /** The current session. */
    public Session session() {
        return session;
    }

    /** Makes a newly opened tend connection usable: a login when one is due, else AUTHENTICATE, else a login. */
    public void establishTend(Connection conn) throws IOException {
        Session s = session;
        if (!s.requiresToken() || loginNeeded || s.refreshDue(nanoClock.getAsLong())) {
            login(conn);
        } else if (!LoginExchange.accepted(LoginExchange.authenticate(conn, credentials, s))) {
            login(conn);
        }
    }

    /** On the tend connection, before each tend round: logs in again when the session is due or was refused. */
    public void refreshIfDue(Connection tendConnection) throws IOException {
        Session s = session;
        if (s.requiresToken() && (loginNeeded || s.refreshDue(nanoClock.getAsLong()))) {
            login(tendConnection);
        }
    }

    /**
     * Makes a new command connection usable: AUTHENTICATE with the session's token; when the server refuses it
     * (expired or unknown session) the token another thread got meanwhile is tried, else this connection logs in.
     *
     * @throws io.spikesdk.api.AerospikeException the security error of a failed login
     */
    public void authenticate(Connection conn) throws IOException {
        Session s = session;
        if (!s.requiresToken()) {
            return;
        }
        if (!loginNeeded && LoginExchange.accepted(LoginExchange.authenticate(conn, credentials, s))) {
            return;
        }
        loginLock.lock();
        try {
            Session current = session;
            if (current != s && !loginNeeded
                    && (!current.requiresToken()
                        || LoginExchange.accepted(LoginExchange.authenticate(conn, credentials, current)))) {
                return;
            }
            login(conn);
        } finally {
            loginLock.unlock();
        }
    }

    /** The server refused the session on a command: the next new connection (or tend round) logs in again. */
    public void sessionRefused() {
        refusals.incrementAndGet();
        loginNeeded = true;
    }

    /** How often the server refused the session on a command: connections authenticated before a refusal are stale. */
    public int refusals() {
        return refusals.get();
    }

    /** Whether the next new connection must log in rather than present the current session's token. */
    public boolean loginNeeded() {
        return loginNeeded;
    }

    /** The AUTHENTICATE request presenting {@code session}'s token. */
    public byte[] authenticateRequest(Session session) {
        return credentials.authenticateRequest(session.token());
    }

    /**
     * A LOGIN sent by a non-blocking connection was answered ({@code frame}: proto header at 0, {@code bodyLength}
     * bytes of body): the session it grants becomes the node's.
     *
     * @throws io.spikesdk.api.AerospikeException the security error the server answered (the next new connection
     *     logs in again)
     */
    public void loginAnswered(byte[] frame, int bodyLength) {
        if (LOG.debugEnabled()) {
            LOG.debug("login of " + credentials.describeUser() + " to node " + nodeName + " (async)");
        }
        loginNeeded = true;
        session = LoginExchange.loginReply(frame, bodyLength, credentials, nodeName, nanoClock.getAsLong());
        loginNeeded = false;
    }

    private void login(Connection conn) throws IOException {
        loginLock.lock();
        try {
            if (LOG.debugEnabled()) {
                LOG.debug("login of " + credentials.describeUser() + " to node " + nodeName);
            }
            loginNeeded = true;
            session = LoginExchange.login(conn, credentials, nodeName, nanoClock.getAsLong());
            loginNeeded = false;
        } finally {
            loginLock.unlock();
        }
    }
}
