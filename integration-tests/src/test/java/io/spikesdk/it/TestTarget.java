package io.spikesdk.it;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;

import java.util.List;

/**
 * The server the integration tests run against: a real server when {@code AEROSPIKE_HOSTS} is set
 * (e.g. {@code 127.0.0.1:3000}), else one embedded server per test JVM on an ephemeral port.
 *
 * <p>Tests use namespace {@link #NAMESPACE} and a set of their own so that they never see each
 * other's records, on the embedded server and on a shared real one alike.
 */
public final class TestTarget {
    public static final String NAMESPACE = "test";

    private static List<Host> hosts;
    private static EmbeddedAerospike embedded;

    private TestTarget() {
    }

    /** Whether the tests run against a real server given by {@code AEROSPIKE_HOSTS}. */
    public static boolean isRealServer() {
        String env = System.getenv("AEROSPIKE_HOSTS");
        return env != null && !env.isBlank();
    }

    public static synchronized List<Host> hosts() {
        if (hosts == null) {
            if (isRealServer()) {
                hosts = Host.parse(System.getenv("AEROSPIKE_HOSTS"));
            } else {
                embedded = EmbeddedAerospike.builder().port(0).namespace(NAMESPACE).namespace("bar").build().start();
                hosts = List.of(Host.of(embedded.host(), embedded.port()));
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-aerospike-stop"));
            }
        }
        return hosts;
    }

    /** A config for our client pointing at the target. */
    public static ClientConfig.Builder config() {
        return ClientConfig.builder().hosts(hosts());
    }

    /**
     * A new official Java client (test scope: the oracle for client behaviour) connected to the target, with a
     * 3 s timeout; the caller closes it.
     */
    public static com.aerospike.client.AerospikeClient officialClient() {
        Host host = hosts().get(0);
        com.aerospike.client.policy.ClientPolicy policy = new com.aerospike.client.policy.ClientPolicy();
        policy.timeout = 3_000;
        return new com.aerospike.client.AerospikeClient(policy, host.name(), host.port());
    }

    /** The embedded server, or null when running against a real server. */
    public static synchronized EmbeddedAerospike embedded() {
        hosts();
        return embedded;
    }
}
