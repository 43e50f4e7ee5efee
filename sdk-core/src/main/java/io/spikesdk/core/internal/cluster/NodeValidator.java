package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.Info;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a host into a validated {@link Node} with the official client's first info exchange
 * (docs/wire-protocol.md §11.2): {@code node}, {@code partition-generation}, {@code features} and, when configured,
 * {@code cluster-name}. The node needs a name, an initialised partition generation, the
 * {@code pscans} feature, and the configured cluster name.
 */
final class NodeValidator {
    private static final Log LOG = Log.named("core.cluster");

    private final String clusterName;
    private final Node.NodeSettings settings;

    NodeValidator(String clusterName, Node.NodeSettings settings) {
        this.clusterName = clusterName;
        this.settings = settings;
    }

    /**
     * Tries every address of {@code host}.
     *
     * @throws AerospikeException describing why each address failed
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
            List<String> commands = clusterName == null
                    ? List.of("node", "partition-generation", "features")
                    : List.of("node", "partition-generation", "features", "cluster-name");
            Map<String, String> info = Info.request(conn, commands);
            String name = info.get("node");
            if (name == null || name.isEmpty()) {
                throw invalid("the server sent no node name");
            }
            AerospikeException error = Info.error("node", name, null);
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
            return new Node(name, host, address, conn, settings);
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
