package io.spikesdk.benchmarks.load;

import io.spikesdk.api.Host;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code Load}, named as in aerospike-benchmark. Immutable; built by {@link #parse}.
 *
 * @param hosts seeds; empty ⇒ start an embedded server
 * @param namespace -n
 * @param set -s
 * @param keys -k, number of keys in the key range
 * @param startKey -S, first key of the range
 * @param objectSpec -o
 * @param workload -w
 * @param threads -z
 * @param durationSeconds -d, per client (split into rounds by --compare); used when transactions is 0
 * @param transactions -t, per client, 0 ⇒ run for the duration
 * @param timeoutMs --timeout, socket and total timeout
 * @param client --client
 * @param compare --compare
 * @param rounds --rounds, measured rounds per client with --compare
 * @param warmupSeconds --warmup, unrecorded seconds per client before the first round
 * @param embeddedNodes --embedded-nodes, nodes of the embedded server when no hosts are given
 * @param seed --seed
 * @param prefill write every key once before an RU run (off: --no-prefill)
 * @param perSecond print a line per second (off: --quiet)
 * @param batchSize --batch-size: keys per read; above 1 each read is one batch read of that many random keys
 * @param async --async: drive each client's asynchronous API (event loops) instead of worker threads
 * @param inFlight --in-flight: with --async, commands in flight per client (each completion issues the next)
 * @param eventLoops --event-loops: with --async, event loops of each client
 * @param autoBatch --auto-batch: with --async, this SDK's client batches the commands of one event-loop pass
 *     ({@code AsyncConfig.autoBatch}); the official client has no such mode
 */
public record LoadOptions(List<Host> hosts, String namespace, String set, long keys, long startKey,
                          ObjectSpec objectSpec, WorkloadSpec workload, int threads, int durationSeconds,
                          long transactions, int timeoutMs, ClientKind client, boolean compare, int rounds,
                          int warmupSeconds, int embeddedNodes, long seed, boolean prefill, boolean perSecond,
                          int batchSize, boolean async, int inFlight, int eventLoops, boolean autoBatch) {

    /** Text printed by --help and after a usage error. */
    public static final String USAGE = String.join("\n",
            "Usage: java -cp benchmarks.jar io.spikesdk.benchmarks.Load [options]",
            "  -h, --hosts h1[:port],h2...   seed hosts (default: start an embedded server)",
            "  -p, --port PORT               port of hosts given without one (default 3000)",
            "  -n, --namespace NS            namespace (default test)",
            "  -s, --set SET                 set (default testset)",
            "  -k, --keys N                  number of keys (default 100000)",
            "  -S, --start-key N             first key (default 0)",
            "  -o, --object-spec SPEC        bins: I, D, S:size, B:size, comma-separated (default I)",
            "  -w, --workload W              I (insert) or RU,<read %> (default RU,50)",
            "  -z, --threads N               worker threads (default 16)",
            "  -d, --duration SECONDS        run time per client (default 10)",
            "  -t, --transactions N          transactions per client instead of a duration",
            "      --timeout MS              socket and total timeout (default 1000)",
            "      --client spike|official   client to drive (default spike)",
            "      --compare                 both clients in alternating rounds, with spike/official ratios",
            "      --rounds N                measured rounds per client with --compare (default 2)",
            "      --warmup SECONDS          unrecorded warm-up: 1-s slices per client, alternating (default 3)",
            "      --embedded-nodes N        nodes of the embedded server (default 1)",
            "      --seed N                  random seed (default: time-based, printed)",
            "      --no-prefill              do not write every key before an RU run",
            "      --quiet                   no per-second lines",
            "      --batch-size N            keys per read: above 1 every read is a batch get of N random keys",
            "                                (a read transaction = one batch; default 1)",
            "      --async                   drive the asynchronous APIs (spike: client.async(); official: NIO",
            "                                event loops) with --in-flight commands in flight instead of threads",
            "      --in-flight N             with --async: commands in flight per client (default 64)",
            "      --event-loops N           with --async: event loops per client (default: cores)",
            "      --auto-batch              with --async: spike sends the commands of one event-loop pass as one",
            "                                batch per node (AsyncConfig.autoBatch; the official client has none)",
            "      --help                    this text");

    /** Parses the command line; throws IllegalArgumentException naming the bad option. */
    public static LoadOptions parse(String... args) {
        Parser p = new Parser(args);
        String hostList = null;
        int port = 3000;
        String namespace = "test";
        String set = "testset";
        long keys = 100_000;
        long startKey = 0;
        ObjectSpec objectSpec = ObjectSpec.parse("I");
        WorkloadSpec workload = WorkloadSpec.parse("RU,50");
        int threads = 16;
        int duration = 10;
        long transactions = 0;
        int timeout = 1000;
        ClientKind client = ClientKind.SPIKE;
        boolean compare = false;
        int rounds = 2;
        int warmup = 3;
        int nodes = 1;
        long seed = System.nanoTime();
        int batchSize = 1;
        boolean prefill = true;
        boolean perSecond = true;
        boolean async = false;
        int inFlight = 64;
        int eventLoops = Runtime.getRuntime().availableProcessors();
        boolean autoBatch = false;
        while (p.hasNext()) {
            String opt = p.next();
            switch (opt) {
                case "-h": case "--hosts": hostList = p.value(opt); break;
                case "-p": case "--port": port = p.intValue(opt, 1, 65535); break;
                case "-n": case "--namespace": namespace = p.value(opt); break;
                case "-s": case "--set": set = p.value(opt); break;
                case "-k": case "--keys": keys = p.longValue(opt, 1, Long.MAX_VALUE); break;
                case "-S": case "--start-key": startKey = p.longValue(opt, 0, Long.MAX_VALUE); break;
                case "-o": case "--object-spec": objectSpec = ObjectSpec.parse(p.value(opt)); break;
                case "-w": case "--workload": workload = WorkloadSpec.parse(p.value(opt)); break;
                case "-z": case "--threads": threads = p.intValue(opt, 1, 4096); break;
                case "-d": case "--duration": duration = p.intValue(opt, 1, 86_400); break;
                case "-t": case "--transactions": transactions = p.longValue(opt, 1, Long.MAX_VALUE); break;
                case "--timeout": timeout = p.intValue(opt, 1, 3_600_000); break;
                case "--client": client = ClientKind.parse(p.value(opt)); break;
                case "--compare": compare = true; break;
                case "--rounds": rounds = p.intValue(opt, 1, 100); break;
                case "--warmup": warmup = p.intValue(opt, 0, 3600); break;
                case "--embedded-nodes": nodes = p.intValue(opt, 1, 16); break;
                case "--seed": seed = p.longValue(opt, Long.MIN_VALUE, Long.MAX_VALUE); break;
                case "--no-prefill": prefill = false; break;
                case "--quiet": perSecond = false; break;
                case "--batch-size": batchSize = p.intValue(opt, 1, 5000); break;
                case "--async": async = true; break;
                case "--in-flight": inFlight = p.intValue(opt, 1, 100_000); break;
                case "--event-loops": eventLoops = p.intValue(opt, 1, 256); break;
                case "--auto-batch": autoBatch = true; break;
                default: throw new IllegalArgumentException("unknown option: " + opt);
            }
        }
        if (autoBatch && !async) {
            throw new IllegalArgumentException("--auto-batch needs --async");
        }
        if (startKey > Long.MAX_VALUE - keys) {
            throw new IllegalArgumentException("--start-key + --keys overflows");
        }
        List<Host> hosts = hostList == null ? List.of() : parseHosts(hostList, port);
        return new LoadOptions(hosts, namespace, set, keys, startKey, objectSpec, workload, threads, duration,
                transactions, timeout, client, compare, rounds, warmup, nodes, seed, prefill && !workload.insertOnly(),
                perSecond, batchSize, async, inFlight, eventLoops, autoBatch);
    }

    /** Whether --help was asked for (checked before parsing, so it works next to bad options). */
    public static boolean wantsHelp(String... args) {
        for (String a : args) {
            if (a.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    /** Parses a host list, giving hosts without a port ({@code h}, {@code [::1]}) the default one. */
    static List<Host> parseHosts(String list, int defaultPort) {
        List<String> tokens = new ArrayList<>();
        for (String token : list.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            boolean hasPort = t.startsWith("[") ? t.contains("]:") : t.contains(":");
            tokens.add(hasPort ? t : t + ":" + defaultPort);
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("--hosts is empty");
        }
        return Host.parse(String.join(",", tokens));
    }

    /** Whether the run starts its own embedded server. */
    public boolean embedded() {
        return hosts.isEmpty();
    }

    /** Clients driven by this run, in the order of the first round. */
    public List<ClientKind> clients() {
        return compare ? List.of(ClientKind.SPIKE, ClientKind.OFFICIAL) : List.of(client);
    }

    /** Measured rounds per client. */
    public int roundsPerClient() {
        return compare ? rounds : 1;
    }

    /** One-line description of the run. */
    public String describe() {
        String stop = transactions > 0 ? "t=" + transactions : "d=" + durationSeconds + "s";
        String concurrency = async ? "async, " + inFlight + " in flight on " + eventLoops + " event loop(s)"
                + (autoBatch ? ", spike auto-batching" : "")
                : threads + " threads";
        return "workload " + workload + ", bins " + objectSpec + ", keys " + startKey + ".." + (startKey + keys - 1)
                + ", " + concurrency + ", " + stop + " per client" + (compare ? " in " + rounds + " rounds" : "")
                + ", timeout " + timeoutMs + " ms, warm-up " + warmupSeconds + " s, seed " + seed
                + (batchSize > 1 ? ", reads are batches of " + batchSize + " keys" : "");
    }

    /** Walks the arguments, accepting {@code --opt value} and {@code --opt=value}. */
    private static final class Parser {
        private final String[] args;
        private int i;
        private String inlineValue;

        Parser(String[] args) {
            this.args = args.clone();
        }

        boolean hasNext() {
            return i < args.length;
        }

        String next() {
            String a = args[i++];
            inlineValue = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                inlineValue = a.substring(eq + 1);
                return a.substring(0, eq);
            }
            return a;
        }

        String value(String opt) {
            if (inlineValue != null) {
                return inlineValue;
            }
            if (i >= args.length) {
                throw new IllegalArgumentException(opt + " needs a value");
            }
            return args[i++];
        }

        long longValue(String opt, long min, long max) {
            String v = value(opt);
            long n;
            try {
                n = Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(opt + ": not a number: " + v, e);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(opt + " must be " + min + ".." + max + ": " + n);
            }
            return n;
        }

        int intValue(String opt, int min, int max) {
            return (int) longValue(opt, min, max);
        }
    }
}
