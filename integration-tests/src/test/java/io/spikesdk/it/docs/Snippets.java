package io.spikesdk.it.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code blocks of a Markdown file and tagged regions of a source file. A block is included from a region when the line
 * before its fence is {@code <!-- snippet: path/from/repo/root#tag -->}; a region is the lines between
 * {@code tag::name[]} and {@code end::name[]} markers (in any comment syntax), without marker lines of any tag and
 * without the indentation the lines share.
 */
final class Snippets {
    private static final Pattern SNIPPET = Pattern.compile("<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->");
    private static final Pattern MARKER = Pattern.compile("(tag|end)::[\\w.-]+\\[\\]");

    private Snippets() {
    }

    /**
     * A fenced code block.
     *
     * @param language the fence's info string, e.g. {@code java}
     * @param line the 1-based line of the opening fence
     * @param text the block's lines
     * @param source the {@code path#tag} it is included from, if marked
     */
    record Block(String language, int line, String text, Optional<String> source) {
    }

    static List<Block> blocks(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```") || line.length() == 3) {
                continue;
            }
            String language = line.substring(3).trim();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            Optional<String> source = Optional.empty();
            if (i > 0) {
                Matcher m = SNIPPET.matcher(lines.get(i - 1).trim());
                if (m.matches()) {
                    source = Optional.of(m.group(1) + "#" + m.group(2));
                }
            }
            blocks.add(new Block(language, i + 1, String.join("\n", lines.subList(i + 1, end)), source));
            i = end;
        }
        return blocks;
    }

    /** The region {@code tag} of {@code source}, or empty when the file has no such region. */
    static Optional<String> region(String source, String tag) {
        String start = "tag::" + tag + "[]";
        String stop = "end::" + tag + "[]";
        List<String> kept = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : source.lines().toList()) {
            if (line.contains(start)) {
                inside = true;
                found = true;
            } else if (line.contains(stop)) {
                inside = false;
            } else if (inside && !MARKER.matcher(line).find()) {
                kept.add(line);
            }
        }
        return found ? Optional.of(dedent(kept)) : Optional.empty();
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return String.join("\n", out);
    }
}
