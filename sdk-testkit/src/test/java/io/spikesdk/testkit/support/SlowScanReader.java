package io.spikesdk.testkit.support;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One client scans ~20 MB and stops reading after the first record; meanwhile another client of the same server
 * must still get its put and get answered. Ends by letting the scan finish and counting its records.
 */
public final class SlowScanReader {
    private static final int RECORDS = 40;

    private SlowScanReader() {
    }

    public static void assertOthersAreServed(AerospikeClient scanner, AerospikeClient other) throws Exception {
        byte[] blob = new byte[512 * 1024];
        WritePolicy patient = new WritePolicy();
        patient.socketTimeout = 30_000;
        patient.totalTimeout = 30_000;
        for (int i = 0; i < RECORDS; i++) {
            scanner.put(patient, new Key("test", "big", i), new Bin("b", blob));
        }
        CountDownLatch firstRecord = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        ScanPolicy scanPolicy = new ScanPolicy();
        scanPolicy.socketTimeout = 0;
        scanPolicy.totalTimeout = 0;
        CompletableFuture<Void> scan = CompletableFuture.runAsync(() -> scanner.scanAll(scanPolicy, "test", "big",
                (key, record) -> {
                    seen.incrementAndGet();
                    firstRecord.countDown();
                    awaitQuietly(release); // the scanning client stops reading ~20 MB of reply here
                }));
        try {
            assertTrue(firstRecord.await(30, TimeUnit.SECONDS));
            Key key = new Key("test", "small", 1);
            other.put(patient, key, new Bin("v", 7));
            assertEquals(7, other.get(patient, key).getInt("v"));
        } finally {
            release.countDown();
        }
        scan.get(60, TimeUnit.SECONDS);
        assertEquals(RECORDS, seen.get());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
