package io.spikesdk.testkit.internal.hll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.spikesdk.api.ParticleType;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The engine against sketches and answers the real CE 8.1.2.0 server gave for the same ops. */
class HllEngineTest {
    private static final HexFormat HEX = HexFormat.of();
    /** msgpack of the official client's values 1, 2, 3, "abc", 2.5. */
    private static final String VALUES = "95010203a4036162" + "63cb4004000000000000";
    private static final String REAL_SKETCH_4_0 = "0004000000000000000000000040001040003080000000";
    private static final String REAL_SKETCH_4_8 =
            "0004080000000000000000000000007bc000000012d078400000003e5085c00000000000000000";

    private static byte[] op(String hex) {
        return HEX.parseHex(hex);
    }

    private static HllResult modify(byte[] bin, String opHex) {
        return HllEngine.execute(true, ParticleType.HLL, bin, op(opHex));
    }

    private static HllResult read(byte[] bin, String opHex) {
        return HllEngine.execute(false, ParticleType.HLL, bin, op(opHex));
    }

    /** {@code [code, [sketch with BLOB prefix]]}. */
    private static String withSketch(int code, byte[] sketch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x92);
        out.write(code);
        out.write(0x91);
        out.write(0xc4);
        out.write(sketch.length + 1);
        out.write(4);
        out.writeBytes(sketch);
        return HEX.formatHex(out.toByteArray());
    }

    @Test
    void addWritesTheRealServersSketch() {
        HllResult plain = HllEngine.execute(true, 0, null, op("95" + "01" + VALUES + "0400" + "00"));
        assertEquals(REAL_SKETCH_4_0, HEX.formatHex(plain.newSketch()));
        assertEquals(ParticleType.INTEGER, plain.resultType());
        assertEquals(5, ResultBytesTest.longOf(plain.resultValue()));
        HllResult minhash = HllEngine.execute(true, 0, null, op("95" + "01" + VALUES + "0408" + "00"));
        assertEquals(REAL_SKETCH_4_8, HEX.formatHex(minhash.newSketch()));
    }

    @Test
    void countAndSimilarityAreTheRealServersNumbers() {
        byte[] plain = HEX.parseHex(REAL_SKETCH_4_0);
        byte[] minhash = HEX.parseHex(REAL_SKETCH_4_8);
        assertEquals(6, ResultBytesTest.longOf(read(plain, "9132").resultValue()));
        HllResult similarity = read(minhash, withSketch(54, minhash));
        assertEquals(ParticleType.DOUBLE, similarity.resultType());
        assertEquals(0.9996077864991895, Double.longBitsToDouble(ResultBytesTest.longOf(similarity.resultValue())));
    }

    @Test
    void checksRunInTheServersOrder() {
        byte[] plain = HEX.parseHex(REAL_SKETCH_4_0);
        assertEquals(4, HllEngine.execute(true, ParticleType.INTEGER, new byte[8], op("9133")).resultCode(),
                "a read op code in a modify is checked before the bin type");
        assertEquals(12, HllEngine.execute(false, ParticleType.INTEGER, new byte[8], op("9132")).resultCode());
        byte[] corrupt = plain.clone();
        corrupt[0] = 1;
        assertEquals(1, read(corrupt, "9132").resultCode(), "a stored sketch that is not valid");
        assertEquals(4, read(plain, "923200").resultCode(), "too many arguments");
        assertEquals(4, modify(null, "9301" + "91" + "91" + "01" + "04").resultCode(), "a list element");
        assertEquals(4, modify(null, "930090" + "04").resultCode(), "init with an empty list as index bits");
        assertEquals(4, modify(null, "94000403" + "00").resultCode(), "3 minhash bits");
        assertEquals(4, modify(null, "940010" + "34" + "00").resultCode(), "16 + 52 minhash bits");
        assertEquals(4, modify(null, "9400040003").resultCode(), "CREATE_ONLY with UPDATE_ONLY");
        assertEquals(6, modify(plain, "9400040001").resultCode());
        assertNull(modify(plain, "9400040005").newSketch(), "CREATE_ONLY | NO_FAIL leaves the sketch");
        assertEquals(17, modify(null, "9400040002").resultCode());
        assertEquals(26, modify(null, "9201" + "9101").resultCode(), "add cannot create without index bits");
        assertEquals(17, modify(null, "9103").resultCode(), "refresh of an absent bin");
        assertEquals(26, modify(HEX.parseHex(REAL_SKETCH_4_8), "920404").resultCode(), "fold with minhash bits");
        assertEquals(26, modify(plain, "920405").resultCode(), "fold to more index bits");
    }

    @Test
    void initKeepsUnsetBitsOfAnExistingSketch() {
        byte[] minhash = HEX.parseHex(REAL_SKETCH_4_8);
        HllResult r = modify(minhash, "9400" + "05" + "ff" + "00");
        assertEquals(5, r.newSketch()[1]);
        assertEquals(8, r.newSketch()[2]);
        HllResult described = read(r.newSketch(), "9137");
        assertArrayEquals(new byte[] {(byte) 0x92, 5, 8}, described.resultValue());
    }
}
