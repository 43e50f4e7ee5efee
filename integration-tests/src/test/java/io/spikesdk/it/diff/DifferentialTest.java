package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Host;
import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential test: the same seeded random cases through the official Java client against the real
 * server ({@code AEROSPIKE_HOSTS}) and an in-process embedded server, comparing every outcome.
 *
 * <p>Properties: {@code diff.cases} (default 20000), {@code diff.seed} (default random, always printed),
 * {@code diff.replay=SEED:CASE[:STEPS]} (run one case, shrunk by STEPS, and show both outcomes),
 * {@code diff.shrinkBudget} (runs per shrink, default 150), {@code diff.examples} (shrunk examples per
 * signature, default 2), {@code diff.categories} (comma-separated categories to run, default all), {@code diff.trace}
 * (print each case before it runs: the last one printed names the input when the real server hangs or dies). The report goes to {@code target/diff-report.txt}.
 */
@EnabledIfEnvironmentVariable(named = "AEROSPIKE_HOSTS", matches = ".+")
class DifferentialTest {
    private static final Path REPORT = Path.of("target", "diff-report.txt");

    static List<Differ.Weighted> generators() {
        return List.of(
                new Differ.Weighted(new CdtCases(true), 35),
                new Differ.Weighted(new CdtCases(false), 35),
                new Differ.Weighted(new RecordCases(), 15),
                new Differ.Weighted(new ExpCases(), 15),
                new Differ.Weighted(new BatchCases(), 15),
                new Differ.Weighted(new TruncateCases(), 3),
                new Differ.Weighted(new GeoCases(), 3),
                new Differ.Weighted(new HllCases(), 3),
                new Differ.Weighted(new PathCases(), 10),
                new Differ.Weighted(new ScanCases(), 3),
                new Differ.Weighted(new QueryCases(), 3),
                new Differ.Weighted(new UdfCases(), 3),
                new Differ.Weighted(new BitCases(), 3));
    }

    /** The generators named by {@code -Ddiff.categories=a,b} (their categories), or all of them. */
    static List<Differ.Weighted> selected() {
        String only = System.getProperty("diff.categories");
        if (only == null || only.isBlank()) {
            return generators();
        }
        List<String> names = Arrays.asList(only.split(","));
        List<Differ.Weighted> chosen = generators().stream().filter(w -> names.contains(w.generator().category())).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no generator for diff.categories=" + only);
        }
        return chosen;
    }

    @Test
    void embeddedServerAnswersLikeTheRealOne() throws IOException {
        String replay = System.getProperty("diff.replay");
        long seed = replay != null ? Long.parseLong(replay.split(":")[0])
                : Long.getLong("diff.seed", new SecureRandom().nextLong());
        int cases = Integer.getInteger("diff.cases", 20_000);
        int budget = Integer.getInteger("diff.shrinkBudget", 150);
        int examplesPerSignature = Integer.getInteger("diff.examples", 2);
        Host realHost = Host.parseHosts(System.getenv("AEROSPIKE_HOSTS"), 3000)[0];
        System.out.println("diff: seed " + seed + " (-Ddiff.seed=" + seed + "), " + (replay != null ? "replay " + replay : cases + " cases"));

        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").build().start();
             Target real = new Target("real", client(realHost), new WireReader(realHost.name, realHost.port));
             Target embedded = new Target("embedded", client(new Host(server.host(), server.port())), new WireReader(server.host(), server.port()))) {
            Differ differ = new Differ(seed, selected(), real, embedded);
            if (replay != null) {
                replay(differ, replay);
                return;
            }
            DiffReport report = new DiffReport();
            long start = System.nanoTime();
            for (int n = 0; n < cases; n++) {
                Case c = differ.generate(n);
                if (Boolean.getBoolean("diff.trace")) {
                    System.out.println("CASE " + n + " " + c);
                }
                Differ.Run run;
                try {
                    run = differ.run(c, n);
                } catch (AerospikeException | java.io.UncheckedIOException e) {
                    if (!reachable(realHost)) {
                        report.note("REAL SERVER DIED during case " + n + " (" + differ.replayLine(n, List.of()) + "): " + c);
                        break;
                    }
                    throw e;
                }
                if (run.differs()) {
                    Differ.Shrunk attributed = differ.attribute(run, n);
                    String signature = attributed.run().signature();
                    report.add(attributed.run());
                    if (report.examples(signature) < examplesPerSignature) {
                        Differ.Shrunk shrunk = differ.shrink(attributed, n, budget);
                        report.example(signature, new DiffReport.Example(differ.replayLine(n, shrunk.steps()), shrunk.run()));
                    }
                }
                if ((n + 1) % 2000 == 0) {
                    System.out.printf("diff: %d cases, %d differing, %d s%n", n + 1, report.differingCases(), (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
            String header = "Differential run: seed " + seed + ", " + cases + " cases, " + differ.executions() + " executions, "
                    + (System.nanoTime() - start) / 1_000_000_000L + " s; real server " + realHost + "\nReplay one: -Ddiff.replay=SEED:CASE[:STEPS]\n";
            report.write(REPORT, header);
            System.out.println(report.full(header));
            if (!report.isEmpty()) {
                fail("The embedded server differs from the real one (full report: " + REPORT.toAbsolutePath() + ")\n" + report.summary());
            }
        }
    }

    private static void replay(Differ differ, String replay) {
        String[] parts = replay.split(":");
        int n = Integer.parseInt(parts[1]);
        List<String> steps = parts.length > 2 ? Arrays.asList(parts[2].split("\\.")) : List.of();
        Case c = differ.replay(n, steps);
        Differ.Run run = differ.run(c, n);
        String shown = new DiffReport.Example(differ.replayLine(n, steps), run).render();
        System.out.println(shown);
        if (run.differs()) {
            fail("The embedded server differs from the real one:\n" + shown);
        }
    }

    private static AerospikeClient client(Host host) {
        ClientPolicy policy = new ClientPolicy();
        policy.timeout = WriteSpec.TIMEOUT_MS;
        // No circuit breaker: a burst of failing calls must show up as differences, not stop the run.
        policy.maxErrorRate = 0;
        return new AerospikeClient(policy, host);
    }

    private static boolean reachable(Host host) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.name, host.port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
