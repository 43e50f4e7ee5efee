package io.spikesdk.testkit.support;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.testkit.EmbeddedAerospike;

/** Official-client connections to an embedded server, with short timeouts. */
public final class Clients {
    private Clients() {
    }

    public static AerospikeClient connect(EmbeddedAerospike server) {
        ClientPolicy policy = new ClientPolicy();
        policy.timeout = 3_000;
        policy.readPolicyDefault.totalTimeout = 3_000;
        policy.writePolicyDefault.totalTimeout = 3_000;
        return new AerospikeClient(policy, server.host(), server.port());
    }
}
