package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;

/** The record_ttl word of writes and reads (docs/wire-protocol.md §8, docs/embedded-server.md R7). */
final class Ttl {
    static final long NEVER_EXPIRE = 0xFFFF_FFFFL;
    static final long DONT_UPDATE = 0xFFFF_FFFEL;
    static final long MAX_TTL = 315_360_000L;
    private static final int MAX_TOUCH_PERCENT = 100;

    private Ttl() {
    }

    /** Validates a write TTL: 0, -1, -2 or 1..10 years. */
    static void checkWriteTtl(int word) throws CommandFailure {
        long ttl = word & 0xFFFF_FFFFL;
        if (ttl != NEVER_EXPIRE && ttl != DONT_UPDATE && ttl > MAX_TTL) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    /** Validates a read-touch percent: 0 (default), -1 (never) or 1..100 (checked only for an expiring record). */
    static void checkReadTouchPercent(int word) throws CommandFailure {
        long pct = word & 0xFFFF_FFFFL;
        if (pct != NEVER_EXPIRE && pct > MAX_TOUCH_PERCENT) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    /**
     * The TTL in seconds a write resolves to (0 = never expire).
     *
     * @param word the request's record_ttl
     * @param defaultTtl namespace default-ttl
     * @param previousTtl TTL of the existing record, or -1 when the write creates the record
     */
    static long resolve(int word, long defaultTtl, long previousTtl) {
        long ttl = word & 0xFFFF_FFFFL;
        if (ttl == NEVER_EXPIRE) {
            return 0;
        }
        if (ttl == DONT_UPDATE) {
            return previousTtl >= 0 ? previousTtl : defaultTtl;
        }
        return ttl == 0 ? defaultTtl : ttl;
    }
}
