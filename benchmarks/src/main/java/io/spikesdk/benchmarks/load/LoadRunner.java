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
        Workload workload = new Workload(options.objectSpec(), options.startKey(), options.keys(), options.threads(),
                options.batchSize(), inProcess, out);
        ClientSettings settings = new ClientSettings(hosts, options.namespace(), options.set(),
                options.objectSpec().binNames(), options.timeoutMs(), Math.max(100, options.threads()));
        Map<ClientKind, BenchClient> clients = new LinkedHashMap<>();
        try {
            for (ClientKind kind : options.clients()) {
                clients.put(kind, kind.open(settings));
            }
            prefill(workload, clients.values().iterator().next());
            warmUp(workload, clients);
            return measure(workload, clients);
        } finally {
            for (BenchClient client : clients.values()) {
                client.close();
            }
        }
    }

    private void prefill(Workload workload, BenchClient client) throws InterruptedException {
        if (!options.prefill()) {
            return;
        }
        Round round = new Round("prefill", new WorkloadSpec(true, 0), options.keys(), 0, options.seed(), true,
                false);
        Measurement m = workload.run(client, round);
        out.printf("prefill: %d keys written by %s in %.1f s (%d errors, %d timeouts)%n", m.writeCount(),
                client.kind().label(), m.elapsedNanos() / 1e9, m.errors(), m.timeouts());
    }

    /** Unrecorded one-second slices, alternating the clients, so that the JIT warms both alike. */
    private void warmUp(Workload workload, Map<ClientKind, BenchClient> clients) throws InterruptedException {
        for (int second = 1; second <= options.warmupSeconds(); second++) {
            for (BenchClient client : clients.values()) {
                String label = client.kind().label() + " warm";
                Round round = new Round(label, options.workload(), 0, 1, ~options.seed() + second,
                        options.workload().insertOnly(), false);
                Measurement m = workload.run(client, round);
                if (second == options.warmupSeconds()) {
                    out.println(Report.line(label, second, m));
                }
            }
        }
    }

    private RunResult measure(Workload workload, Map<ClientKind, BenchClient> clients) throws InterruptedException {
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
                Measurement m = workload.run(clients.get(kind), round);
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
