package io.spikesdk.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Everything a client needs to connect: seed hosts, credentials, connection pool and tending settings,
 * and the default policies. Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
public final class ClientConfig {

    private final List<Host> hosts;
    private final String clusterName;
    private final String user;
    private final String password;
    private final AuthMode authMode;
    private final Duration connectTimeout;
    private final Duration tendInterval;
    private final int minConnsPerNode;
    private final int maxConnsPerNode;
    private final Duration maxSocketIdle;
    private final Policies defaults;

    private ClientConfig(Builder b) {
        this.hosts = Collections.unmodifiableList(new ArrayList<>(b.hosts));
        this.clusterName = b.clusterName;
        this.user = b.user;
        this.password = b.password;
        this.authMode = b.authMode;
        this.connectTimeout = b.connectTimeout;
        this.tendInterval = b.tendInterval;
        this.minConnsPerNode = b.minConnsPerNode;
        this.maxConnsPerNode = b.maxConnsPerNode;
        this.maxSocketIdle = b.maxSocketIdle;
        this.defaults = b.defaults;
    }

    /** A builder with the defaults and no hosts. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hosts = new ArrayList<>(hosts);
        b.clusterName = clusterName;
        b.user = user;
        b.password = password;
        b.authMode = authMode;
        b.connectTimeout = connectTimeout;
        b.tendInterval = tendInterval;
        b.minConnsPerNode = minConnsPerNode;
        b.maxConnsPerNode = maxConnsPerNode;
        b.maxSocketIdle = maxSocketIdle;
        b.defaults = defaults;
        return b;
    }

    /** Seed hosts (at least one); the client discovers the other nodes from them. Unmodifiable. */
    public List<Host> hosts() {
        return hosts;
    }

    /** Expected cluster name; nodes reporting another name are rejected. Default: {@code null} (not checked). */
    public String clusterName() {
        return clusterName;
    }

    /** User name for authentication. Default: {@code null} (no authentication). */
    public String user() {
        return user;
    }

    /** Password of {@link #user()}. Default: {@code null}. */
    public String password() {
        return password;
    }

    /** How the user authenticates. Default: {@link AuthMode#INTERNAL}. */
    public AuthMode authMode() {
        return authMode;
    }

    /** Timeout of opening a socket (and logging in) to a node. Default: 1 s. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Interval between cluster tends (node and partition map refresh). Default: 1 s. */
    public Duration tendInterval() {
        return tendInterval;
    }

    /** Connections opened to each node up front and kept open. Default: 0. */
    public int minConnsPerNode() {
        return minConnsPerNode;
    }

    /**
     * Maximum connections to each node; a command finding none free fails with {@link ConnectionException}
     * (NO_MORE_CONNECTIONS). Default: 100. Keep it below the server's proto-fd-max divided by the number of clients.
     */
    public int maxConnsPerNode() {
        return maxConnsPerNode;
    }

    /**
     * Idle time after which a pooled connection is closed instead of reused; keep it below the server's
     * proto-fd-idle-ms. Zero means never. Default: 55 s.
     */
    public Duration maxSocketIdle() {
        return maxSocketIdle;
    }

    /** Default policies for calls that pass no policy (or {@code null}). Default: {@link Policies#DEFAULT}. */
    public Policies defaults() {
        return defaults;
    }

    /** The configuration with the password masked. */
    @Override
    public String toString() {
        return "ClientConfig[hosts=" + hosts + ", clusterName=" + clusterName + ", user=" + user
            + ", password=" + (password == null ? "null" : "****") + ", authMode=" + authMode
            + ", connectTimeout=" + connectTimeout + ", tendInterval=" + tendInterval
            + ", minConnsPerNode=" + minConnsPerNode + ", maxConnsPerNode=" + maxConnsPerNode
            + ", maxSocketIdle=" + maxSocketIdle + ", defaults=" + defaults + "]";
    }

    /** Builds a {@link ClientConfig}; setters validate their argument, {@link #build()} the combination. */
    public static final class Builder {
        private List<Host> hosts = new ArrayList<>();
        private String clusterName;
        private String user;
        private String password;
        private AuthMode authMode = AuthMode.INTERNAL;
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration tendInterval = Duration.ofSeconds(1);
        private int minConnsPerNode = 0;
        private int maxConnsPerNode = 100;
        private Duration maxSocketIdle = Duration.ofSeconds(55);
        private Policies defaults = Policies.DEFAULT;

        private Builder() {
        }

        /** Replaces the seed hosts. */
        public Builder hosts(Host... hosts) {
            if (hosts == null) {
                throw new IllegalArgumentException("hosts must not be null");
            }
            return hosts(Arrays.asList(hosts));
        }

        /** Replaces the seed hosts. */
        public Builder hosts(List<Host> hosts) {
            if (hosts == null) {
                throw new IllegalArgumentException("hosts must not be null");
            }
            List<Host> copy = new ArrayList<>(hosts.size());
            for (Host h : hosts) {
                if (h == null) {
                    throw new IllegalArgumentException("hosts must not contain null");
                }
                copy.add(h);
            }
            this.hosts = copy;
            return this;
        }

        /** See {@link ClientConfig#clusterName()}; {@code null} disables the check. */
        public Builder clusterName(String clusterName) {
            this.clusterName = clusterName;
            return this;
        }

        /** See {@link ClientConfig#user()}. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** See {@link ClientConfig#password()}. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** See {@link ClientConfig#authMode()}; not null. */
        public Builder authMode(AuthMode authMode) {
            this.authMode = Policy.Builder.nonNull(authMode, "authMode");
            return this;
        }

        /** See {@link ClientConfig#connectTimeout()}; must be positive. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** See {@link ClientConfig#tendInterval()}; must be positive. */
        public Builder tendInterval(Duration interval) {
            this.tendInterval = positive(interval, "tendInterval");
            return this;
        }

        /** See {@link ClientConfig#minConnsPerNode()}; must be ≥ 0. */
        public Builder minConnsPerNode(int count) {
            this.minConnsPerNode = Policy.Builder.nonNegative(count, "minConnsPerNode");
            return this;
        }

        /** See {@link ClientConfig#maxConnsPerNode()}; must be ≥ 1. */
        public Builder maxConnsPerNode(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("maxConnsPerNode must be >= 1, got " + count);
            }
            this.maxConnsPerNode = count;
            return this;
        }

        /** See {@link ClientConfig#maxSocketIdle()}; must be ≥ 0. */
        public Builder maxSocketIdle(Duration idle) {
            Policy.Builder.nonNull(idle, "maxSocketIdle");
            if (idle.isNegative()) {
                throw new IllegalArgumentException("maxSocketIdle must be >= 0, got " + idle);
            }
            this.maxSocketIdle = idle;
            return this;
        }

        /** See {@link ClientConfig#defaults()}; not null. */
        public Builder defaults(Policies defaults) {
            this.defaults = Policy.Builder.nonNull(defaults, "defaults");
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when no host is set, min connections exceed max, a password is
         *     set without a user, or a user needs a password for its auth mode
         */
        public ClientConfig build() {
            if (hosts.isEmpty()) {
                throw new IllegalArgumentException("ClientConfig needs at least one seed host: call hosts(...)");
            }
            if (minConnsPerNode > maxConnsPerNode) {
                throw new IllegalArgumentException("minConnsPerNode (" + minConnsPerNode + ") must not exceed maxConnsPerNode ("
                    + maxConnsPerNode + ")");
            }
            if (password != null && user == null) {
                throw new IllegalArgumentException("a password is set but no user: call user(...)");
            }
            if (user != null && password == null && authMode != AuthMode.PKI) {
                throw new IllegalArgumentException("user '" + user + "' needs a password with auth mode " + authMode);
            }
            return new ClientConfig(this);
        }

        private static Duration positive(Duration d, String name) {
            Policy.Builder.nonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
