package io.spikesdk.it.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The downstream sample ({@code examples/testkit-junit5}) run in a child JVM, as a user's build runs it, with
 * {@code AEROSPIKE_HOSTS} pointing at a tripwire port that counts every connection: the sample's tests pass and
 * nothing connects to the tripwire, so no traffic left the embedded server. The control run, with the sample opting
 * in through {@code -Dspike.test.hosts}, shows that the tripwire does see a client that goes there.
 */
class DownstreamSampleIsolationTest {

    @Test
    void aerospikeHostsDoesNotTakeTheSampleAwayFromTheEmbeddedServer() throws Exception {
        try (Tripwire tripwire = new Tripwire()) {
            Run run = runSample(Map.of("AEROSPIKE_HOSTS", tripwire.hosts()), List.of());

            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("failed=0"), run.output());
            assertEquals(0, tripwire.connections(), "connections that left the embedded server\n" + run.output());
        }
    }

    @Test
    void theTripwireSeesTheSampleWhenItOptsInToARealServer() throws Exception {
        try (Tripwire tripwire = new Tripwire()) {
            Run run = runSample(Map.of(), List.of("-Dspike.test.hosts=" + tripwire.hosts()));

            assertTrue(tripwire.connections() > 0, run.output());
            assertTrue(run.output().contains("runs against the REAL server [" + tripwire.hosts() + "]"), run.output());
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run runSample(Map<String, String> environment, List<String> jvmOptions) throws Exception {
        Path basedir = Path.of(System.getProperty("basedir", "."));
        Path sampleTests = basedir.resolve("../examples/testkit-junit5/target/test-classes").normalize();
        assertTrue(Files.isDirectory(sampleTests), "build the sample first: " + sampleTests);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(sampleTests + File.pathSeparator + classPath);
        command.add(SampleSuite.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("AEROSPIKE_HOSTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the sample's suite did not finish");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** A port that accepts and counts connections and closes each at once. */
    private static final class Tripwire implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        Tripwire() throws IOException {
            acceptor = new Thread(this::accept, "tripwire");
            acceptor.start();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket ignored = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        String hosts() {
            return "127.0.0.1:" + socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join();
        }
    }
}
