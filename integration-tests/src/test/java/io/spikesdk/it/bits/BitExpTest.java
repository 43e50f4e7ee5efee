package io.spikesdk.it.bits;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.BitOverflowAction;
import io.spikesdk.cdt.BitPolicy;
import io.spikesdk.cdt.BitResizeFlags;
import io.spikesdk.cdt.BitWriteFlags;
import io.spikesdk.exp.BitExp;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ExpOperations;
import io.spikesdk.exp.ExpReadFlags;
import io.spikesdk.exp.ExpWriteFlags;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bit expressions ({@link BitExp}) in filters and in ExpOperations reads and writes, through our client. */
class BitExpTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] BLOB = HEX.parseHex("0ff0");

    private static AerospikeClient client() {
        return BitTable.client();
    }

    private static Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, BitTable.SET, "exp-" + info.getDisplayName());
        client().delete(key);
        client().put(key, Bin.of("b", BLOB), Bin.of("n", 4L), Bin.of("i", 7L));
        return key;
    }

    private static Policy filter(Exp exp) {
        return Policy.builder().filterExpression(Exp.build(exp)).build();
    }

    private static Object read(Key key, Exp exp) {
        return client().operate(key, ExpOperations.read("r", Exp.build(exp))).getValue("r");
    }

    private static ResultCode code(Runnable r) {
        return assertThrows(AerospikeException.class, r::run).resultCode();
    }

    @Test
    void filtersOnCountsScansAndIntegers(TestInfo info) {
        Key key = key(info);
        Exp b = Exp.blobBin("b");
        assertNotNull(client().get(filter(Exp.eq(BitExp.count(Exp.val(0), Exp.val(16), b), Exp.val(8))), key));
        assertNull(client().get(filter(Exp.eq(BitExp.count(Exp.val(0), Exp.val(16), b), Exp.val(7))), key));
        assertNotNull(client().get(filter(Exp.eq(BitExp.lscan(Exp.intBin("n"), Exp.val(12), Exp.val(false), b),
                Exp.val(8))), key));
        assertNotNull(client().get(filter(Exp.eq(BitExp.getInt(Exp.val(4), Exp.val(8), true, b), Exp.val(-1))), key));
        assertNotNull(client().get(filter(Exp.eq(BitExp.get(Exp.val(4), Exp.val(4), b),
                Exp.val(HEX.parseHex("f0")))), key));
        // an op error (window past the end) or a non-blob bin makes the filter UNKNOWN: filtered out
        assertNull(client().get(filter(Exp.eq(BitExp.count(Exp.val(8), Exp.val(16), b), Exp.val(0))), key));
        assertNull(client().get(filter(Exp.eq(BitExp.count(Exp.val(0), Exp.val(8), Exp.blobBin("i")), Exp.val(0))), key));
        assertNull(client().get(filter(Exp.eq(BitExp.count(Exp.val(0), Exp.val(8), Exp.blobBin("none")), Exp.val(0))), key));
    }

    @Test
    void readsComputeOnAPrivateCopy(TestInfo info) {
        Key key = key(info);
        Exp b = Exp.blobBin("b");
        assertEquals(8L, read(key, BitExp.count(Exp.val(0), Exp.val(16), b)));
        assertEquals(11L, read(key, BitExp.rscan(Exp.val(0), Exp.val(16), Exp.val(true), b)));
        assertArrayEquals(HEX.parseHex("0ff00000"),
                (byte[]) read(key, BitExp.resize(BitPolicy.DEFAULT, Exp.val(4), BitResizeFlags.DEFAULT, b)));
        assertArrayEquals(HEX.parseHex("f00f"), (byte[]) read(key, BitExp.not(BitPolicy.DEFAULT, Exp.val(0), Exp.val(16), b)));
        assertArrayEquals(HEX.parseHex("0ff1"), (byte[]) read(key, BitExp.add(BitPolicy.DEFAULT, Exp.val(8), Exp.val(8),
                Exp.val(1), false, BitOverflowAction.FAIL, b)));
        assertArrayEquals(HEX.parseHex("ff"), (byte[]) read(key, BitExp.get(Exp.val(0), Exp.val(8),
                BitExp.lshift(BitPolicy.DEFAULT, Exp.val(0), Exp.val(16), Exp.intBin("n"), b))));
        assertArrayEquals(HEX.parseHex("00ff"), (byte[]) read(key, BitExp.insert(BitPolicy.DEFAULT, Exp.val(1),
                Exp.val(HEX.parseHex("ff")), Exp.nil())));
        assertArrayEquals(BLOB, client().get(key).getBytes("b"), "reads never change the bin");
    }

    @Test
    void failedOpsAreUnknown(TestInfo info) {
        Key key = key(info);
        Exp b = Exp.blobBin("b");
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(() -> read(key,
                BitExp.add(BitPolicy.DEFAULT, Exp.val(8), Exp.val(8), Exp.val(255), false, BitOverflowAction.FAIL, b))));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(() -> read(key, BitExp.not(BitPolicy.DEFAULT, Exp.val(0), Exp.val(8),
                Exp.nil()))));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(() -> read(key, BitExp.count(Exp.val(0), Exp.val(-1), b))));
        Record r = client().operate(key, ExpOperations.read("r", Exp.build(BitExp.getInt(Exp.val(9), Exp.val(8), false, b)),
                ExpReadFlags.EVAL_NO_FAIL));
        assertNull(r.getValue("r"));
        // NO_FAIL keeps the blob as it was
        assertArrayEquals(BLOB, (byte[]) read(key, BitExp.add(BitPolicy.of(BitWriteFlags.NO_FAIL), Exp.val(8), Exp.val(8),
                Exp.val(255), false, BitOverflowAction.FAIL, b)));
    }

    @Test
    void writesStoreTheModifiedBlob(TestInfo info) {
        Key key = key(info);
        Exp b = Exp.blobBin("b");
        client().operate(key, ExpOperations.write("b", Exp.build(BitExp.setInt(BitPolicy.DEFAULT, Exp.val(0), Exp.val(16),
                Exp.intBin("i"), b))));
        assertArrayEquals(HEX.parseHex("0007"), client().get(key).getBytes("b"));
        client().operate(key, ExpOperations.write("c", Exp.build(BitExp.remove(BitPolicy.DEFAULT, Exp.val(0), Exp.val(1), b))));
        assertArrayEquals(HEX.parseHex("07"), client().get(key).getBytes("c"));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(() -> client().operate(key, ExpOperations.write("c",
                Exp.build(BitExp.set(BitPolicy.DEFAULT, Exp.val(8), Exp.val(8), Exp.val(new byte[] {1}), Exp.blobBin("c")))))));
        client().operate(key, ExpOperations.write("c", Exp.build(BitExp.set(BitPolicy.DEFAULT, Exp.val(8), Exp.val(8),
                Exp.val(new byte[] {1}), Exp.blobBin("c"))), ExpWriteFlags.EVAL_NO_FAIL));
        assertArrayEquals(HEX.parseHex("07"), client().get(key).getBytes("c"));
    }

    @Test
    void filteredWrites(TestInfo info) {
        Key key = key(info);
        Expression lowBitSet = Exp.build(Exp.eq(BitExp.getInt(Exp.val(15), Exp.val(1), false, Exp.blobBin("b")), Exp.val(1)));
        WritePolicy onlyOdd = WritePolicy.builder().filterExpression(lowBitSet).failOnFilteredOut(true).build();
        assertEquals(ResultCode.FILTERED_OUT, code(() -> client().put(onlyOdd, key, Bin.of("x", 1L))));
        client().put(key, Bin.of("b", HEX.parseHex("0001")));
        client().put(onlyOdd, key, Bin.of("x", 1L));
        assertEquals(1L, client().get(key).getLong("x"));
    }
}
