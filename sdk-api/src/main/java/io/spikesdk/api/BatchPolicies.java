package io.spikesdk.api;

/** Checks shared by the batch row policies. */
final class BatchPolicies {
    private BatchPolicies() {
    }

    static int checkExpiration(int seconds) {
        if (seconds < -2) {
            throw new IllegalArgumentException("expiration must be -2 (keep TTL), -1 (never expire), 0 (namespace default)"
                + " or a positive number of seconds, got " + seconds);
        }
        return seconds;
    }
}
