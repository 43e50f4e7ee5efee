package io.spikesdk.testkit.junit;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What one scope (a test class or a test method) injects: an embedded server or cluster, or a real
 * server's hosts, plus a lazily connected client. Closes the client, then the server.
 *
 * <p>Implements both {@link ExtensionContext.Store.CloseableResource}, which every JUnit 5 version
 * closes, and {@link AutoCloseable}, which JUnit 5.13+ prefers; JUnit closes it once either way.
 */
@SuppressWarnings("deprecation") // CloseableResource: deprecated in JUnit 5.13, the only hook before it
final class ServerResources implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static final String USE_INSTEAD = "inject AerospikeClient, ClientConfig or List<Host> instead";

    private final EmbeddedAerospike server;
    private final EmbeddedCluster cluster;
    private final RealServer real;
    private final List<Host> hosts;
    private AerospikeClient client;
    private boolean closed;

    private ServerResources(EmbeddedAerospike server, EmbeddedCluster cluster, RealServer real, List<Host> hosts) {
        this.server = server;
        this.cluster = cluster;
        this.real = real;
        this.hosts = List.copyOf(hosts);
    }

    /** Starts the embedded server or cluster the annotation describes. */
    static ServerResources embedded(EmbeddedAerospikeTest settings) {
        if (settings.nodes() < 1) {
            throw new ExtensionConfigurationException("@EmbeddedAerospikeTest(nodes = " + settings.nodes()
                    + "): a server needs at least one node");
        }
        try {
            return settings.nodes() == 1 ? single(settings) : cluster(settings);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("bad @EmbeddedAerospikeTest settings: " + e.getMessage(), e);
        }
    }

    private static ServerResources single(EmbeddedAerospikeTest settings) {
        EmbeddedAerospike.Builder builder = EmbeddedAerospike.builder().port(0);
        for (String namespace : settings.namespaces()) {
            builder.namespace(namespace);
        }
        for (String namespace : settings.scNamespaces()) {
            builder.namespace(namespace, ns -> ns.strongConsistency(true));
        }
        EmbeddedAerospike started = builder.build().start();
        return new ServerResources(started, null, null, List.of(Host.of(started.host(), started.port())));
    }

    private static ServerResources cluster(EmbeddedAerospikeTest settings) {
        EmbeddedCluster.Builder builder = EmbeddedAerospike.cluster().nodes(settings.nodes())
                .replicationFactor(settings.replicationFactor());
        for (String namespace : settings.namespaces()) {
            builder.namespace(namespace);
        }
        for (String namespace : settings.scNamespaces()) {
            builder.namespace(namespace, ns -> ns.strongConsistency(true));
        }
        EmbeddedCluster started = builder.build().start();
        List<Host> seeds = started.nodes().stream().map(n -> Host.of(n.host(), n.port())).toList();
        return new ServerResources(null, started, null, seeds);
    }

    /** Points at a real server; closing closes only the client. */
    static ServerResources real(RealServer real) {
        return new ServerResources(null, null, real, real.hosts());
    }

    List<Host> hosts() {
        return hosts;
    }

    /** A new config with the seed hosts; every other setting at its default. */
    ClientConfig config() {
        return ClientConfig.builder().hosts(hosts).build();
    }

    /** The client of this scope, connected on first use. */
    synchronized AerospikeClient client() {
        if (closed) {
            throw new ParameterResolutionException("the server of this scope is already closed");
        }
        if (client == null) {
            client = Aerospike.client(config()).connect();
        }
        return client;
    }

    /** Whether the tests run against a real server. */
    boolean isReal() {
        return real != null;
    }

    /** The embedded single server, or null. */
    EmbeddedAerospike embeddedServer() {
        return server;
    }

    /** The embedded cluster, or null. */
    EmbeddedCluster embeddedCluster() {
        return cluster;
    }

    EmbeddedAerospike server() {
        if (server != null) {
            return server;
        }
        if (cluster != null) {
            throw new ParameterResolutionException("no EmbeddedAerospike to inject: this test runs a "
                    + cluster.nodes().size() + "-node cluster; inject EmbeddedCluster and use node(i)");
        }
        throw new ParameterResolutionException("no EmbeddedAerospike to inject: the tests run against the "
                + "real server given by " + real.source() + "; " + USE_INSTEAD
                + ", or use @EmbeddedAerospikeTest(embeddedOnly = true) for tests that need the embedded server");
    }

    EmbeddedCluster cluster() {
        if (cluster != null) {
            return cluster;
        }
        if (server != null) {
            throw new ParameterResolutionException("no EmbeddedCluster to inject: this test runs one node; "
                    + "use @EmbeddedAerospikeTest(nodes = 3) for a cluster, or inject EmbeddedAerospike");
        }
        throw new ParameterResolutionException("no EmbeddedCluster to inject: the tests run against the "
                + "real server given by " + real.source() + "; " + USE_INSTEAD
                + ", or use @EmbeddedAerospikeTest(embeddedOnly = true) for tests that need the embedded server");
    }

    /** Empties the embedded server or cluster (a real server is left alone). */
    void reset() {
        if (server != null) {
            server.reset();
        }
        if (cluster != null) {
            cluster.reset();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Override
    public String toString() {
        return real != null ? "real server " + real.source() : (server != null ? server : cluster).toString();
    }
}
