package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import io.spikesdk.testkit.support.Clients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Per-record locking: concurrent increments over many connections lose no update. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 1_000;

    @Test
    void eightThreadsTimesAThousandAdds() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
                AerospikeClient client = Clients.connect(server)) {
            Key key = new Key("test", "counter", "c");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < INCREMENTS; i++) {
                            client.add(null, key, new Bin("n", 1));
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals((long) THREADS * INCREMENTS, client.get(null, key).getLong("n"));
            assertEquals(THREADS * INCREMENTS, client.get(null, key).generation, "one generation per write");
        }
    }
}
