package io.spikesdk.testkit;

import io.spikesdk.core.internal.security.PasswordHash;
import io.spikesdk.testkit.internal.security.SecurityConfig;
import io.spikesdk.testkit.internal.security.UserDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Security of an embedded server, as an Enterprise server's {@code security} context configures it: given to
 * {@link EmbeddedAerospike.Builder#security(java.util.function.Consumer)}. The server always has the default user
 * {@code admin} (password {@code admin}, role {@code user-admin}); {@link #user} adds more, which a
 * {@link EmbeddedAerospike#reset()} restores. Not thread-safe.
 */
public final class SecurityOptions {
    private Duration sessionTtl = Duration.ofSeconds(SecurityConfig.DEFAULT_SESSION_TTL_SECONDS);
    private boolean enableQuotas;
    private final Map<String, UserDef> users = new LinkedHashMap<>();

    SecurityOptions() {
    }

    /** How long a session token stays valid ({@code session-ttl}), on the server's clock. Default: 1 day. */
    public SecurityOptions sessionTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.getSeconds() < 120 || ttl.getSeconds() > 864_000) {
            throw new IllegalArgumentException("session TTL must be 120 s to 10 days, as session-ttl: " + ttl);
        }
        this.sessionTtl = ttl;
        return this;
    }

    /** Enables per-role read and write quotas ({@code enable-quotas}). Default: off. */
    public SecurityOptions enableQuotas(boolean enable) {
        this.enableQuotas = enable;
        return this;
    }

    /**
     * A user the server starts with (replacing {@code admin} when named so).
     *
     * @param roles predefined role names ({@code read}, {@code read-write}, {@code sys-admin}, ...)
     */
    public SecurityOptions user(String name, String password, String... roles) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        users.put(name, new UserDef(name, PasswordHash.of(password), List.of(roles)));
        return this;
    }

    SecurityConfig toConfig() {
        return new SecurityConfig(sessionTtl.getSeconds(), enableQuotas, new ArrayList<>(users.values()));
    }
}
