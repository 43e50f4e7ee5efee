package io.spikesdk.testkit.internal.info;

import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Answers info requests (proto type 1) as a single-node CE 8.1.2.0 server owning all 4096
 * partitions of every namespace (wire doc §11, observations §5 and §8).
 */
public final class InfoService {
    static final String UNRECOGNIZED = "ERROR:4:unrecognized command";
    static final String ENTERPRISE_ONLY = "ERROR:25:enterprise only";
    private static final String[] SUMMARY = {"features", "node", "compatibility-id", "edition", "build_ee_sha",
        "build_sha", "build_arch", "build_time", "build_os", "build", "version", "statistics", "services-alumni",
        "services", "partition-generation"};

    private final NodeIdentity node;
    private final Map<String, NamespaceStore> namespaces;
    private final ServerStats stats;
    private final InfoStatistics statistics;
    private final String fullBitmap;

    public InfoService(NodeIdentity node, Map<String, NamespaceStore> namespaces, ServerStats stats,
            ServerClock clock) {
        this.node = node;
        this.namespaces = namespaces;
        this.stats = stats;
        this.statistics = new InfoStatistics(node, stats, clock);
        byte[] bitmap = new byte[Proto.PARTITIONS / 8];
        java.util.Arrays.fill(bitmap, (byte) 0xFF);
        this.fullBitmap = Base64.getEncoder().encodeToString(bitmap);
    }

    /**
     * The reply body for a request body: each '\n'-terminated command echoed with its value; an
     * empty request gets the summary; a request without any complete command gets an empty body.
     */
    public byte[] respond(byte[] body, int off, int len) {
        stats.infoCompleted();
        StringBuilder out = new StringBuilder();
        if (len == 0) {
            for (String name : SUMMARY) {
                InfoCodec.appendEntry(out, name, answer(name));
            }
        } else {
            for (String command : InfoCodec.parseRequest(body, off, len)) {
                InfoCodec.appendEntry(out, command, answer(command));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value for one command line, exactly as received. */
    String answer(String command) {
        int colon = command.indexOf(':');
        String path = colon < 0 ? command : command.substring(0, colon);
        String[] parts = path.split("/", -1);
        String name = parts[0];
        switch (name) {
            case "node":
                return node.nodeIdHex();
            case "features":
                return ServerVersion.FEATURES;
            case "partition-generation":
            case "peers-generation":
                return "0";
            case "rebalance-generation":
            case "cluster-generation-id":
                return "1";
            case "cluster-name":
                return node.clusterName();
            case "cluster-stable":
                return statistics.clusterKey();
            case "peers-clear-std":
            case "peers-clear-alt":
                return "0,3000,[]";
            case "service-clear-std":
                return node.endpoint();
            case "service-clear-alt":
            case "services":
            case "services-alumni":
            case "build_ee_sha":
                return "";
            case "peers-tls-std":
            case "peers-tls-alt":
            case "service-tls-std":
            case "service-tls-alt":
            case "racks":
            case "rack-ids":
                return ENTERPRISE_ONLY;
            case "replicas":
                return replicas(true, true);
            case "replicas-all":
                return replicas(false, true);
            case "replicas-master":
                return replicas(false, false);
            case "partitions":
                return Integer.toString(Proto.PARTITIONS);
            case "build":
                return ServerVersion.BUILD;
            case "build_sha":
                return ServerVersion.SHA;
            case "build_arch":
                return ServerVersion.ARCH;
            case "build_os":
                return ServerVersion.OS;
            case "build_time":
                return "2026-04-17T00:00:00Z";
            case "version":
                return ServerVersion.VERSION;
            case "edition":
                return ServerVersion.EDITION;
            case "release":
                return ServerVersion.RELEASE;
            case "compatibility-id":
                return ServerVersion.COMPATIBILITY_ID;
            case "status":
                return "ok";
            case "namespaces":
                return String.join(";", namespaces.keySet());
            case "statistics":
                return statistics.statistics(namespaces.values());
            default:
                return answerWithArgs(name, parts);
        }
    }

    private String answerWithArgs(String name, String[] parts) {
        switch (name) {
            case "namespace":
                return parts.length == 2 ? namespaceInfo(parts[1]) : UNRECOGNIZED;
            case "sets":
                return sets(parts);
            case "sindex":
                return sindex(parts);
            case "sindex-exists":
                return "false";
            case "udf-list":
                return "";
            case "udf-get":
                return "error=not_found";
            case "query-show":
                return "ERROR:2:job not found";
            default:
                return UNRECOGNIZED;
        }
    }

    private String namespaceInfo(String ns) {
        NamespaceStore store = namespaces.get(ns);
        return store == null ? "type=unknown" : statistics.namespace(store);
    }

    private String sets(String[] parts) {
        if (parts.length == 1) {
            return statistics.sets(namespaces.values());
        }
        NamespaceStore store = namespaces.get(parts[1]);
        if (store == null) {
            return "ns_type=unknown";
        }
        if (parts.length == 2) {
            return statistics.sets(List.of(store));
        }
        return parts.length == 3 ? statistics.set(store, parts[2]) : UNRECOGNIZED;
    }

    private String sindex(String[] parts) {
        if (parts.length == 1) {
            return "";
        }
        if (!namespaces.containsKey(parts[1])) {
            return "ns_type=unknown";
        }
        return parts.length == 2 ? "" : "ERROR:201:no index";
    }

    /** {@code ns:0,1,<b64>} (replicas), {@code ns:1,<b64>} (replicas-all) or {@code ns:<b64>} (master). */
    private String replicas(boolean withRegime, boolean withCount) {
        StringBuilder sb = new StringBuilder();
        for (String ns : namespaces.keySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(ns).append(':');
            if (withRegime) {
                sb.append("0,");
            }
            if (withCount) {
                sb.append("1,");
            }
            sb.append(fullBitmap);
        }
        return sb.toString();
    }
}
