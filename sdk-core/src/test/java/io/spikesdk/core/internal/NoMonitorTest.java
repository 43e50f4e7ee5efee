package io.spikesdk.core.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No monitor in the client: a virtual thread that blocks on I/O while holding one pins its carrier, so locks
 * are {@code java.util.concurrent} locks (docs/architecture.md §4).
 */
class NoMonitorTest {
    private static final Pattern MONITOR = Pattern.compile("\\bsynchronized\\b|\\.wait\\(\\)|\\.notify(All)?\\(\\)");

    @Test
    void noSourceOfTheClientUsesSynchronizedWaitOrNotify() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the sdk-core module directory");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(NoMonitorTest::usesAMonitor)
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean usesAMonitor(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.startsWith("*") && !line.startsWith("//") && !line.startsWith("/*"))
                    .anyMatch(line -> MONITOR.matcher(line).find());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
