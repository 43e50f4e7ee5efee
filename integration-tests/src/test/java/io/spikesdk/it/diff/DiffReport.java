package io.spikesdk.it.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Differences grouped by signature (category | op[return type] | outcome kind), with counts and shrunk examples. */
final class DiffReport {
    /** One shown example: how to replay it, the case, and what each server did. */
    record Example(String replay, Differ.Run run) {
        String render() {
            return "    replay:   " + replay + "\n"
                    + "    case:     " + run.kase() + "\n"
                    + "    real:     " + run.real() + "\n"
                    + "    embedded: " + run.embedded() + "\n"
                    + "    differs:  " + String.join(", ", run.kinds()) + "\n";
        }
    }

    private static final class Group {
        int count;
        final List<Example> examples = new ArrayList<>();
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> rollUp = new TreeMap<>();
    private final Map<String, Integer> rollUpCounts = new TreeMap<>();
    private final Map<String, Example> rollUpExamples = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private int differingCases;

    /** Counts a differing case under its signature, and under the coarser (category | outcome kind) roll-up. */
    void add(Differ.Run run) {
        differingCases++;
        groups.computeIfAbsent(run.signature(), s -> new Group()).count++;
        String coarse = coarse(run);
        rollUp.computeIfAbsent(coarse, k -> new TreeSet<>()).add(run.kase().command().signature().replaceAll("\\[[^]]*]", ""));
        rollUpCounts.merge(coarse, 1, Integer::sum);
    }

    private static String coarse(Differ.Run run) {
        return run.kase().category() + " | " + run.kinds().get(0);
    }

    int examples(String signature) {
        Group g = groups.get(signature);
        return g == null ? 0 : g.examples.size();
    }

    void example(String signature, Example example) {
        groups.computeIfAbsent(signature, s -> new Group()).examples.add(example);
        rollUpExamples.putIfAbsent(coarse(example.run()), example);
    }

    void note(String line) {
        notes.add(line);
    }

    boolean isEmpty() {
        return differingCases == 0 && notes.isEmpty();
    }

    int differingCases() {
        return differingCases;
    }

    /** Signature counts, most frequent first. */
    String summary() {
        StringBuilder out = new StringBuilder();
        out.append(differingCases).append(" differing cases in ").append(groups.size()).append(" signatures\n");
        sorted().forEach(e -> out.append(String.format("%6d  %s%n", e.getValue().count, e.getKey())));
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    String full(String header) {
        StringBuilder out = new StringBuilder(header).append('\n').append(summary()).append('\n');
        out.append("Roll-up by category and outcome kind (return types and op combinations folded):\n");
        rollUpCounts.forEach((coarse, count) -> {
            out.append(String.format("%6d  %s  <- %s%n", count, coarse, String.join(", ", rollUp.get(coarse))));
            Example example = rollUpExamples.get(coarse);
            if (example != null) {
                out.append(example.render());
            }
        });
        out.append('\n');
        for (Map.Entry<String, Group> e : sorted()) {
            out.append("== ").append(e.getKey()).append("  (").append(e.getValue().count).append(" cases)\n");
            for (Example example : e.getValue().examples) {
                out.append(example.render());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private List<Map.Entry<String, Group>> sorted() {
        List<Map.Entry<String, Group>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, Group> e) -> -e.getValue().count).thenComparing(Map.Entry::getKey));
        return entries;
    }

    void write(Path file, String header) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, full(header), StandardCharsets.UTF_8);
    }
}
