package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.testkit.support.Clients;
import io.spikesdk.testkit.support.Frames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Throws seeded random, truncated and oversized frames at the server on many connections, then
 * checks that nothing leaked (connections, threads) and that a normal client is still served.
 */
class FuzzTest {
    private static final long SEED = 20_260_417L;
    private static final int CONNECTIONS = 300;

    @Test
    void serverSurvivesGarbageAndLeaksNothing() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start()) {
            String threadPrefix = "spike-aerospike-" + server.port() + "-conn-";
            Random random = new Random(SEED);
            byte[] valid = Frames.forKey("fuzz").info(0, 1, 0).op(2, 1, "a", Frames.int64(1)).build();
            int resets = 0;
            for (int i = 0; i < CONNECTIONS; i++) {
                try (Socket s = new Socket(server.host(), server.port())) {
                    s.setSoTimeout(2_000);
                    OutputStream out = s.getOutputStream();
                    out.write(garbage(random, valid));
                    out.flush();
                    if (random.nextBoolean()) {
                        s.shutdownOutput();
                        drain(s.getInputStream());
                    }
                } catch (IOException e) {
                    resets++;
                }
            }
            assertTrue(resets < CONNECTIONS, "resets are only for rejected frames: " + resets);
            awaitTrue(() -> server.connectionCount() == 0, "all fuzz connections closed");
            awaitTrue(() -> liveThreads(threadPrefix) == 0, "connection threads ended");

            try (AerospikeClient client = Clients.connect(server)) {
                Key key = new Key("test", "fuzz", "after");
                client.put(null, key, new Bin("ok", "yes"));
                assertEquals("yes", client.get(null, key).getString("ok"));
            }
            awaitTrue(() -> server.connectionCount() == 0, "client connections closed");
        }
    }

    /** One of: random bytes, a valid frame cut short, a header announcing more than is sent, a mutated frame. */
    private static byte[] garbage(Random random, byte[] valid) {
        switch (random.nextInt(5)) {
            case 0: {
                byte[] b = new byte[random.nextInt(64)];
                random.nextBytes(b);
                return b;
            }
            case 1:
                return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            case 2: {
                byte[] b = java.util.Arrays.copyOf(valid, valid.length);
                Bytes.putLong(b, 0, (2L << 56) | (3L << 48) | (random.nextInt(1 << 27) + valid.length));
                return b;
            }
            case 3: {
                byte[] b = valid.clone();
                for (int k = 0; k < 4; k++) {
                    b[8 + random.nextInt(b.length - 8)] = (byte) random.nextInt(256);
                }
                return b;
            }
            default: {
                byte[] b = new byte[8 + random.nextInt(40)];
                random.nextBytes(b);
                Bytes.putLong(b, 0, (2L << 56) | ((long) (1 + random.nextInt(4)) << 48) | (b.length - 8));
                return b;
            }
        }
    }

    /** Reads what the server answered until it closes the connection (it sees our end of stream). */
    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        while (in.read(buf) >= 0) {
            assertTrue(buf.length > 0);
        }
    }

    private static long liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
