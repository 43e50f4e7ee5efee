package io.spikesdk.testkit.internal.cdt;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CdtEngine#execute} never throws: truncated, bit-flipped and random inputs get a server result code. */
class RobustnessTest {
    private static final Set<Integer> CODES = Set.of(0, 4, 12, 13, 23, 24, 26);
    private static final List<String> OPS = List.of("[1, 7, 0, 1]", "[2, [5, 3, 9]]", "[26, 7, 0, 2]",
            "[255, [34, 'list'], [1, 3]]", "[68, {'a': 1, 'b': 2}, 1, 14]", "[106, 8, 1, 2]", "[13, 3]",
            "[255, [80, -1, 162, 'k'], [67, 'z', 9, 0]]", "[107, 65543, []]", "[27, 7, 35, -2, 3]", "hex:00119101");
    private static final List<String> BINS = List.of("[50, 10, [1, {'a': 2}], 'x', 2.5, nil]",
            "{'inner': {'x': 1}, 'list': [1, 2]}", "[#1| 1, 2, 3]", "{#3| 'a': 1, 'b': [#1| 2]}");

    @Test
    void mutatedInputsNeverThrow() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20000; i++) {
            byte[] op = mutate(rnd, CdtCase.opBytes(OPS.get(rnd.nextInt(OPS.size()))));
            String binText = BINS.get(rnd.nextInt(BINS.size()));
            byte[] bin = rnd.nextInt(4) == 0 ? null : mutate(rnd, Notation.mp(binText));
            int type = rnd.nextInt(10) == 0 ? 1 : binText.startsWith("{") ? 19 : 20;
            CdtResult r = CdtEngine.execute(3 + rnd.nextInt(2), type, bin, op);
            assertNotNull(r);
            assertTrue(CODES.contains(r.resultCode()), () -> "unexpected code " + r.resultCode());
            if (r.resultCode() == 0 && r.newBinValue() != null) {
                assertNotNull(Notation.render(CdtEngine.readView(r.newBinType(), r.newBinValue())));
            }
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random rnd = new Random(11);
        for (int i = 0; i < 20000; i++) {
            byte[] op = new byte[rnd.nextInt(24)];
            rnd.nextBytes(op);
            byte[] bin = new byte[rnd.nextInt(24)];
            rnd.nextBytes(bin);
            CdtResult r = CdtEngine.execute(3 + rnd.nextInt(2), 19 + rnd.nextInt(2), bin, op);
            assertTrue(CODES.contains(r.resultCode()));
            assertTrue(CdtEngine.prepareWrite(19 + rnd.nextInt(2), bin).resultCode() <= 1);
        }
    }

    @Test
    void hugeCountsAndIndexesAreSafe() {
        byte[] bin = Notation.mp("[1, 2, 3]");
        for (String op : List.of("[24, 7, -9223372036854775808, 18446744073709551615u]",
                "[27, 7, 2, 9223372036854775807, 9223372036854775807]", "[27, 7, 2, -9223372036854775808, 5]",
                "[3, 4294967296, 1]", "[10, -9223372036854775808, 9223372036854775807]",
                "[255, [144, 2147483647], [1, 1]]", "[255, [144, 2147483646], [1, 1]]", "[9, 2147483646, 1]",
                "[12, 2147483646]", "[4, 2000000000, [1]]")) {
            CdtResult r = CdtEngine.execute(op.startsWith("[24") || op.startsWith("[27") ? 3 : 4, 20, bin,
                    Notation.mp(op));
            assertTrue(CODES.contains(r.resultCode()), op);
        }
    }

    private static byte[] mutate(Random rnd, byte[] in) {
        byte[] b = in.clone();
        switch (rnd.nextInt(4)) {
            case 0:
                return java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            case 1:
                b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                return b;
            case 2:
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                return b;
            default:
                return b;
        }
    }
}
