package io.spikesdk.testkit.internal.security;

/** A session token's owner and its expiry on the server clock. */
record Session(String user, long expiresAtMillis) {
}
