package io.spikesdk.testkit.internal.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The msgpack model (exact stored bytes), the read view, WRITE canonicalisation and the server's value order. */
class CodecAndOrderTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String roundTrip(String hex) throws CdtException {
        return HEX.formatHex(MsgpackWriter.encode(MsgpackReader.readFully(HEX.parseHex(hex))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "05, 05",
        "d005, 05",
        "cd0005, 05",
        "d3ffffffffffffffff, ff",
        "cf0000000100000000, cf0000000100000000",
        "d30000000100000000, cf0000000100000000",
        "cfffffffffffffffff, cfffffffffffffffff",
        "ca3fc00000, ca3fc00000",
        "cb3ff8000000000000, cb3ff8000000000000",
        "a30361 62, a3036162",
        "c403040102, a3040102",
        "d903036162, a3036162",
        "94c70001010203, 94c70001010203",
        "92c7001001, 92c7001001",
        "82c70003c0a2036101, 82c70003c0a2036101",
        "d4ff00, d4ff00",
        "92c70a0101020304050607080910 03, 92c7000103"
    })
    void storedBytesAreCanonical(String in, String out) throws CdtException {
        assertEquals(out.replace(" ", ""), roundTrip(in.replace(" ", "")));
    }

    @ParameterizedTest(name = "{0} reads back as {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "{#16| 'a': 1}; {'a': 1}",
        "{#19| 'a': 1}; {#3| 'a': 1}",
        "{#2| 'a': 1}; {#2| 'a': 1}",
        "[#16| 1]; [1]",
        "[#17| 1, 2]; [#1| 1, 2]",
        "{#1| 'a': [#1| 1]}; {#1| 'a': [#1| 1]}"
    })
    void readViewStripsThePersistIndexFlag(String stored, String read) {
        int type = stored.startsWith("{") ? 19 : 20;
        assertEquals(read, Notation.render(CdtEngine.readView(type, Notation.mp(stored))));
    }

    @ParameterizedTest(name = "WRITE {0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "{'c': 1, 'a': 2, 'b': 3}; {'a': 2, 'b': 3, 'c': 1}",
        "{3: 'x', 1: 'y', 2: 'z', -5: 'w'}; {-5: 'w', 1: 'y', 2: 'z', 3: 'x'}",
        "[{'z': 1, 'y': 2}, 5]; [{'y': 2, 'z': 1}, 5]",
        "{'z': 1, 10: 1, 'a': 1, 2: 1, b'01': 1}; {2: 1, 10: 1, 'a': 1, 'z': 1, b'01': 1}",
        "{b'': 1}; {b'': 1}",
        "{1.5: 1}; rc1",
        "{[1]: 1}; rc1",
        "{'a': 1, 'a': 2}; rc1",
        "{#1| 'b': 1, 'a': 2}; rc1",
        "[#1| 3, 1]; rc1",
        "[1, *]; rc1"
    })
    void writeCanonicalisation(String in, String expected) {
        int type = in.startsWith("{") ? 19 : 20;
        CdtResult r = CdtEngine.prepareWrite(type, Notation.mp(in));
        if (expected.equals("rc1")) {
            assertEquals(1, r.resultCode());
        } else {
            assertEquals(0, r.resultCode());
            assertEquals(expected, Notation.render(r.newBinValue()));
        }
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "nil; false", "false; true", "true; -100", "-1; 0", "0; 18446744073709551615u", "9223372036854775807; 'a'",
        "'a'; 'ab'", "'b'; []", "[]; [nil]", "[1, 2]; [1, 3]", "[1]; [1, nil]", "[5]; {}", "{'z': 1}; {'a': 1, 'b': 1}",
        "{}; b''", "b''; b'00'", "b'ff'; r'0700'", "r'0700'; 1.0", "1000; 0.5", "-1.0; 0.0", "0.5; 1.5f",
        "1.5; r'17'", "1.0; INF", "'z'; INF"
    })
    void totalOrder(String lo, String hi) throws CdtException {
        Element a = MsgpackReader.readFully(Notation.mp(lo));
        Element b = MsgpackReader.readFully(Notation.mp(hi));
        assertTrue(ElementOrder.compare(a, b) < 0, lo + " < " + hi);
        assertTrue(ElementOrder.compare(b, a) > 0, hi + " > " + lo);
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "-0.0; 0.0", "1.0f; 1.0", "*; 5", "[1, *]; [1, 2, 3]", "[1, *, 9]; [1, 'x']", "{'a': *}; {'a': [1]}",
        "INF; INF", "{#1| 'a': 1}; {'a': 1}", "[#1| 1]; [1]"
    })
    void equalities(String x, String y) throws CdtException {
        Element a = MsgpackReader.readFully(Notation.mp(x));
        Element b = MsgpackReader.readFully(Notation.mp(y));
        assertEquals(0, ElementOrder.compare(a, b));
        assertEquals(0, ElementOrder.compare(b, a));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {"1; 1.0", "[1, *]; [1]", "'a'; b'61'", "{'a': 1}; {'a': 1, 'b': *}"})
    void inequalities(String x, String y) throws CdtException {
        assertTrue(ElementOrder.compare(MsgpackReader.readFully(Notation.mp(x)),
                MsgpackReader.readFully(Notation.mp(y))) != 0);
    }

    @ParameterizedTest(name = "malformed {0}")
    @CsvSource({"c1", "92 01", "a5 0361", "dd ffffffff", "c7", "cb 00", "81 01"})
    void malformedInputIsAParameterError(String hex) {
        byte[] bytes = HEX.parseHex(hex.replace(" ", ""));
        CdtException e = org.junit.jupiter.api.Assertions.assertThrows(CdtException.class,
                () -> MsgpackReader.readFully(bytes));
        assertEquals(4, e.resultCode());
        assertEquals(4, CdtEngine.execute(3, 20, bytes, Notation.mp("[16]")).resultCode());
        assertEquals(4, CdtEngine.execute(3, 20, Notation.mp("[1]"), bytes).resultCode());
    }

    @org.junit.jupiter.api.Test
    void orderedInsertPositionComesFromABinarySearchHit() {
        byte[] bin = Notation.mp("[#1|]");
        for (String v : List.of("0.0", "-0.0", "0.0", "-0.0")) {
            bin = CdtEngine.execute(4, 20, bin, Notation.mp("[1, " + v + "]")).newBinValue();
        }
        assertEquals("[#1| -0.0, -0.0, 0.0, 0.0]", Notation.render(bin), "docs/embedded-server.md C8c");
    }

    @org.junit.jupiter.api.Test
    void unorderedMapBuiltBySinglePutsIsKeySorted() {
        byte[] bin = null;
        int type = 0;
        for (String k : List.of("'c'", "'a'", "'b'")) {
            CdtResult r = CdtEngine.execute(4, type, bin, Notation.mp("[67, " + k + ", 1]"));
            bin = r.newBinValue();
            type = r.newBinType();
        }
        assertEquals("{'a': 1, 'b': 1, 'c': 1}", Notation.render(bin), "docs/embedded-server.md C13");
        assertEquals("'a'", CdtCase.renderResult(CdtEngine.execute(3, 19, bin, Notation.mp("[98, 6, 0]"))),
                "docs/embedded-server.md C-6.1");
    }

    @org.junit.jupiter.api.Test
    void emptyMapShapedResultBytes() {
        byte[] bin = Notation.mp("{'a': 1}");
        assertEquals("81c70008c0", HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 8, 'z']")).resultValue()));
        assertEquals("81c70001c0", HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 17, 'z']")).resultValue()));
        assertEquals("80", HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 16, 'z']")).resultValue()));
        assertEquals("82c70008c0a2036101",
                HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 8, 'a']")).resultValue()));
        assertEquals("81a2036101", HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 16, 'a']")).resultValue()));
        assertEquals("82c70001c0a2036101",
                HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 17, 'a']")).resultValue()));
        assertEquals(19, CdtEngine.execute(3, 19, bin, Notation.mp("[97, 16, 'z']")).resultType());
        assertEquals("00", HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[97, 13, 'z']")).resultValue()));
        assertEquals(17, CdtEngine.execute(3, 19, bin, Notation.mp("[97, 13, 'z']")).resultType());
        assertEquals("90", HEX.formatHex(CdtEngine.execute(3, 19, bin, Notation.mp("[103, 7, 'x']")).resultValue()));
    }

    @org.junit.jupiter.api.Test
    void positiveIntsAbove32BitsComeBackInUint64Form() {
        CdtResult r = CdtEngine.execute(4, 20, Notation.mp("[4294967295]"), Notation.mp("[12, 0, 1]"));
        assertEquals("91cf0000000100000000", HEX.formatHex(r.newBinValue()), "docs/embedded-server.md C9");
    }
}
