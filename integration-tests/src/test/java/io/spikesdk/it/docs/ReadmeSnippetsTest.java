package io.spikesdk.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of every README is included from a tagged region of a file the build compiles and tests
 * ({@code src/main} or {@code src/test} of a reactor module), and equals it: change the code and the README must
 * follow, or this test fails. Marked blocks in other languages (the sample's POM dependencies) are checked too.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

    @Test
    void everyJavaBlockIsIncludedFromCompiledCodeAndMatchesIt() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path readme : readmes()) {
            String relative = ROOT.relativize(readme).toString();
            for (Snippets.Block block : Snippets.blocks(Files.readString(readme))) {
                String where = relative + ":" + block.line();
                if (block.source().isEmpty()) {
                    if (block.language().equals("java")) {
                        problems.add(where + ": a java block without <!-- snippet: path#tag --> on the line before");
                    }
                    continue;
                }
                String[] source = block.source().get().split("#", 2);
                Path file = ROOT.resolve(source[0]).normalize();
                if (!Files.isRegularFile(file) || !isBuilt(file)) {
                    problems.add(where + ": " + source[0] + " is not a file under src/main or src/test, or a pom.xml");
                    continue;
                }
                Optional<String> region = Snippets.region(Files.readString(file), source[1]);
                if (region.isEmpty()) {
                    problems.add(where + ": " + source[0] + " has no region tag::" + source[1] + "[]");
                } else if (!region.get().stripTrailing().equals(block.text().stripTrailing())) {
                    problems.add(where + ": differs from " + block.source().get() + "; the code says:\n" + region.get());
                }
                checked++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 5, "only " + checked + " snippets found under " + ROOT);
    }

    @Test
    void aRegionIsTheCodeBetweenItsMarkersWithoutOtherMarkersOrCommonIndent() {
        String source = "class A {\n    // tag::x[]\n    int a;\n    // tag::y[]\n    int b;\n    // end::y[]\n"
                + "    // end::x[]\n}\n";
        assertEquals("int a;\nint b;", Snippets.region(source, "x").orElseThrow());
        assertEquals("int b;", Snippets.region(source, "y").orElseThrow());
        assertFalse(Snippets.region(source, "z").isPresent());
    }

    @Test
    void aBlockKnowsTheSnippetMarkerBeforeItsFence() {
        List<Snippets.Block> blocks = Snippets.blocks("text\n<!-- snippet: a/B.java#x -->\n```java\nint a;\n```\n"
                + "```java\nint b;\n```\n");
        assertEquals(2, blocks.size());
        assertEquals(Optional.of("a/B.java#x"), blocks.get(0).source());
        assertEquals("int a;", blocks.get(0).text());
        assertEquals(Optional.empty(), blocks.get(1).source());
    }

    private static List<Path> readmes() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().equals("README.md"))
                    .filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|\\.git|node_modules)/.*"))
                    .sorted().toList();
        }
    }

    private static boolean isBuilt(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.contains("/src/main/") || path.contains("/src/test/") || path.endsWith("pom.xml");
    }
}
