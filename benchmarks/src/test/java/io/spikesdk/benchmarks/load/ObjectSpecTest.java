package io.spikesdk.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ObjectSpecTest {

    @Test
    void parsesEachBinType() {
        ObjectSpec spec = ObjectSpec.parse("I, d ,S:100,B:1000");
        assertEquals(new BinSpec(BinSpec.Type.INTEGER, 8), spec.bins().get(0));
        assertEquals(new BinSpec(BinSpec.Type.DOUBLE, 8), spec.bins().get(1));
        assertEquals(new BinSpec(BinSpec.Type.STRING, 100), spec.bins().get(2));
        assertEquals(new BinSpec(BinSpec.Type.BLOB, 1000), spec.bins().get(3));
        assertEquals("I,D,S:100,B:1000", spec.toString());
        assertArrayEquals(new String[] {"bin0", "bin1", "bin2", "bin3"}, spec.binNames());
    }

    @Test
    void generatesValuesOfTheRightTypeAndSize() {
        Object[] values = ObjectSpec.parse("I,D,S:100,B:1000").generate(new SplittableRandom(1));
        assertInstanceOf(Long.class, values[0]);
        assertInstanceOf(Double.class, values[1]);
        String s = assertInstanceOf(String.class, values[2]);
        assertEquals(100, s.length());
        assertTrue(s.chars().allMatch(Character::isLetterOrDigit), s);
        assertEquals(1000, assertInstanceOf(byte[].class, values[3]).length);
    }

    @Test
    void generationIsDeterministicPerSeed() {
        ObjectSpec spec = ObjectSpec.parse("S:20,B:16");
        Object[] a = spec.generate(new SplittableRandom(42));
        Object[] b = spec.generate(new SplittableRandom(42));
        assertEquals(a[0], b[0]);
        assertArrayEquals((byte[]) a[1], (byte[]) b[1]);
    }

    @Test
    void rejectsMalformedSpecs() {
        assertEquals("object spec is empty", message(""));
        assertEquals("'S': S needs a size, e.g. S:100", message("S"));
        assertEquals("'B:': B needs a size, e.g. B:100", message("B:"));
        assertEquals("'S:x': size is not a number", message("S:x"));
        assertEquals("bin size must be 1.." + BinSpec.MAX_SIZE + ": 0", message("B:0"));
        assertEquals("'I:4': I takes no size (it is 8 bytes)", message("I:4"));
        assertEquals("empty bin in object spec", message("I,,S:1"));
    }

    @Test
    void workloadSpecs() {
        assertEquals(new WorkloadSpec(true, 0), WorkloadSpec.parse("I"));
        assertEquals(new WorkloadSpec(false, 50), WorkloadSpec.parse("RU"));
        assertEquals(new WorkloadSpec(false, 95), WorkloadSpec.parse("ru, 95"));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            assertTrue(WorkloadSpec.parse("RU,100").nextIsRead(random));
            assertTrue(!WorkloadSpec.parse("RU,0").nextIsRead(random));
            assertTrue(!WorkloadSpec.parse("I").nextIsRead(random));
        }
    }

    private static String message(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> ObjectSpec.parse(spec)).getMessage();
    }
}
