package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs an {@link EmbeddedAerospike} (or, with {@code --nodes}, an {@link EmbeddedCluster}) as a
 * standalone process:
 * {@code java -jar sdk-testkit-<version>-server.jar --port 3000 --namespace test --namespace bar}.
 * Exit code 2 on bad arguments.
 */
public final class Main {
    static final int EXIT_USAGE = 2;

    private static final Set<String> OPTIONS = Set.of("--port", "--host", "--namespace", "--sc-namespace", "--max-record-size",
            "--default-ttl", "--namespace-config", "--cluster-name", "--nodes", "--replication-factor", "--fixtures",
            "--tls-port", "--tls-cert", "--tls-key", "--tls-ca", "--tls-name", "--proto-fd-max");
    private static final Set<String> FLAGS = Set.of("--security", "--enable-quotas");
    static final int DEFAULT_TLS_PORT = 4333;

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar sdk-testkit-<version>-server.jar [options]",
            "Runs an in-memory Aerospike server or cluster (wire protocol of CE 8.1) for tests.",
            "",
            "Options:",
            "  --port <n>              port to listen on, 0 = any free port (default 3000);",
            "                          with --nodes, node i listens on port + i",
            "  --host <address>        address to bind and advertise (default 127.0.0.1)",
            "  --namespace <name>      a namespace; repeat for several (default: test)",
            "  --sc-namespace <name>   a strong-consistency namespace (or make a --namespace one SC):",
            "                          multi-record transactions run there; repeat for several",
            "  --max-record-size <n>   largest record in bytes (default 1048576)",
            "  --default-ttl <s>       TTL applied to writes that send TTL 0 (default 0 = never expire)",
            "  --namespace-config <ns>:<key>=<value>[,<key>=<value>...]",
            "                          configure (and add) namespace ns with server setting names:",
            "                          default-ttl, max-record-size, nsup-period (0 forbids TTL writes",
            "                          unless allow-ttl-without-nsup=true), allow-ttl-without-nsup,",
            "                          storage-engine.data-size, storage-engine.stop-writes-used-pct,",
            "                          storage-engine.evict-used-pct, evict-tenths-pct,",
            "                          stop-writes-sys-memory-pct, indexes-memory-budget,",
            "                          evict-indexes-memory-pct, set.<set>.stop-writes-count|",
            "                          stop-writes-size|disable-eviction, strong-consistency,",
            "                          mrt-duration, disable-mrt-writes",
            "  --proto-fd-max <n>      most client connections open at once, at least 1024; a connection",
            "                          past it is closed at once (default 15000)",
            "  --cluster-name <name>   name reported by the cluster-name info command (default empty)",
            "  --nodes <n>             run a cluster of n nodes on 127.0.0.1 (default: one plain node)",
            "  --replication-factor <n> copies of each partition in a cluster (default 2)",
            "  --fixtures <file>       load records at start: a Spike JSON fixture (.json) or an",
            "                          asbackup 3.1 text file (.asb); repeat for several",
            "  --security              enable security as an Enterprise server has it: clients log in",
            "                          (default user admin / admin, role user-admin); users, roles,",
            "                          allowlists and quotas are managed and enforced on every command",
            "  --enable-quotas         with --security: per-role read/write quotas (enable-quotas)",
            "  --tls-cert <chain.pem>  also serve TLS, with this server certificate chain (PEM) ...",
            "  --tls-key <key.pem>     ... and its unencrypted PKCS #8 PEM key (both needed for TLS)",
            "  --tls-port <n>          TLS port, 0 = any free port (default 4333); with --nodes,",
            "                          node i listens on port + i",
            "  --tls-ca <ca.pem>       CA certificates trusted for client certificates; clients are",
            "                          then asked for one (optional, as for PKI login)",
            "  --tls-name <name>       TLS name announced in peers-tls-std (default: the certificate's CN)",
            "  --help                  print this help and exit",
            "",
            "Info commands for test suites (any client's info call):",
            "  testkit-reset           empty every namespace (records, indexes, UDFs, faults, activity) and",
            "                          rewind the clock; connections stay open",
            "  testkit-advance:ms=<n>  move the server clock forward n ms; expired records are removed",
            "  testkit-clock           now=<unix ms>;offset=<ms ahead of the system clock>");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch.server() == null && launch.cluster() == null) {
            System.exit(launch.exitCode());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launch.close();
            stopped.countDown();
        }, "spike-aerospike-shutdown"));
        stopped.await();
    }

    /**
     * The result of parsing the arguments: a started server or cluster, or an exit code (0 after
     * --help).
     */
    record Launch(EmbeddedAerospike server, EmbeddedCluster cluster, int exitCode) {
        /** Stops whatever was started. */
        void close() {
            if (cluster != null) {
                cluster.close();
            }
            if (server != null) {
                server.close();
            }
        }
    }

    /** Parses the arguments and starts the server or cluster, printing the ready lines to {@code out}. */
    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        Options options = new Options();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(USAGE);
                    return new Launch(null, null, 0);
                }
                if (FLAGS.contains(arg)) {
                    options.flag(arg);
                    continue;
                }
                String value = valueOf(args, i);
                i++;
                options.apply(arg, value);
            }
            options.check();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return new Launch(null, null, EXIT_USAGE);
        }
        Launch launch;
        try {
            launch = options.clustered() ? startCluster(options.cluster.build(), out)
                    : startServer(options.single.build(), out);
        } catch (java.io.UncheckedIOException e) {
            err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return new Launch(null, null, 1);
        }
        return loadFixtures(launch, options.fixtures, out, err);
    }

    /** Loads each fixture file into what {@code launch} started; on a problem, stops it and exits 1. */
    private static Launch loadFixtures(Launch launch, List<Path> fixtures, PrintStream out, PrintStream err) {
        for (Path file : fixtures) {
            try {
                int count = launch.cluster() != null ? launch.cluster().load(file) : launch.server().load(file);
                out.println("Loaded " + count + " records from " + file);
            } catch (FixtureException e) {
                err.println("error: fixture " + e.getMessage());
                launch.close();
                return new Launch(null, null, 1);
            } catch (java.io.UncheckedIOException e) {
                err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
                launch.close();
                return new Launch(null, null, 1);
            }
        }
        out.flush();
        return launch;
    }

    private static Launch startServer(EmbeddedAerospike server, PrintStream out) {
        server.start();
        out.println(server.readyLine());
        out.flush();
        return new Launch(server, null, 0);
    }

    private static Launch startCluster(EmbeddedCluster cluster, PrintStream out) {
        cluster.start();
        for (EmbeddedAerospike node : cluster.nodes()) {
            out.println(node.readyLine() + " node " + node.nodeId());
        }
        out.println("Spike embedded Aerospike cluster ready: " + cluster.nodes().size() + " nodes, replication factor "
                + cluster.replicationFactor() + ", seeds " + String.join(",", cluster.hosts()));
        out.flush();
        return new Launch(null, cluster, 0);
    }

    private static String valueOf(String[] args, int i) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
        }
        if (!OPTIONS.contains(arg)) {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
        }
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException("option " + arg + " needs a value");
        }
        return args[i + 1];
    }

    /** The parsed options, applied to both a single-server and a cluster builder. */
    private static final class Options {
        final EmbeddedAerospike.Builder single = EmbeddedAerospike.builder();
        final EmbeddedCluster.Builder cluster = EmbeddedCluster.builder().basePort(3000);
        final List<Path> fixtures = new ArrayList<>();
        private boolean clustered;
        private boolean customHost;
        private Integer tlsPort;
        private Path tlsCert;
        private Path tlsKey;
        private Path tlsCa;
        private String tlsName;

        boolean clustered() {
            return clustered;
        }

        void apply(String option, String value) {
            switch (option) {
                case "--port":
                    single.port(number(option, value));
                    cluster.basePort(number(option, value));
                    break;
                case "--host":
                    single.host(value);
                    customHost = true;
                    break;
                case "--namespace":
                    single.namespace(value);
                    cluster.namespace(value);
                    break;
                case "--sc-namespace":
                    single.namespace(value, o -> o.strongConsistency(true));
                    cluster.namespace(value, o -> o.strongConsistency(true));
                    break;
                case "--max-record-size":
                    single.maxRecordSize(number(option, value));
                    cluster.maxRecordSize(number(option, value));
                    break;
                case "--default-ttl":
                    single.defaultTtlSeconds(number(option, value));
                    cluster.defaultTtlSeconds(number(option, value));
                    break;
                case "--proto-fd-max":
                    single.protoFdMax(number(option, value));
                    cluster.protoFdMax(number(option, value));
                    break;
                case "--namespace-config":
                    namespaceConfig(value);
                    break;
                case "--cluster-name":
                    single.clusterName(value);
                    cluster.clusterName(value);
                    break;
                case "--nodes":
                    cluster.nodes(number(option, value));
                    clustered = true;
                    break;
                case "--replication-factor":
                    cluster.replicationFactor(number(option, value));
                    clustered = true;
                    break;
                case "--fixtures":
                    FixtureFormat.of(Path.of(value));
                    fixtures.add(Path.of(value));
                    break;
                case "--tls-port":
                    tlsPort = number(option, value);
                    break;
                case "--tls-cert":
                    tlsCert = Path.of(value);
                    break;
                case "--tls-key":
                    tlsKey = Path.of(value);
                    break;
                case "--tls-ca":
                    tlsCa = Path.of(value);
                    break;
                case "--tls-name":
                    tlsName = value;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }

        /** The --tls-* options, checked together (their files are read now, so that a bad one is a usage error). */
        private void applyTls() {
            boolean anyTls = tlsPort != null || tlsCert != null || tlsKey != null || tlsCa != null || tlsName != null;
            if (!anyTls) {
                return;
            }
            if (tlsCert == null || tlsKey == null) {
                throw new IllegalArgumentException("TLS needs both --tls-cert <chain.pem> and --tls-key <key.pem>");
            }
            int port = tlsPort == null ? DEFAULT_TLS_PORT : tlsPort;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--tls-port out of range: " + port);
            }
            single.tls(tlsOptions(port));
            cluster.tls(i -> tlsOptions(port == 0 ? 0 : port + i));
        }

        private TlsOptions tlsOptions(int port) {
            TlsOptions.Builder b = TlsOptions.builder().port(port).certificatePem(tlsCert, tlsKey).tlsName(tlsName);
            if (tlsCa != null) {
                b.clientCaPem(tlsCa).clientAuth(TlsOptions.ClientAuth.WANT);
            }
            return b.build();
        }

        /** {@code ns:key=value,key=value}; settings are checked now, so that a bad one is a usage error. */
        private void namespaceConfig(String value) {
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new IllegalArgumentException("--namespace-config needs <ns>:<key>=<value>, got '" + value + "'");
            }
            String ns = value.substring(0, colon);
            List<String[]> settings = new ArrayList<>();
            for (String pair : value.substring(colon + 1).split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--namespace-config needs key=value, got '" + pair + "'");
                }
                settings.add(new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
            }
            Consumer<NamespaceOptions> options = o -> settings.forEach(kv -> o.set(kv[0], kv[1]));
            options.accept(new NamespaceOptions(0, NamespaceConfig.DEFAULT_MAX_RECORD_SIZE));
            single.namespace(ns, options);
            cluster.namespace(ns, options);
        }

        private boolean security;
        private boolean quotas;

        void flag(String arg) {
            if (arg.equals("--security")) {
                security = true;
            } else {
                quotas = true;
            }
            Consumer<SecurityOptions> options = o -> o.enableQuotas(quotas);
            single.security(options);
            cluster.security(options);
        }

        void check() {
            if (quotas && !security) {
                throw new IllegalArgumentException("--enable-quotas needs --security");
            }
            if (clustered && customHost) {
                throw new IllegalArgumentException("--host cannot be combined with --nodes (cluster nodes bind 127.0.0.1)");
            }
            applyTls();
            if (clustered) {
                cluster.build();
            } else {
                single.build();
            }
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + option + " needs a number, got '" + value + "'");
        }
    }
}
