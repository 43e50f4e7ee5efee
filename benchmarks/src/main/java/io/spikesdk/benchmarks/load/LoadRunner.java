package io.spikesdk.benchmarks.load;

import io.spikesdk.api.Host;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A whole load run: starts the embedded server when no hosts are given, opens the client(s), writes
 * every key once (RU workloads), warms each client up, runs the measured rounds (alternating the
 * clients with --compare, ABBA order) and prints the end-of-run table.
 */
public final class LoadRunner {
    private final LoadOptions options;
    private final PrintStream out;

    public LoadRunner(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs everything and returns the totals per client. */
    public RunResult run() throws Exception {
        out.println("Spike SDK load: " + options.describe());
        EmbeddedServers servers = options.embedded()
                ? EmbeddedServers.start(options.embeddedNodes(), options.namespace()) : null;
        try {
            List<Host> hosts = servers != null ? servers.hosts() : options.hosts();
            out.println(servers != null
                    ? "server: embedded, in-process, " + options.embeddedNodes() + " node(s) at " + hosts
                            + "; server CPU = " + ServerCpuMeter.METHOD
                    : "server: " + hosts);
            return runWith(hosts, servers != null);
        } finally {
            if (servers != null) {
                servers.close();
            }
        }
    }

    private RunResult runWith(List<Host> hosts, boolean inProcess) throws InterruptedException {
        ClientSettings settings = new ClientSettings(hosts, options.namespace(), options.set(),
                options.objectSpec().binNames(), options.timeoutMs(),
                Math.max(100, options.async() ? options.inFlight() : options.threads()));
        Map<ClientKind, Target> targets = new LinkedHashMap<>();
        try {
            if (options.async()) {
                AsyncWorkload workload = new AsyncWorkload(options.objectSpec(), options.startKey(), options.keys(),
                        options.inFlight(), options.batchSize(), options.timeoutMs(), inProcess, out);
                for (ClientKind kind : options.clients()) {
                    AsyncBenchClient client = kind.openAsync(settings, options.eventLoops(), options.inFlight(),
                            options.autoBatch());
                    targets.put(kind, new Target(kind, round -> workload.run(client, round), client::close));
                }
            } else {
                Workload workload = new Workload(options.objectSpec(), options.startKey(), options.keys(),
                        options.threads(), options.batchSize(), inProcess, out);
                for (ClientKind kind : options.clients()) {
                    BenchClient client = kind.open(settings);
                    targets.put(kind, new Target(kind, round -> workload.run(client, round), client::close));
                }
            }
            prefill(targets.values().iterator().next());
            warmUp(targets);
            return measure(targets);
        } finally {
            for (Target target : targets.values()) {
                target.closer().run();
            }
        }
    }

    /** Runs one round of a client. */
    private interface RoundRunner {
        Measurement run(Round round) throws InterruptedException;
    }

    /** A client and how a round is run with it (worker threads, or lanes with --async). */
    private record Target(ClientKind kind, RoundRunner runner, Runnable closer) {
        Measurement run(Round round) throws InterruptedException {
            return runner.run(round);
        }
    }

    private void prefill(Target client) throws InterruptedException {
        if (!options.prefill()) {
            return;
        }
        Round round = new Round("prefill", new WorkloadSpec(true, 0), options.keys(), 0, options.seed(), true,
                false);
        Measurement m = client.run(round);
        out.printf("prefill: %d keys written by %s in %.1f s (%d errors, %d timeouts)%n", m.writeCount(),
                client.kind().label(), m.elapsedNanos() / 1e9, m.errors(), m.timeouts());
    }

    /** Unrecorded one-second slices, alternating the clients, so that the JIT warms both alike. */
    private void warmUp(Map<ClientKind, Target> clients) throws InterruptedException {
        for (int second = 1; second <= options.warmupSeconds(); second++) {
            for (Target client : clients.values()) {
                String label = client.kind().label() + " warm";
                Round round = new Round(label, options.workload(), 0, 1, ~options.seed() + second,
                        options.workload().insertOnly(), false);
                Measurement m = client.run(round);
                if (second == options.warmupSeconds()) {
                    out.println(Report.line(label, second, m));
                }
            }
        }
    }

    private RunResult measure(Map<ClientKind, Target> clients) throws InterruptedException {
        int rounds = options.roundsPerClient();
        long transactions = options.transactions() > 0 ? Math.max(1, options.transactions() / rounds) : 0;
        int seconds = Math.max(1, Math.round((float) options.durationSeconds() / rounds));
        Map<ClientKind, Measurement> totals = new LinkedHashMap<>();
        List<ClientKind> order = new ArrayList<>(clients.keySet());
        for (int r = 0; r < rounds; r++) {
            for (ClientKind kind : order) {
                String label = kind.label() + " r" + (r + 1);
                Round round = new Round(label, options.workload(), transactions, seconds, options.seed() + r,
                        options.workload().insertOnly(), options.perSecond());
                Measurement m = clients.get(kind).run(round);
                out.println(Report.line(label + " =", (int) TimeUnit.NANOSECONDS.toSeconds(m.elapsedNanos()), m));
                totals.computeIfAbsent(kind, k -> new Measurement()).add(m);
            }
            java.util.Collections.reverse(order);
        }
        out.println();
        out.println("totals over " + rounds + " round(s) per client:");
        Report.table(out, order.stream().sorted().map(ClientKind::label).toList(),
                order.stream().sorted().map(totals::get).toList());
        return new RunResult(totals);
    }
}
