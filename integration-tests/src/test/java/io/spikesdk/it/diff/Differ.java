package io.spikesdk.it.diff;

import com.aerospike.client.Key;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates case {@code n} of a seeded run, runs a case on both servers and compares, and shrinks a
 * differing case. Every shrinking step is an index into {@link Case#shrinks()} (or {@code kI}: keep
 * only operation I), so {@code seed:case:steps} replays the shrunk case exactly.
 */
final class Differ {
    static final String NAMESPACE = "test";
    static final String SET = "diff";

    /** A category's generator and its share of the cases. */
    record Weighted(CaseGenerator generator, int weight) {
    }

    /** Both outcomes of one case and how they differ. */
    record Run(Case kase, Outcome real, Outcome embedded, List<String> kinds) {
        boolean differs() {
            return !kinds.isEmpty();
        }

        String signature() {
            return kase.category() + " | " + kase.command().signature() + " | " + kinds.get(0);
        }
    }

    /** A shrunk difference and the steps that lead to it from the generated case. */
    record Shrunk(Run run, List<String> steps) {
    }

    private final long seed;
    private final List<Weighted> generators;
    private final Target real;
    private final Target embedded;
    private int executions;

    Differ(long seed, List<Weighted> generators, Target real, Target embedded) {
        this.seed = seed;
        this.generators = generators;
        this.real = real;
        this.embedded = embedded;
    }

    int executions() {
        return executions;
    }

    Case generate(int n) {
        Gen g = new Gen(new Random(seed * 0x9E3779B97F4A7C15L + n));
        int total = generators.stream().mapToInt(Weighted::weight).sum();
        while (true) {
            int pick = g.nextInt(total);
            for (Weighted w : generators) {
                if (pick < w.weight()) {
                    Case c = w.generator().generate(g);
                    if (!c.knownCrash()) {
                        return c;
                    }
                    break;
                }
                pick -= w.weight();
            }
        }
    }

    static Key key(int n) {
        return new Key(NAMESPACE, SET, "c" + n);
    }

    Run run(Case c, int n) {
        executions++;
        Key key = key(n);
        Outcome r = real.run(c, key);
        Outcome e = embedded.run(c, key);
        return new Run(c, r, e, Outcome.differences(r, e));
    }

    /** For a multi-op difference, the first single op that differs on its own (so signatures name one op). */
    Shrunk attribute(Run run, int n) {
        List<String> steps = new ArrayList<>();
        Case c = run.kase();
        for (int i = 0; i < c.command().parts() && c.command().parts() > 1; i++) {
            Case part = c.part(i);
            if (part.knownCrash()) {
                continue;
            }
            Run r = run(part, n);
            if (r.differs()) {
                steps.add("k" + i);
                return new Shrunk(r, steps);
            }
        }
        return new Shrunk(run, steps);
    }

    /**
     * Greedy shrinking: take the first smaller variant that still differs with the same signature (so
     * shrinking never drifts to another difference), until none does or the budget is spent.
     */
    Shrunk shrink(Shrunk start, int n, int budget) {
        List<String> steps = new ArrayList<>(start.steps());
        Run current = start.run();
        String signature = current.signature();
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            List<Case> candidates = current.kase().shrinks();
            for (int j = 0; j < candidates.size() && budget > 0; j++) {
                Case candidate = candidates.get(j);
                if (candidate.knownCrash()) {
                    continue;
                }
                budget--;
                Run r = run(candidate, n);
                if (r.differs() && r.signature().equals(signature)) {
                    current = r;
                    steps.add(String.valueOf(j));
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk(current, steps);
    }

    /** The case that {@code steps} (as printed by {@link #replayLine}) lead to from case {@code n}. */
    Case replay(int n, List<String> steps) {
        Case c = generate(n);
        for (String step : steps) {
            c = step.startsWith("k") ? c.part(Integer.parseInt(step.substring(1))) : c.shrinks().get(Integer.parseInt(step));
        }
        return c;
    }

    /**
     * Case {@code n} depends on the generators chosen, so a run of only some categories names them: without them the
     * replay would generate another case.
     */
    String replayLine(int n, List<String> steps) {
        return "-Ddiff.replay=" + seed + ":" + n + (steps.isEmpty() ? "" : ":" + String.join(".", steps))
                + (categories(generators).equals(categories(DifferentialTest.generators())) ? ""
                        : " -Ddiff.categories=" + categories(generators));
    }

    private static String categories(List<Weighted> generators) {
        return String.join(",", generators.stream().map(w -> w.generator().category()).distinct().toList());
    }
}
