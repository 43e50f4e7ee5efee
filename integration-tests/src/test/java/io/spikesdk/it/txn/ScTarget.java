package io.spikesdk.it.txn;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Assumptions;

import java.util.List;

/**
 * A strong-consistency namespace for the transaction tests: {@link TestTarget#NAMESPACE} of a real server when it
 * is configured so (Enterprise), else of an embedded server of this class's own. Against a real server whose
 * namespace is not SC (Community Edition) the tests are skipped: transactions need an SC namespace.
 */
final class ScTarget implements AutoCloseable {
    final String namespace = TestTarget.NAMESPACE;
    private final EmbeddedAerospike embedded;
    private final List<Host> hosts;
    private final boolean strongConsistency;

    private ScTarget(EmbeddedAerospike embedded, List<Host> hosts, boolean strongConsistency) {
        this.embedded = embedded;
        this.hosts = hosts;
        this.strongConsistency = strongConsistency;
    }

    static ScTarget start() {
        if (TestTarget.isRealServer()) {
            try (AerospikeClient probe = Aerospike.client(TestTarget.config().build()).connect()) {
                String info = probe.info("namespace/" + TestTarget.NAMESPACE);
                return new ScTarget(null, TestTarget.hosts(), info.contains("strong-consistency=true"));
            }
        }
        EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
            .namespace(TestTarget.NAMESPACE, ns -> ns.strongConsistency(true)).build().start();
        return new ScTarget(server, List.of(Host.of(server.host(), server.port())), true);
    }

    /** Skips the calling test unless the namespace is strong-consistency. */
    void assumeStrongConsistency() {
        Assumptions.assumeTrue(strongConsistency,
            "multi-record transactions need a strong-consistency namespace (Enterprise Edition); namespace '"
                + namespace + "' of the real server is not one");
    }

    boolean strongConsistency() {
        return strongConsistency;
    }

    ClientConfig.Builder config() {
        return ClientConfig.builder().hosts(hosts);
    }

    AerospikeClient client() {
        return Aerospike.client(config().build()).connect();
    }

    /** The embedded server, or null against a real one. */
    EmbeddedAerospike embedded() {
        return embedded;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
