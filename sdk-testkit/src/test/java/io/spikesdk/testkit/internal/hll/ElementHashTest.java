package io.spikesdk.testkit.internal.hll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Elements are hashed in the shortest msgpack form, as the server's compactify leaves them. */
class ElementHashTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String normalized(String hex) {
        return HEX.formatHex(ElementHash.normalize(HEX.parseHex(hex)));
    }

    @Test
    void integersTakeTheirShortestForm() {
        assertEquals("07", normalized("cc07"));
        assertEquals("cc80", normalized("cd0080"));
        assertEquals("d09c", normalized("d1ff9c"));
        assertEquals("ff", normalized("d3ffffffffffffffff"));
        assertEquals("cfffffffffffffffff", normalized("cfffffffffffffffff"));
        assertEquals("d2ffff63c0", normalized("d2ffff63c0"));
    }

    @Test
    void binHeadersBecomeStrHeadersOnlyWhenShorter() {
        assertEquals("a3030102", normalized("c403030102"));
        assertEquals("a3030102", normalized("d903030102"));
        String forty = "00".repeat(40);
        assertEquals("c428" + forty, normalized("c428" + forty), "a bin8 of 32+ bytes is already compact");
        assertEquals("d928" + forty, normalized("c50028" + forty));
        assertEquals("d928" + forty, normalized("da0028" + forty));
    }

    @Test
    void extHeadersShrink() {
        assertEquals("d40501", normalized("c7010501"));
        assertEquals("c70305010203", normalized("c8000305010203"));
        assertEquals("c70005", normalized("c8000005"));
        assertEquals("c70005", normalized("c70005"));
    }

    @Test
    void otherElementsAreHashedAsSent() {
        assertEquals("cb4004000000000000", normalized("cb4004000000000000"));
        assertEquals("c3", normalized("c3"));
    }

    @Test
    void registerAndValueComeFromBothHashHalves() {
        ElementHash h = ElementHash.of(HEX.parseHex("01"), 4, 0);
        long[] halves = Murmur3.hash128(HEX.parseHex("01"));
        assertEquals((int) (halves[0] & 15), h.register());
        assertEquals(Long.numberOfTrailingZeros(halves[1]) + 1, h.value());
    }
}
