package io.spikesdk.core.internal.security;

import java.util.concurrent.TimeUnit;

/**
 * A node's login session: the token other connections present with AUTHENTICATE, and when the client logs in
 * again (before the server expires it). Immutable.
 */
public final class Session {
    /** The server has security disabled (it answered 52): no token, no login needed. */
    public static final Session NOT_REQUIRED = new Session(null, 0);

    /** How long before the server's expiry the client logs in again, as the official clients do. */
    static final long REFRESH_MARGIN_SECONDS = 60;

    private final byte[] token;
    private final long refreshAtNanos;

    private Session(byte[] token, long refreshAtNanos) {
        this.token = token;
        this.refreshAtNanos = refreshAtNanos;
    }

    /**
     * A session granted at {@code nowNanos} for {@code ttlSeconds} (0 or negative: no expiry given). It is refreshed
     * 60 s before the server expires it, or at half its life when it is shorter than two minutes, so that short
     * test TTLs are refreshed in time too.
     */
    static Session granted(byte[] token, long ttlSeconds, long nowNanos) {
        if (ttlSeconds <= 0) {
            return new Session(token, 0);
        }
        long margin = Math.min(REFRESH_MARGIN_SECONDS, ttlSeconds / 2);
        long refreshAt = nowNanos + TimeUnit.SECONDS.toNanos(ttlSeconds - margin);
        return new Session(token, refreshAt == 0 ? 1 : refreshAt);
    }

    /** Whether connections must present a token (false when the server needs no login). */
    public boolean requiresToken() {
        return token != null;
    }

    /** The token (not a copy: never modify it). */
    byte[] token() {
        return token;
    }

    /** Whether it is time to log in again. */
    public boolean refreshDue(long nowNanos) {
        return refreshAtNanos != 0 && nowNanos - refreshAtNanos >= 0;
    }

    @Override
    public String toString() {
        return token == null ? "Session[not required]" : "Session[" + token.length + "-byte token]";
    }
}
