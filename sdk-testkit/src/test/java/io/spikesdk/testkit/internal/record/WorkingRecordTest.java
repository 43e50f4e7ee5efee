package io.spikesdk.testkit.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingRecordTest {
    private static final byte[] DIGEST = new byte[20];

    private static Bin bin(String name, int value) {
        return new Bin(name, 1, new byte[] {(byte) value});
    }

    private static List<String> names(WorkingRecord work) {
        return work.bins().stream().map(Bin::name).toList();
    }

    private static StoredRecord stored(Bin... bins) {
        return new StoredRecord(List.of(bins), 1, 0, 0, 0, "set", null);
    }

    @Test
    void setReplacesABinInPlaceAndAppendsANewOne() {
        WorkingRecord work = WorkingRecord.forWrite(stored(bin("a", 1), bin("b", 2)), DIGEST, 0, false, "set", 0);
        work.set(bin("a", 9));
        work.set(bin("c", 3));
        assertEquals(List.of("a", "b", "c"), names(work));
        assertEquals(9, work.bin("a").value()[0]);
        assertEquals(3, work.bin("c").value()[0]);
    }

    @Test
    void removeShiftsTheLaterBinsAndASetAfterItAppends() {
        WorkingRecord work = WorkingRecord.forWrite(stored(bin("a", 1), bin("b", 2), bin("c", 3)), DIGEST, 0, false,
                "set", 0);
        work.remove("a");
        work.remove("absent");
        assertNull(work.bin("a"));
        assertEquals(2, work.bin("b").value()[0]);
        work.set(bin("c", 7));
        work.set(bin("a", 8));
        assertEquals(List.of("b", "c", "a"), names(work));
        assertEquals(7, work.bin("c").value()[0]);
    }

    @Test
    void aReplaceStartsWithoutTheStoredBinsAndClearForgetsAll() {
        WorkingRecord replace = WorkingRecord.forWrite(stored(bin("a", 1)), DIGEST, 0, true, "set", 0);
        assertNull(replace.bin("a"));
        WorkingRecord work = WorkingRecord.forWrite(stored(bin("a", 1)), DIGEST, 0, false, "set", 0);
        work.clear();
        assertNull(work.bin("a"));
        work.set(bin("b", 2));
        assertEquals(List.of("b"), names(work));
    }

    @Test
    void aRecordOf32767BinsFindsEachByNameAndReplacesInPlace() {
        WorkingRecord work = WorkingRecord.forWrite(null, DIGEST, 0, false, "set", 0);
        for (int i = 0; i < 32_767; i++) {
            work.set(bin("b" + i, i));
        }
        work.set(bin("b100", 0));
        assertEquals(32_767, work.snapshot().size());
        assertEquals(0, work.bin("b100").value()[0]);
        assertEquals(32_766 & 0xff, work.bin("b32766").value()[0] & 0xff);
    }
}
