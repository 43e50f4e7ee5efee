package io.spikesdk.testkit.internal.security;

import java.util.List;

/**
 * How a secure server starts: session lifetime, whether quotas are enabled, and the users it starts (and is reset)
 * with besides the default {@code admin}.
 */
public record SecurityConfig(long sessionTtlSeconds, boolean quotasEnabled, List<UserDef> users) {
    /** The real server's default {@code session-ttl}: one day. */
    public static final long DEFAULT_SESSION_TTL_SECONDS = 86_400;

    public SecurityConfig {
        users = List.copyOf(users);
    }
}
