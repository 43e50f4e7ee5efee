package io.spikesdk.testkit.internal.cdt;

import io.spikesdk.testkit.internal.exp.PathExpressionSupport;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One table row: bin before, op type and op (in {@link Notation}), expected result code, reply entry and bin after.
 * Bin: {@code -} absent, {@code [..]} list, {@code {..}} map, {@code int:5} / {@code str:x} other particles.
 * Result: {@code -} no op entry, else the particle rendered ({@code 4} INTEGER, {@code 2.5} DOUBLE, {@code 'x'}
 * STRING, {@code true} BOOL, {@code [..]}/{@code {..}} LIST/MAP msgpack, {@code b'..'} BLOB).
 * Bin after: {@code =} unchanged (same bytes, binChanged false), {@code -} absent, else the stored bin.
 */
record CdtCase(String name, String bin, int opType, String op, int rc, String result, String after) {
    static final int R = 3;
    static final int W = 4;

    static CdtCase row(String name, String bin, int opType, String op, int rc, String result, String after) {
        return new CdtCase(name, bin, opType, op, rc, result, after);
    }

    /** A failing row: the bin must stay as it was and no entry is produced. */
    static CdtCase error(String name, String bin, int opType, String op, int rc) {
        return new CdtCase(name, bin, opType, op, rc, "-", "=");
    }

    static Stream<DynamicTest> tests(List<CdtCase> rows) {
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.name + " :: " + r.op, r::check));
    }

    static int binType(String bin) {
        if (bin.equals("-")) {
            return 0;
        }
        if (bin.startsWith("int:")) {
            return 1;
        }
        if (bin.startsWith("str:")) {
            return 3;
        }
        return bin.startsWith("{") ? 19 : 20;
    }

    static byte[] binBytes(String bin) {
        if (bin.equals("-")) {
            return null;
        }
        if (bin.startsWith("int:")) {
            return HexFormat.of().parseHex(String.format("%016x", Long.parseLong(bin.substring(4))));
        }
        if (bin.startsWith("str:")) {
            return bin.substring(4).getBytes(StandardCharsets.UTF_8);
        }
        return Notation.mp(bin);
    }

    static byte[] opBytes(String op) {
        return op.startsWith("hex:") ? HexFormat.of().parseHex(op.substring(4)) : Notation.mp(op);
    }

    CdtResult execute() {
        return CdtEngine.execute(opType, binType(bin), binBytes(bin), opBytes(op), PathExpressionSupport.INSTANCE);
    }

    void check() {
        byte[] before = binBytes(bin);
        CdtResult r = execute();
        assertEquals(rc, r.resultCode(), "result code");
        assertEquals(result, renderResult(r), "reply entry");
        if (after.equals("=")) {
            assertFalse(r.binChanged(), "bin must not change");
            assertArrayEquals(before, r.newBinValue(), "bin bytes");
        } else if (after.equals("-")) {
            assertNull(r.newBinValue(), "bin must stay absent");
        } else {
            assertEquals(after, Notation.render(r.newBinValue()), "bin after");
            assertEquals(binType(after), r.newBinType(), "bin particle type");
        }
    }

    static String renderResult(CdtResult r) {
        if (!r.hasResult()) {
            return "-";
        }
        byte[] v = r.resultValue();
        switch (r.resultType()) {
            case 1:
                assertEquals(8, v.length, "INTEGER particle size");
                return Long.toString(java.nio.ByteBuffer.wrap(v).getLong());
            case 2:
                return Double.toString(java.nio.ByteBuffer.wrap(v).getDouble());
            case 3:
                return "'" + new String(v, StandardCharsets.UTF_8) + "'";
            case 4:
                return "b'" + HexFormat.of().formatHex(v) + "'";
            case 17:
                assertEquals(1, v.length, "BOOL particle size");
                return v[0] == 1 ? "true" : "false";
            case 19:
            case 20:
                return Notation.render(v);
            default:
                return "type" + r.resultType() + ":" + HexFormat.of().formatHex(v);
        }
    }
}
