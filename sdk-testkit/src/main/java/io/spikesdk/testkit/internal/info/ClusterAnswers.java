package io.spikesdk.testkit.internal.info;

import io.spikesdk.core.internal.protocol.Proto;
import java.util.Base64;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.OptionalInt;

/** Formats the cluster-related info answers (docs/wire-protocol.md §11.4 and §11.5) from a {@link TopologyView}. */
final class ClusterAnswers {
    private static final int DEFAULT_PORT = 3000;
    private static final String MAX_PARAM = "max=";
    /** The server reads {@code size} into 4 bytes (3 digits: at most 256 nodes) and a bool into 6. */
    private static final int MAX_SIZE_CHARS = 3;
    private static final int MAX_BOOL_CHARS = 5;

    private ClusterAnswers() {
    }

    /** {@code <gen>,3000,[[NODE,,[addr]],…]}: the other live nodes, port 3000 left implicit. */
    static String peers(TopologyView view) {
        StringBuilder sb = new StringBuilder().append(view.peersGeneration()).append(',').append(DEFAULT_PORT)
                .append(",[");
        boolean first = true;
        for (TopologyView.Peer peer : view.peers()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('[').append(peer.nodeIdHex()).append(",,[").append(address(peer, peer.port() != DEFAULT_PORT))
                    .append("]]");
        }
        return sb.append(']').toString();
    }

    /**
     * {@code <gen>,3000,[[NODE,tls-name,[addr:tls-port]],…]}: the other live nodes that have a TLS port (port 3000
     * left implicit, as the server strips it from every list).
     */
    static String tlsPeers(TopologyView view) {
        StringBuilder sb = new StringBuilder().append(view.peersGeneration()).append(',').append(DEFAULT_PORT)
                .append(",[");
        boolean first = true;
        for (TopologyView.Peer peer : view.peers()) {
            if (peer.tlsPort() == 0) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            TopologyView.Peer tlsAddress = new TopologyView.Peer(peer.nodeIdHex(), peer.host(), peer.tlsPort(), "", 0);
            sb.append('[').append(peer.nodeIdHex()).append(',').append(peer.tlsName()).append(",[")
                    .append(address(tlsAddress, peer.tlsPort() != DEFAULT_PORT)).append("]]");
        }
        return sb.append(']').toString();
    }

    /** {@code <gen>,3000,[]}: a {@code peers-*-alt} answer when no node has an alternate address (a server lists none). */
    static String peersWithoutAddresses(TopologyView view) {
        return view.peersGeneration() + "," + DEFAULT_PORT + ",[]";
    }

    /** {@code host:port;host:port} of the other live nodes (the deprecated {@code services}). */
    static String services(TopologyView view) {
        StringBuilder sb = new StringBuilder();
        for (TopologyView.Peer peer : view.peers()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(address(peer, true));
        }
        return sb.toString();
    }

    /**
     * {@code cluster-stable[:size=N;ignore-migrations=b;namespace=ns]}: the cluster key, or the
     * server's error for a wrong size or a bad parameter (migrations here finish before a
     * membership change returns, so a cluster is never caught mid-migration).
     */
    static String clusterStable(TopologyView view, Collection<String> namespaces, String params) {
        InfoParams p = new InfoParams(params);
        Optional<String> size = p.get("size");
        if (size.isPresent()) {
            if (size.get().isEmpty()) {
                return InfoParams.missingValue("size");
            }
            if (size.get().length() > MAX_SIZE_CHARS) {
                return InfoParams.tooLong("size");
            }
            if (!size.get().chars().allMatch(Character::isDigit)) {
                return "ERROR:4:bad size";
            }
            if (Integer.parseInt(size.get()) != view.clusterSize()) {
                return "ERROR:7:cluster not specified size";
            }
        }
        Optional<String> ignoreMigrations = p.get("ignore-migrations");
        if (ignoreMigrations.isPresent()) {
            String v = ignoreMigrations.get();
            if (v.isEmpty()) {
                return InfoParams.missingValue("ignore-migrations");
            }
            if (!v.equals("true") && !v.equals("false")) {
                return v.length() > MAX_BOOL_CHARS ? InfoParams.tooLong("ignore-migrations")
                        : "ERROR:4:bad ignore migrations";
            }
        }
        if (!ignoreMigrations.orElse("false").equals("true")) {
            Optional<String> ns = p.get("namespace");
            if (ns.isPresent() && ns.get().isEmpty()) {
                return InfoParams.missingValue("namespace");
            }
            if (ns.isPresent() && !namespaces.contains(ns.get())) {
                return "ERROR:20:namespace not found on node";
            }
        }
        return view.clusterKey();
    }

    /** {@code ns:rack;ns:rack} when racks are configured, else the CE answer. */
    static String rackIds(TopologyView view, Collection<String> namespaces) {
        OptionalInt rack = view.rack();
        if (rack.isEmpty()) {
            return InfoService.ENTERPRISE_ONLY;
        }
        StringBuilder sb = new StringBuilder();
        for (String ns : namespaces) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(ns).append(':').append(rack.getAsInt());
        }
        return sb.toString();
    }

    /**
     * {@code ns:<regime>,<n>,<b64>…} (replicas), {@code ns:<n>,<b64>…} (replicas-all) or
     * {@code ns:<b64>} (replicas-master); {@code max=N} caps the number of columns. The regime is 0 for an AP
     * namespace and 1 for a strong-consistency one (clients tell SC namespaces by a non-zero regime).
     */
    static String replicas(TopologyView view, Collection<String> namespaces, boolean withRegime, boolean allColumns,
            String params) {
        return replicas(view, namespaces, ns -> false, withRegime, allColumns, params);
    }

    static String replicas(TopologyView view, Collection<String> namespaces, Predicate<String> strongConsistency,
            boolean withRegime, boolean allColumns, String params) {
        int columns = allColumns ? Math.min(view.replicaCount(), maxParam(params)) : 1;
        String[] bitmaps = bitmaps(view, columns);
        StringBuilder sb = new StringBuilder();
        for (String ns : namespaces) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(ns).append(':');
            if (withRegime) {
                sb.append(strongConsistency.test(ns) ? "1," : "0,");
            }
            if (allColumns) {
                sb.append(columns).append(',');
            }
            sb.append(String.join(",", bitmaps));
        }
        return sb.toString();
    }

    private static String[] bitmaps(TopologyView view, int columns) {
        byte[][] maps = new byte[columns][Proto.PARTITIONS / 8];
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            int column = view.column(pid);
            if (column >= 0 && column < columns) {
                maps[column][pid >> 3] |= (byte) (0x80 >> (pid & 7));
            }
        }
        String[] encoded = new String[columns];
        for (int c = 0; c < columns; c++) {
            encoded[c] = Base64.getEncoder().encodeToString(maps[c]);
        }
        return encoded;
    }

    private static int maxParam(String params) {
        for (String p : params.split(";")) {
            if (p.startsWith(MAX_PARAM)) {
                try {
                    return Math.max(1, Integer.parseInt(p.substring(MAX_PARAM.length())));
                } catch (NumberFormatException e) {
                    return Integer.MAX_VALUE;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String address(TopologyView.Peer peer, boolean withPort) {
        String host = peer.host().indexOf(':') >= 0 ? "[" + peer.host() + "]" : peer.host();
        return withPort ? host + ":" + peer.port() : host;
    }
}
