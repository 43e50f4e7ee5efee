package io.spikesdk.it.security;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.SecurityOptions;
import java.io.IOException;
import java.util.function.Consumer;

/** A secure embedded server for one test class, and official clients logged in to it. */
final class SecureServer implements AutoCloseable {
    final EmbeddedAerospike server;

    SecureServer(Consumer<SecurityOptions> options) {
        server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").security(options).build()
                .start();
    }

    /** An official client logged in as {@code user}; the caller closes it. */
    AerospikeClient client(String user, String password) {
        ClientPolicy policy = new ClientPolicy();
        policy.user = user;
        policy.password = password;
        policy.timeout = 3_000;
        policy.minConnsPerNode = 0;
        return new AerospikeClient(policy, server.host(), server.port());
    }

    /** A raw connection, not logged in. */
    AdminWire wire() throws IOException {
        return new AdminWire(server.host(), server.port());
    }

    @Override
    public void close() {
        server.close();
    }
}
