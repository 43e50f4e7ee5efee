package io.spikesdk.testkit.internal.bits;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MsgpackWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The bit engine on raw op programs: parsing, window rules, the arithmetic and the real server's quirks. */
class BitEngineTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final int BLOB = ParticleType.BLOB;

    /** {@code [code, args...]}: Long → int, Boolean → bool, String → blob payload in hex (type byte added). */
    private static byte[] op(Object... items) {
        List<Element> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Boolean b) {
                out.add(new MpBool(b));
            } else if (item instanceof String hex) {
                byte[] data = HEX.parseHex(hex);
                byte[] payload = new byte[data.length + 1];
                payload[0] = (byte) BLOB;
                System.arraycopy(data, 0, payload, 1, data.length);
                out.add(new MpBytes(payload));
            } else {
                out.add(MpInt.of(((Number) item).longValue()));
            }
        }
        return MsgpackWriter.encode(new MpList(0, out));
    }

    private static String modify(String blob, byte[] program) {
        BitResult r = BitEngine.modify(BLOB, blob == null ? null : HEX.parseHex(blob), program);
        if (r.resultCode() != 0) {
            return "rc" + r.resultCode();
        }
        return r.newBlob() == null ? "unchanged" : HEX.formatHex(r.newBlob());
    }

    private static String read(String blob, byte[] program) {
        BitResult r = BitEngine.read(BLOB, blob == null ? null : HEX.parseHex(blob), program);
        if (r.resultCode() != 0) {
            return "rc" + r.resultCode();
        }
        if (!r.hasResult()) {
            return "none";
        }
        return r.resultType() == BLOB ? HEX.formatHex(r.resultValue()) : String.valueOf(Bytes.getLong(r.resultValue(), 0));
    }

    @Test
    void parsingRejectsWrongFamiliesCountsAndFlags() {
        assertEquals("rc4", modify("00", op(50, 0, 8)), "a read code in a modify op");
        assertEquals("rc4", read("00", op(3, 0, 8, "ff")), "a modify code in a read op");
        assertEquals("rc4", modify("00", op(13, 0)), "unknown code");
        assertEquals("rc4", modify("00", op(7, 0)), "NOT needs offset and size");
        assertEquals("rc4", modify("00", op(7, 0, 8, 0, 0)), "too many args");
        assertEquals("rc4", modify("00", op(7, 0, 8, 16)), "flag outside NOT's set");
        assertEquals("rc4", modify("00", op(0, 1, 3)), "CREATE_ONLY with UPDATE_ONLY");
        assertEquals("rc4", modify("00", op(0, 1, 0, 6)), "GROW_ONLY with SHRINK_ONLY");
        assertEquals("rc4", modify("00", op(10, 0, 8, 1, 0, 6)), "SATURATE with WRAP");
        assertEquals("rc4", read("00", op(54, 0, 8, 2)), "getInt takes only SIGNED");
        assertEquals("rc4", modify("00", op(8, 0, 8, -1)), "a negative shift reads as a huge one");
        assertEquals("rc4", modify("00", op(1, 0, "")), "payload of the type byte alone");
        assertEquals("rc4", read("00", op(52, 0, 8, 1)), "scan bit must be a boolean");
        assertEquals("rc4", modify("00", op(3, 0, 16, "ff")), "payload shorter than the size");
        assertEquals("rc4", modify("00", op(7, (128L << 20) * 8 + 1, 1)), "offset past the protocol limit");
    }

    @Test
    void binChecksComeInServerOrder() {
        assertEquals("rc6", modify("00", op(0, 2, 1)));
        assertEquals("unchanged", modify("00", op(0, 2, 5)));
        assertEquals("rc4", modify("00", op(0, 2, 16)), "parsing comes before the bin checks");
        assertEquals(12, BitEngine.modify(ParticleType.INTEGER, new byte[8], op(7, 0, 8)).resultCode());
        assertEquals(12, BitEngine.read(ParticleType.INTEGER, new byte[8], op(51, 0, 8)).resultCode());
        assertEquals(4, BitEngine.read(ParticleType.INTEGER, new byte[8], op(51, 0)).resultCode(), "parsed first");
        assertEquals("rc17", modify(null, op(7, 0, 8)));
        assertEquals("unchanged", modify(null, op(7, 0, 8, 4)));
        assertEquals("rc17", modify(null, op(0, 2, 2)));
        assertEquals("0000", modify(null, op(0, 2)));
        assertEquals("unchanged", modify(null, op(0, 0)), "resize to 0 of an absent bin creates nothing");
        assertEquals("rc4", modify(null, op(1, -1, "ff")), "negative offset on an absent bin");
    }

    @Test
    void clientOpsNeedABlobParticleExceptReadsOfAbsentBins() {
        assertEquals(12, BitEngine.fromClient(BitEngine.BIT_MODIFY, 20, BLOB, HEX.parseHex("00"), op(7, 0, 8)).resultCode());
        assertEquals(12, BitEngine.fromClient(BitEngine.BIT_READ, 20, BLOB, HEX.parseHex("00"), op(51, 0, 8)).resultCode());
        BitResult absent = BitEngine.fromClient(BitEngine.BIT_READ, 20, 0, null, new byte[] {(byte) 0xc1});
        assertEquals(0, absent.resultCode(), "a read of an absent bin is not even parsed");
        assertFalse(absent.hasResult());
        assertNull(absent.newBlob());
    }

    @Test
    void partialWindowsStartingPastTheFirstByteAreCutAtTheBlobsEnd() {
        // CE 8.1.2.0 crashes here (it keeps byte_offset * 8 extra bits in the cut size); the engine cuts at the end
        assertEquals("000fff", modify("000000", op(3, 12, 20, "ffffff", 8)));
        assertEquals("00f000", modify("00ffff", op(7, 12, 30, 8)));
        assertEquals("00ff07", modify("00ff0f", op(9, 17, 40, 1, 8)));
        assertEquals("00c0", modify("00f0", op(8, 8, 64, 2, 8)));
        assertEquals("0f", modify("00", op(3, 4, 8, "ff", 8)), "in the first byte the server cuts the same way");
        assertEquals("rc26", modify("00", op(3, 8, 8, "ff", 8)), "a window starting past the end is not cut");
    }

    @Test
    void signedOverflowFollowsTheServersStrictSignRule() {
        assertEquals("00", modify("80", op(10, 0, 8, -128, 0, 1)), "-128 + -128 = 0: no overflow seen");
        assertEquals("rc26", modify("80", op(10, 0, 8, -1, 0, 1)));
        assertEquals("80", modify("80", op(10, 0, 8, -1, 0, 3)), "saturate at the minimum");
        assertEquals("7f", modify("80", op(10, 0, 8, -1, 0, 5)), "wrap");
        assertEquals("80", modify("00", op(11, 0, 8, -128, 0, 1)), "0 - (-128) is checked as 0 + (-128)");
        assertEquals("7f", modify("7f", op(11, 0, 8, -1, 0, 3)));
        assertEquals("ff", modify("fe", op(10, 0, 8, 9, 0, 2)), "unsigned saturate");
        assertEquals("00", modify("02", op(11, 0, 8, 9, 0, 2)));
        assertEquals("7fffffffffffffff", modify("7fffffffffffffff", op(10, 0, 64, 1, 0, 3)));
        assertEquals("0ab0", modify("0000", op(12, 4, 8, 0x1ab)), "setInt keeps the low bits");
    }

    @Test
    void readsAndTheRightScanQuirk() {
        assertEquals("7f80", read("0ff0", op(50, 3, 10)));
        assertEquals("3", read("0ff0", op(51, 2, 5)));
        assertEquals("4", read("0ff0", op(52, 0, 16, true)));
        assertEquals("11", read("0ff0", op(53, 0, 16, true)));
        assertEquals("-2", read("8000", op(53, 2, 14, true)), "the bits before the window are not masked");
        assertEquals("-2", read("80", op(53, 2, 3, true)));
        assertEquals("-1", read("ff", op(54, 0, 8, 1)));
        assertEquals("255", read("ff", op(54, 0, 8)));
        assertEquals("rc26", read("ff", op(54, 1, 8)));
        assertEquals("rc4", read("ff", op(50, -9, 1)));
        assertEquals("rc26", read("", op(51, 0, 1)));
        assertEquals("none", read(null, op(51, 0, 1)));
    }

    @Test
    void resizeInsertRemove() {
        assertEquals("00000102", modify("0102", op(0, 4, 0, 1)));
        assertEquals("02", modify("0102", op(0, 1, 0, 1)));
        assertEquals("rc4", modify("0102", op(0, 1, 0, 2)));
        assertEquals("unchanged", modify("0102", op(0, 1, 4, 2)));
        assertEquals("01020000ff", modify("0102", op(1, 4, "ff")));
        assertEquals("01", modify("010203", op(2, 1, 9, 8)));
        assertEquals("rc4", modify("010203", op(2, 3, 1, 8)));
        assertEquals("rc4", modify("0102", op(0, 128L << 20)), "the blob must stay below the protocol limit");
    }
}
