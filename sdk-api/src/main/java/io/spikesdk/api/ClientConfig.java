package io.spikesdk.api;

import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything a client needs to connect: seed hosts, credentials, connection pool and tending settings,
 * the default policies and serialization. Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
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
    private final String serializerName;
    private final SerializerOptions serializerOptions;
    private final Serializer serializer;
    private final SerializerMode serializerMode;
    private final SerializerOptions builtinSerializerOptions;
    private final boolean rackAware;
    private final List<Integer> rackIds;
    private final int maxErrorRate;
    private final int errorRateWindow;
    private final int maxTendFailures;
    private final boolean useServicesAlternate;
    private final ClusterListener clusterListener;
    private final java.nio.file.Path udfDirectory;
    private final TlsPolicy tls;
    private final MetricsListener metricsListener;
    private final AsyncConfig async;

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
        this.serializerName = b.serializerName;
        this.serializerOptions = b.serializerOptions;
        this.serializer = b.serializer;
        this.serializerMode = b.serializerMode;
        this.builtinSerializerOptions = b.builtinSerializerOptions;
        this.rackAware = b.rackAware;
        this.rackIds = List.copyOf(b.rackIds);
        this.maxErrorRate = b.maxErrorRate;
        this.errorRateWindow = b.errorRateWindow;
        this.maxTendFailures = b.maxTendFailures;
        this.useServicesAlternate = b.useServicesAlternate;
        this.clusterListener = b.clusterListener;
        this.udfDirectory = b.udfDirectory;
        this.tls = b.tls;
        this.metricsListener = b.metricsListener;
        this.async = b.async;
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
        b.serializerName = serializerName;
        b.serializerOptions = serializerOptions;
        b.serializer = serializer;
        b.serializerMode = serializerMode;
        b.builtinSerializerOptions = builtinSerializerOptions;
        b.rackAware = rackAware;
        b.rackIds = new ArrayList<>(rackIds);
        b.maxErrorRate = maxErrorRate;
        b.errorRateWindow = errorRateWindow;
        b.maxTendFailures = maxTendFailures;
        b.useServicesAlternate = useServicesAlternate;
        b.clusterListener = clusterListener;
        b.udfDirectory = udfDirectory;
        b.tls = tls;
        b.metricsListener = metricsListener;
        b.async = async;
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

    /**
     * User name for authentication. Default: {@code null} (no authentication). With a user (or
     * {@link AuthMode#PKI}) the client logs in to each node as {@link #authMode()} says and keeps the session
     * (re-logging in before it expires); a refused login fails {@code connect()} with an
     * {@link AuthenticationException} naming the reason. Ignored with PKI (the certificate names the user).
     */
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

    /**
     * Name of the instance-level serializer (spec config {@code serialization}), a
     * {@link io.spikesdk.api.spi.SerializerProvider} found on the classpath such as {@code "jackson"}; resolved
     * at {@code connect()}, which fails listing the available names when no jar provides it. When neither a
     * name nor an {@linkplain #serializerInstance() instance} is set, the system property
     * {@code spikesdk.serializer} names it. Default: {@code null}.
     */
    public String serializerName() {
        return serializerName;
    }

    /**
     * Options of the named serializer, overlaid on the system properties
     * {@code spikesdk.serializer.<name>.<key>}. Default: {@link SerializerOptions#EMPTY}.
     */
    public SerializerOptions serializerOptions() {
        return serializerOptions;
    }

    /** The instance-level serializer given as an object (it serializes and deserializes). Default: {@code null}. */
    public Serializer serializerInstance() {
        return serializer;
    }

    /**
     * How values without an Aerospike type are written when the call's policy does not say
     * ({@link Policy#serializerMode()} null). Default: {@link SerializerMode#BUILTIN}, as the spec's
     * {@code SERIALIZER_PYTHON}.
     */
    public SerializerMode serializerMode() {
        return serializerMode;
    }

    /**
     * Options of the built-in ({@code java}) serializer used by {@link SerializerMode#BUILTIN}, notably its
     * {@code allow} list: without one it deserializes nothing (Java-blob bins then read as {@code byte[]}).
     * Overlaid on the system properties {@code spikesdk.serializer.java.<key>}. Default: {@link SerializerOptions#EMPTY}.
     */
    public SerializerOptions builtinSerializerOptions() {
        return builtinSerializerOptions;
    }

    /**
     * Whether the client learns each node's rack: the tender then also asks {@code rebalance-generation}
     * every tend and {@code rack-ids} (an Enterprise info command) when it changes. A node answering with an
     * error (Community Edition answers {@code ERROR:25}) counts as having no rack. Needs {@link #rackIds()}.
     * Default: false. Only {@link Replica#PREFER_RACK} reads use the racks.
     */
    public boolean rackAware() {
        return rackAware;
    }

    /**
     * The client's racks in order of preference: {@link Replica#PREFER_RACK} reads go to a replica on the
     * first of these racks that has one, else as {@link Replica#SEQUENCE}. Unmodifiable. Default: empty.
     */
    public List<Integer> rackIds() {
        return rackIds;
    }

    /**
     * Circuit breaker: the errors (connection errors and timeouts, as the official client counts them) a
     * node may have within one {@linkplain #errorRateWindow() window} before commands to it fail fast with
     * {@link ResultCode#MAX_ERROR_RATE} until the window ends; such a command moves to another replica if it
     * has retries left. 0 disables the breaker. Default: 100 (as the official client).
     */
    public int maxErrorRate() {
        return maxErrorRate;
    }

    /** Length of the circuit breaker's window in tend intervals; error counts reset at its end. Default: 1. */
    public int errorRateWindow() {
        return errorRateWindow;
    }

    /**
     * Consecutive failed tends after which a node is dropped even if peers still list it. A node that no
     * responding peer lists is dropped at its first failed tend. Default: 5 (as the official client).
     */
    public int maxTendFailures() {
        return maxTendFailures;
    }

    /**
     * Whether peers are discovered with {@code peers-clear-alt} (the servers' alternate-access-address,
     * for clients outside the servers' network) instead of {@code peers-clear-std}; with {@link #tls()},
     * {@code peers-tls-alt} instead of {@code peers-tls-std}. Default: false.
     */
    public boolean useServicesAlternate() {
        return useServicesAlternate;
    }

    /** Receives node added / removed events; see {@link ClusterListener}. Default: {@code null} (none). */
    public ClusterListener clusterListener() {
        return clusterListener;
    }

    /**
     * Where the client finds the Lua source of an aggregation's module ({@code <module>.lua}) for its final stage;
     * {@code null} (the default): the client asks the server for the registered source.
     */
    public java.nio.file.Path udfDirectory() {
        return udfDirectory;
    }

    /**
     * TLS for every connection (commands, info, tending), or {@code null} (the default) for clear connections.
     * With TLS the seed hosts are the servers' TLS ports, peers are discovered with {@code peers-tls-std}, and each
     * server certificate must carry its host's {@link Host#tlsName() TLS name} (a host without one: its host
     * name); the handshake counts in {@link #connectTimeout()}.
     */
    public TlsPolicy tls() {
        return tls;
    }

    /**
     * Receives an event after every command and on connection changes, for metrics and tracing; {@code null} (the
     * default): none, and the client spends nothing on metrics. See {@link MetricsListener}.
     */
    public MetricsListener metricsListener() {
        return metricsListener;
    }

    /** Settings of the asynchronous client ({@link AerospikeClient#async()}). Default: {@link AsyncConfig#defaults()}. */
    public AsyncConfig async() {
        return async;
    }

    /** The configuration with the password masked. */
    @Override
    public String toString() {
        return "ClientConfig[hosts=" + hosts + ", clusterName=" + clusterName + ", user=" + user
            + ", password=" + (password == null ? "null" : "****") + ", authMode=" + authMode
            + ", connectTimeout=" + connectTimeout + ", tendInterval=" + tendInterval
            + ", minConnsPerNode=" + minConnsPerNode + ", maxConnsPerNode=" + maxConnsPerNode
            + ", maxSocketIdle=" + maxSocketIdle + ", defaults=" + defaults
            + ", serializer=" + (serializer != null ? serializer : serializerName) + ", serializerMode=" + serializerMode
            + ", rackAware=" + rackAware + ", rackIds=" + rackIds + ", maxErrorRate=" + maxErrorRate
            + ", errorRateWindow=" + errorRateWindow + ", maxTendFailures=" + maxTendFailures
            + ", useServicesAlternate=" + useServicesAlternate
            + (udfDirectory != null ? ", udfDirectory=" + udfDirectory : "")
            + (tls != null ? ", tls=" + tls : "")
            + (metricsListener != null ? ", metricsListener=" + metricsListener : "") + "]";
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
        private String serializerName;
        private SerializerOptions serializerOptions = SerializerOptions.EMPTY;
        private Serializer serializer;
        private SerializerMode serializerMode = SerializerMode.BUILTIN;
        private SerializerOptions builtinSerializerOptions = SerializerOptions.EMPTY;
        private boolean rackAware;
        private List<Integer> rackIds = new ArrayList<>();
        private int maxErrorRate = 100;
        private int errorRateWindow = 1;
        private int maxTendFailures = 5;
        private boolean useServicesAlternate;
        private ClusterListener clusterListener;
        private java.nio.file.Path udfDirectory;
        private TlsPolicy tls;
        private MetricsListener metricsListener;
        private AsyncConfig async = AsyncConfig.defaults();

        private Builder() {
        }

        /** Replaces the seed hosts. */
        public Builder hosts(Host... hosts) {
            if (hosts == null) {
                throw new NullPointerException("hosts must not be null");
            }
            return hosts(Arrays.asList(hosts));
        }

        /** Replaces the seed hosts. */
        public Builder hosts(List<Host> hosts) {
            if (hosts == null) {
                throw new NullPointerException("hosts must not be null");
            }
            List<Host> copy = new ArrayList<>(hosts.size());
            for (Host h : hosts) {
                if (h == null) {
                    throw new NullPointerException("hosts must not contain null");
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

        /** Instance-level serializer by provider name, with no options; see {@link ClientConfig#serializerName()}. */
        public Builder serializer(String name) {
            return serializer(name, SerializerOptions.EMPTY);
        }

        /**
         * Instance-level serializer by provider name with options (replaces an instance set before);
         * {@code null} name removes it.
         */
        public Builder serializer(String name, SerializerOptions options) {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("serializer name must not be blank");
            }
            this.serializerName = name;
            this.serializerOptions = Policy.Builder.nonNull(options, "serializer options");
            this.serializer = null;
            return this;
        }

        /** Instance-level serializer object (replaces a name set before); {@code null} removes it. */
        public Builder serializer(Serializer serializer) {
            this.serializer = serializer;
            this.serializerName = null;
            this.serializerOptions = SerializerOptions.EMPTY;
            return this;
        }

        /** See {@link ClientConfig#serializerMode()}; not null. */
        public Builder serializerMode(SerializerMode mode) {
            this.serializerMode = Policy.Builder.nonNull(mode, "serializerMode");
            return this;
        }

        /** See {@link ClientConfig#builtinSerializerOptions()}; not null. */
        public Builder builtinSerializerOptions(SerializerOptions options) {
            this.builtinSerializerOptions = Policy.Builder.nonNull(options, "builtinSerializerOptions");
            return this;
        }

        /** See {@link ClientConfig#rackAware()}. */
        public Builder rackAware(boolean rackAware) {
            this.rackAware = rackAware;
            return this;
        }

        /** See {@link ClientConfig#rackIds()}; replaces the list; each id must be ≥ 0. */
        public Builder rackIds(int... ids) {
            Policy.Builder.nonNull(ids, "rackIds");
            List<Integer> copy = new ArrayList<>(ids.length);
            for (int id : ids) {
                copy.add(Policy.Builder.nonNegative(id, "rack id"));
            }
            this.rackIds = copy;
            return this;
        }

        /** See {@link ClientConfig#maxErrorRate()}; must be ≥ 0 (0 disables the circuit breaker). */
        public Builder maxErrorRate(int max) {
            this.maxErrorRate = Policy.Builder.nonNegative(max, "maxErrorRate");
            return this;
        }

        /** See {@link ClientConfig#errorRateWindow()}; must be ≥ 1. */
        public Builder errorRateWindow(int tends) {
            if (tends < 1) {
                throw new IllegalArgumentException("errorRateWindow must be >= 1 tend, got " + tends);
            }
            this.errorRateWindow = tends;
            return this;
        }

        /** See {@link ClientConfig#maxTendFailures()}; must be ≥ 1. */
        public Builder maxTendFailures(int failures) {
            if (failures < 1) {
                throw new IllegalArgumentException("maxTendFailures must be >= 1, got " + failures);
            }
            this.maxTendFailures = failures;
            return this;
        }

        /** See {@link ClientConfig#useServicesAlternate()}. */
        public Builder useServicesAlternate(boolean alternate) {
            this.useServicesAlternate = alternate;
            return this;
        }

        /** See {@link ClientConfig#udfDirectory()}; {@code null}: the server's registered source. */
        public Builder udfDirectory(java.nio.file.Path directory) {
            this.udfDirectory = directory;
            return this;
        }

        /** See {@link ClientConfig#clusterListener()}; {@code null} removes it. */
        public Builder clusterListener(ClusterListener listener) {
            this.clusterListener = listener;
            return this;
        }

        /** Connects with TLS; {@code null} turns TLS off. */
        public Builder tls(TlsPolicy tls) {
            this.tls = tls;
            return this;
        }

        /** See {@link ClientConfig#metricsListener()}; {@code null} removes it. */
        public Builder metricsListener(MetricsListener listener) {
            this.metricsListener = listener;
            return this;
        }

        /** See {@link ClientConfig#async()}. */
        public Builder async(AsyncConfig async) {
            this.async = Objects.requireNonNull(async, "async");
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when no host is set, min connections exceed max, a password is
         *     set without a user, a user needs a password for its auth mode, {@link AuthMode#EXTERNAL} or
         *     {@link AuthMode#PKI} is set without {@link #tls(TlsPolicy)}, PKI is given a password, or
         *     {@code rackAware} is set without rack ids
         */
        public ClientConfig build() {
            if (hosts.isEmpty()) {
                throw new IllegalArgumentException("ClientConfig needs at least one seed host: call hosts(...)");
            }
            if (minConnsPerNode > maxConnsPerNode) {
                throw new IllegalArgumentException("minConnsPerNode (" + minConnsPerNode + ") must not exceed maxConnsPerNode ("
                    + maxConnsPerNode + ")");
            }
            if (authMode == AuthMode.PKI && password != null) {
                throw new IllegalArgumentException("auth mode PKI takes the user from the TLS client certificate: "
                    + "remove the password");
            }
            if ((authMode == AuthMode.EXTERNAL || authMode == AuthMode.PKI) && tls == null
                    && (user != null || authMode == AuthMode.PKI)) {
                throw new IllegalArgumentException("auth mode " + authMode + " needs TLS: call tls(...)"
                    + (authMode == AuthMode.EXTERNAL ? " (the clear password is sent; EXTERNAL_INSECURE sends it "
                    + "without TLS, for tests only)" : " (the server reads the user from the client certificate)"));
            }
            if (password != null && user == null) {
                throw new IllegalArgumentException("a password is set but no user: call user(...)");
            }
            if (user != null && password == null && authMode != AuthMode.PKI) {
                throw new IllegalArgumentException("user '" + user + "' needs a password with auth mode " + authMode);
            }
            if (rackAware && rackIds.isEmpty()) {
                throw new IllegalArgumentException("rackAware needs the client's rack: call rackIds(...)");
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
