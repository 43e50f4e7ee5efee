package io.spikesdk.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;

class HistogramMergeTest {

    @Test
    void perThreadHistogramsMergeIntoTheSameDistributionAsOne() {
        Histogram single = Histograms.create();
        List<Histogram> parts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Histogram part = Histograms.create();
            for (int i = 1; i <= 1000; i++) {
                long nanos = (t * 1000L + i) * 1000L;
                part.recordValue(nanos);
                single.recordValue(nanos);
            }
            parts.add(part);
        }
        Histogram merged = Histograms.merge(parts);
        assertEquals(4000, merged.getTotalCount());
        assertEquals(single, merged);
        assertEquals(2000, Histograms.percentileMicros(merged, 50), 2);
        assertEquals(3960, Histograms.percentileMicros(merged, 99), 4);
        assertEquals(0, Histograms.percentileMicros(Histograms.create(), 99));
    }

    @Test
    void intervalHistogramsOfRecordersAddUpToEverythingRecorded() {
        Recorder recorder = new Recorder(Histograms.DIGITS);
        Measurement total = new Measurement();
        for (int interval = 0; interval < 3; interval++) {
            for (int i = 0; i < 100; i++) {
                recorder.recordValue(1000 + i);
            }
            Measurement m = new Measurement();
            m.addReads(recorder.getIntervalHistogram());
            assertEquals(100, m.readCount(), "each interval holds only its own values");
            total.add(m);
        }
        assertEquals(300, total.readCount());
    }

    @Test
    void measurementsAddCountsCostsAndTime() {
        Measurement a = new Measurement();
        Histogram reads = Histograms.create();
        reads.recordValue(100_000);
        a.addReads(reads);
        a.addFailures(1, 2, "first");
        a.addClientCost(3000, 6000);
        a.addElapsed(1_000_000_000L);
        Measurement b = new Measurement();
        Histogram writes = Histograms.create();
        writes.recordValue(200_000);
        writes.recordValue(300_000);
        b.addWrites(writes);
        b.addFailures(0, 0, "second");
        b.addElapsed(1_000_000_000L);
        Measurement sum = new Measurement();
        sum.add(a);
        sum.add(b);
        assertEquals(1, sum.readCount());
        assertEquals(2, sum.writeCount());
        assertEquals(6, sum.transactions());
        assertEquals(1.5, sum.opsPerSecond(), 1e-9);
        assertEquals(500, sum.bytesPerOp(), 1e-9);
        assertEquals(1, sum.clientCpuMicrosPerOp(), 1e-9);
        assertEquals("first", sum.firstError());
        assertTrue(Double.isNaN(sum.serverCpuPercent()), "no server measured");
        assertEquals(3, sum.all().getTotalCount());
    }

    @Test
    void ratiosForTheCompareTable() {
        assertEquals("1.250", Report.ratio(5, 4));
        assertEquals("-", Report.ratio(1, 0));
        assertEquals("-", Report.ratio(Double.NaN, 1));
    }

    @Test
    void sequentialKeysCoverTheRangeOnceAcrossWorkers() {
        Round prefill = new Round("prefill", new WorkloadSpec(true, 0), 103, 0, 1, true, false);
        Set<Long> seen = new HashSet<>();
        long total = 0;
        for (int w = 0; w < 4; w++) {
            KeyPicker picker = KeyPicker.sequential(10, 103, w, 4);
            long quota = prefill.quota(w, 4);
            total += quota;
            for (long i = 0; i < quota; i++) {
                assertTrue(seen.add(picker.next()));
            }
        }
        assertEquals(103, total);
        assertEquals(103, seen.size());
        assertTrue(seen.stream().allMatch(k -> k >= 10 && k < 113));
    }
}
