package io.spikesdk.testkit.internal.info;

import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.scan.Job;
import io.spikesdk.testkit.internal.scan.JobRegistry;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.udf.UdfEngine;
import io.spikesdk.testkit.internal.udf.UdfInfoCommands;
import io.spikesdk.testkit.internal.udf.UdfRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Answers info requests (proto type 1) as a CE 8.1.2.0 server (docs/wire-protocol.md §11, docs/embedded-server.md
 * §5); the cluster-related answers come from a {@link TopologyView} taken once per request.
 */
public final class InfoService {
    static final String UNRECOGNIZED = "ERROR:4:unrecognized command";
    static final String ENTERPRISE_ONLY = "ERROR:25:enterprise only";
    /** The commands a CE node refuses as Enterprise-only (besides {@code rack-ids}, answered when racks are set). */
    private static final Set<String> ENTERPRISE_COMMANDS = Set.of("alumni-tls-alt", "alumni-tls-std", "feature-key",
            "masking", "masking-show", "peers-tls-alt", "peers-tls-std", "quiesce", "quiesce-undo", "racks", "revive",
            "roster", "roster-set", "service-tls-alt", "service-tls-std", "xdr-dc-state", "xdr-get-filter",
            "xdr-set-filter");
    /** The server reads a job id into 26 bytes (octal, decimal or hex). */
    private static final int MAX_JOB_ID_CHARS = 25;
    private static final String[] SUMMARY = {"features", "node", "compatibility-id", "edition", "build_ee_sha",
        "build_sha", "build_arch", "build_time", "build_os", "build", "version", "statistics", "services-alumni",
        "services", "partition-generation"};

    private final NodeIdentity node;
    private final Map<String, NamespaceStore> namespaces;
    private final ServerStats stats;
    private final InfoStatistics statistics;
    private final Supplier<TopologyView> topology;
    private final ConfigAnswers config;
    private final TruncateCommands truncate;
    private final SindexCommands sindexes;
    private final JobRegistry jobs = new JobRegistry();
    private final UdfInfoCommands udfCommands;
    private volatile TestkitCommands testkit;
    private volatile TlsEndpoint tls;

    /**
     * This node's TLS service, as an Enterprise server with a {@code tls-port} announces it.
     *
     * @param tlsName the TLS name peers list
     * @param host the advertised address
     * @param port the TLS port
     */
    public record TlsEndpoint(String tlsName, String host, int port) {

        /** "host:port", with IPv6 literals bracketed. */
        String endpoint() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }
    private volatile ServiceConfig serviceConfig = new ServiceConfig(ServiceConfig.DEFAULT_PROTO_FD_MAX);

    /** A standalone node's info service. */
    public InfoService(NodeIdentity node, Map<String, NamespaceStore> namespaces, ServerStats stats,
            ServerClock clock, Supplier<TopologyView> topology) {
        this(node, namespaces, stats, clock, topology, () -> List.of(namespaces));
    }

    /**
     * An info service whose cluster-wide commands (truncate) reach the stores of {@code everyNode}: the live nodes of
     * its cluster, this one included.
     */
    public InfoService(NodeIdentity node, Map<String, NamespaceStore> namespaces, ServerStats stats,
            ServerClock clock, Supplier<TopologyView> topology, Supplier<List<Map<String, NamespaceStore>>> everyNode) {
        this(node, namespaces, stats, clock, topology, everyNode, new UdfEngine(new UdfRegistry()));
    }

    /** An info service answering the {@code udf-*} commands from {@code udfs} (shared by a cluster's nodes). */
    public InfoService(NodeIdentity node, Map<String, NamespaceStore> namespaces, ServerStats stats,
            ServerClock clock, Supplier<TopologyView> topology, Supplier<List<Map<String, NamespaceStore>>> everyNode,
            UdfEngine udfs) {
        this.udfCommands = new UdfInfoCommands(udfs);
        this.truncate = new TruncateCommands(clock, everyNode);
        this.node = node;
        this.namespaces = namespaces;
        this.stats = stats;
        this.statistics = new InfoStatistics(node, stats, clock);
        this.topology = topology;
        this.config = new ConfigAnswers(node, namespaces, () -> serviceConfig);
        this.sindexes = new SindexCommands(namespaces, clock);
    }

    /** Answers the {@code testkit-*} commands with {@code commands} from now on. */
    public void testkitCommands(TestkitCommands commands) {
        this.testkit = commands;
    }

    /**
     * Answers {@code service-tls-*} and {@code peers-tls-*} for this node's TLS service from now on (without one
     * they answer {@code ERROR:25:enterprise only}, as on CE).
     */
    public void tls(TlsEndpoint endpoint) {
        this.tls = endpoint;
    }

    /** The service settings get-config reports and set-config changes (shared with the network layer). */
    public void serviceConfig(ServiceConfig settings) {
        this.serviceConfig = settings;
    }

    /** This node's scan and query jobs, listed by {@code query-show}. */
    public JobRegistry jobs() {
        return jobs;
    }

    /**
     * The reply body for a request body: each '\n'-terminated command echoed with its value; an
     * empty request gets the summary; a request without any complete command gets an empty body.
     * {@code session} is the state of the connection the request came on.
     */
    public byte[] respond(byte[] body, int off, int len, InfoSession session) {
        return respond(body, off, len, session, command -> null);
    }

    /**
     * As {@link #respond(byte[], int, int, InfoSession)}, but a command for which {@code refusal} gives a value (a
     * security error) is answered with that value and not run.
     */
    public byte[] respond(byte[] body, int off, int len, InfoSession session,
            java.util.function.Function<String, String> refusal) {
        stats.infoCompleted();
        StringBuilder out = new StringBuilder();
        TopologyView view = topology.get();
        if (len == 0) {
            for (String name : SUMMARY) {
                InfoCodec.appendEntry(out, name, answer(name, view, session));
            }
        } else {
            for (String command : InfoCodec.parseRequest(body, off, len)) {
                String refused = refusal.apply(command);
                InfoCodec.appendEntry(out, command, refused != null ? refused : answer(command, view, session));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value for one command line, exactly as received. */
    String answer(String command, TopologyView view, InfoSession session) {
        int colon = command.indexOf(':');
        String path = colon < 0 ? command : command.substring(0, colon);
        String params = colon < 0 ? "" : command.substring(colon + 1);
        String[] parts = path.split("/", -1);
        String name = parts[0];
        switch (name) {
            case "node":
            case "name":
                return node.nodeIdHex();
            case "features":
                return ServerFeatures.answer();
            case "partition-generation":
                return Long.toString(view.partitionGeneration());
            case "peers-generation":
                return Long.toString(view.peersGeneration());
            case "rebalance-generation":
                return Long.toString(view.rebalanceGeneration());
            case "cluster-name":
                return node.clusterName();
            case "cluster-stable":
                return ClusterAnswers.clusterStable(view, namespaces.keySet(), params);
            case "peers-clear-std":
            case "peers-clear-alt":
                return ClusterAnswers.peers(view);
            case "service-clear-std":
            case "service":
                return node.endpoint();
            case "services":
                return ClusterAnswers.services(view);
            case "service-tls-std":
                return tls == null ? ENTERPRISE_ONLY : tls.endpoint();
            case "service-tls-alt":
                return tls == null ? ENTERPRISE_ONLY : "";
            case "peers-tls-std":
                return tls == null ? ENTERPRISE_ONLY : ClusterAnswers.tlsPeers(view);
            case "peers-tls-alt":
                return tls == null ? ENTERPRISE_ONLY : ClusterAnswers.peersWithoutAddresses(view);
            case "service-clear-alt":
            case "services-alumni":
            case "build_ee_sha":
                return "";
            case "rack-ids":
                return ClusterAnswers.rackIds(view, namespaces.keySet());
            case "replicas":
                return ClusterAnswers.replicas(view, namespaces.keySet(),
                        ns -> namespaces.get(ns).strongConsistency(), true, true, params);
            case "replicas-all":
                return ClusterAnswers.replicas(view, namespaces.keySet(), false, true, params);
            case "replicas-master":
                return ClusterAnswers.replicas(view, namespaces.keySet(), false, false, params);
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
            case "connection":
                return "admin=false";
            case "objects":
                return Long.toString(namespaces.values().stream().mapToLong(NamespaceStore::objectCount).sum());
            case "namespaces":
                return String.join(";", namespaces.keySet());
            case "statistics":
                return statistics.statistics(namespaces.values(), view);
            case "user-agent-set":
                return session.setUserAgent(new InfoParams(params));
            case "get-config":
            case "config-get":
                return config.getConfig(params, view);
            case "set-config":
            case "config-set":
                return config.setConfig(params);
            default:
                return ENTERPRISE_COMMANDS.contains(name) ? ENTERPRISE_ONLY : answerWithArgs(name, parts, params, view);
        }
    }

    private String answerWithArgs(String name, String[] parts, String params, TopologyView view) {
        switch (name) {
            case "namespace":
                return parts.length == 2 ? namespaceInfo(parts[1], view) : UNRECOGNIZED;
            case "sets":
                return sets(parts);
            case "sindex":
                return sindexes.sindex(parts);
            case "sindex-exists":
                return sindexes.exists(new InfoParams(params));
            case "sindex-create":
                return sindexes.create(new InfoParams(params));
            case "sindex-delete":
                return sindexes.delete(new InfoParams(params));
            case "sindex-list":
                return sindexes.list(new InfoParams(params));
            case "udf-list":
                return udfCommands.list();
            case "udf-get":
                return udfCommands.get(params);
            case "udf-put":
                return udfCommands.put(params);
            case "udf-remove":
                return udfCommands.remove(params);
            case "query-show":
                return queryShow(new InfoParams(params));
            case "truncate":
                return truncate.truncate(new InfoParams(params));
            case "truncate-namespace":
                return truncate.truncateNamespace(new InfoParams(params));
            case "truncate-undo":
                return truncate.truncateUndo(new InfoParams(params));
            case "truncate-namespace-undo":
                return truncate.truncateNamespaceUndo(new InfoParams(params));
            case "query-abort":
                return queryAbort(new InfoParams(params));
            default:
                return testkit != null && name.startsWith(TestkitCommands.PREFIX) ? testkit.answer(name, params)
                        : UNRECOGNIZED;
        }
    }

    /** All kept jobs, newest first, or the one with the given {@code id} (alias {@code trid}). */
    private String queryShow(InfoParams params) {
        Optional<String> id = params.getAny("id", "trid");
        if (id.isEmpty()) {
            return jobs.all().stream().map(Job::describe).collect(Collectors.joining(";"));
        }
        String bad = badJobId(id.get());
        if (bad != null) {
            return bad;
        }
        return jobs.find(jobId(id.get())).map(Job::describe).orElse("ERROR:2:job not found");
    }

    /** Stops an active job; a finished or unknown one is "not active". */
    private String queryAbort(InfoParams params) {
        Optional<String> id = params.getAny("id", "trid");
        if (id.isEmpty()) {
            return InfoParams.missing("id");
        }
        String bad = badJobId(id.get());
        if (bad != null) {
            return bad;
        }
        Optional<Job> job = jobs.find(jobId(id.get())).filter(Job::isActive);
        job.ifPresent(Job::abort);
        return job.isPresent() ? "ok" : "ERROR:2:id not active";
    }

    private static String badJobId(String id) {
        if (id.isEmpty()) {
            return InfoParams.missingValue("id");
        }
        if (id.length() > MAX_JOB_ID_CHARS) {
            return InfoParams.tooLong("id");
        }
        return jobId(id) == 0 ? "ERROR:4:bad id" : null;
    }

    /** A job id as the server reads it (C {@code strtoul}, base 0); 0 when bad; a negated id is nonzero as it is. */
    private static long jobId(String text) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        int radix = 10;
        String digits = unsigned;
        if (unsigned.startsWith("0x") || unsigned.startsWith("0X")) {
            radix = 16;
            digits = unsigned.substring(2);
        } else if (unsigned.length() > 1 && unsigned.charAt(0) == '0') {
            radix = 8;
            digits = unsigned.substring(1);
        }
        try {
            return digits.isEmpty() || !Character.isLetterOrDigit(digits.charAt(0)) ? 0
                    : Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String namespaceInfo(String ns, TopologyView view) {
        NamespaceStore store = namespaces.get(ns);
        return store == null ? "type=unknown" : statistics.namespace(store, view);
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
}
