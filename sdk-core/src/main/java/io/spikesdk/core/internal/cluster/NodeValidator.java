package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.security.AuthenticationErrors;
import io.spikesdk.core.internal.security.LoginCredentials;
import io.spikesdk.core.internal.security.LoginExchange;
import io.spikesdk.core.internal.security.Session;
import io.spikesdk.core.internal.security.SessionKeeper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Turns a host into a validated {@link Node} with the official client's first info exchange
 * (docs/wire-protocol.md §11.2): {@code node}, {@code partition-generation}, {@code features} and, when configured,
 * {@code cluster-name}. The node needs a name, an initialised partition generation, the
 * {@code pscans} feature, and the configured cluster name. When the client authenticates, the connection logs in
 * first (as the official client does: a secured server answers info commands only on an authenticated connection);
 * a refused login fails the validation with the security error itself, not as an unreachable address.
 */
final class NodeValidator {
    private static final Log LOG = Log.named("core.cluster");

    private final String clusterName;
    private final Node.NodeSettings settings;
    private final LoginCredentials credentials;
    private final LongSupplier nanoClock;

    NodeValidator(String clusterName, Node.NodeSettings settings) {
        this(clusterName, settings, null, System::nanoTime);
    }

    /** @param credentials what each node's first connection logs in with; {@code null}: no authentication */
    NodeValidator(String clusterName, Node.NodeSettings settings, LoginCredentials credentials,
                  LongSupplier nanoClock) {
        this.clusterName = clusterName;
        this.settings = settings;
        this.credentials = credentials;
        this.nanoClock = nanoClock;
    }

    /**
     * Tries every address of {@code host}.
     *
     * @throws AerospikeException describing why each address failed
     * @throws AuthenticationException when a node refused the login (not worth trying another address)
     */
    Node validate(Host host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.name());
        } catch (IOException e) {
            throw new AerospikeException(ResultCode.SERVER_NOT_AVAILABLE, "cannot resolve " + host + ": " + e.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        for (InetAddress address : addresses) {
            InetSocketAddress socketAddress = new InetSocketAddress(address, host.port());
            try {
                return validate(host, socketAddress);
            } catch (AuthenticationException e) {
                throw e;
            } catch (IOException | AerospikeException e) {
                reasons.add(socketAddress + ": " + e.getMessage());
            }
        }
        throw AerospikeException.create(ResultCode.SERVER_NOT_AVAILABLE, String.join("; ", reasons), null, false, 0);
    }

    private Node validate(Host host, InetSocketAddress address) throws IOException {
        Connection conn = settings.open(host, address, settings.connectTimeoutMs());
        try {
            conn.setTimeouts(settings.infoTimeoutMs(), 0);
            Session session = credentials == null ? null
                    : LoginExchange.login(conn, credentials, host.name() + ":" + host.port(), nanoClock.getAsLong());
            List<String> commands = clusterName == null
                    ? List.of("node", "partition-generation", "features")
                    : List.of("node", "partition-generation", "features", "cluster-name");
            Map<String, String> info = Info.request(conn, commands);
            String name = info.get("node");
            if (name == null || name.isEmpty()) {
                throw invalid("the server sent no node name");
            }
            AerospikeException error = Info.error("node", name, null);
            if (error instanceof AuthenticationException && credentials == null) {
                throw AerospikeException.create(error.resultCode(), error.detail() + ": "
                        + AuthenticationErrors.explain(error.resultCode(), null), address.toString(), false, 0, error);
            }
            if (error != null) {
                throw error;
            }
            String generation = info.get("partition-generation");
            if (generation == null || parseIntOr(generation, -1) == -1) {
                throw invalid("node " + name + " is not initialised (partition-generation " + generation + ")");
            }
            if (!hasFeature(info.get("features"), "pscans")) {
                throw invalid("node " + name + " lacks the 'pscans' feature (server older than 4.9)");
            }
            AerospikeException mismatch = clusterNameMismatch(name, address.toString(), info.get("cluster-name"));
            if (mismatch != null) {
                throw mismatch;
            }
            SessionKeeper keeper = session == null ? null : new SessionKeeper(credentials, session, name, nanoClock);
            return new Node(name, host, address, conn, settings, keeper);
        } catch (IOException | RuntimeException e) {
            conn.close();
            throw e;
        }
    }

    /** The configured cluster name, or {@code null} when not checked. */
    String clusterName() {
        return clusterName;
    }

    /**
     * When a cluster name is configured and {@code actual} differs: logs a WARN line refusing the node and
     * returns the error; otherwise {@code null}.
     */
    AerospikeException clusterNameMismatch(String node, String address, String actual) {
        if (clusterName == null || clusterName.equals(actual)) {
            return null;
        }
        String detail = "node " + node + " at " + address + " belongs to cluster '" + actual + "', expected '"
                + clusterName + "'";
        LOG.warn("refusing " + detail + " (ClientConfig.clusterName)");
        return invalid(detail);
    }

    static boolean hasFeature(String features, String feature) {
        if (features == null) {
            return false;
        }
        for (String f : features.split(";")) {
            if (f.equals(feature)) {
                return true;
            }
        }
        return false;
    }

    static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static AerospikeException invalid(String detail) {
        return new AerospikeException(ResultCode.INVALID_NODE_ERROR, detail);
    }
}
