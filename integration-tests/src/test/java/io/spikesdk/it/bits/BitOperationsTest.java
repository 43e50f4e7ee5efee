package io.spikesdk.it.bits;

import io.spikesdk.cdt.BitOperations;
import io.spikesdk.cdt.BitPolicy;
import io.spikesdk.cdt.BitResizeFlags;
import io.spikesdk.cdt.BitWriteFlags;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.BIN_EXISTS_ERROR;
import static io.spikesdk.api.ResultCode.BIN_NOT_FOUND;
import static io.spikesdk.api.ResultCode.BIN_TYPE_ERROR;
import static io.spikesdk.api.ResultCode.OP_NOT_APPLICABLE;
import static io.spikesdk.api.ResultCode.PARAMETER_ERROR;
import static io.spikesdk.cdt.BitOverflowAction.FAIL;
import static io.spikesdk.cdt.BitOverflowAction.SATURATE;
import static io.spikesdk.cdt.BitOverflowAction.WRAP;
import static io.spikesdk.it.bits.BitTable.fails;
import static io.spikesdk.it.bits.BitTable.row;

/**
 * Every bit operation through our client, with its flags and error paths (docs/cdt-and-expressions.md §7.1 and
 * the real server's particle_blob.c rules). Offsets and sizes are in bits except for resize, insert and remove.
 */
class BitOperationsTest {
    private static final String B = "b";
    private static final BitPolicy DEFAULT = BitPolicy.DEFAULT;
    private static final BitPolicy CREATE_ONLY = policy(BitWriteFlags.CREATE_ONLY);
    private static final BitPolicy CREATE_ONLY_NO_FAIL = policy(BitWriteFlags.CREATE_ONLY, BitWriteFlags.NO_FAIL);
    private static final BitPolicy UPDATE_ONLY = policy(BitWriteFlags.UPDATE_ONLY);
    private static final BitPolicy UPDATE_ONLY_NO_FAIL = policy(BitWriteFlags.UPDATE_ONLY, BitWriteFlags.NO_FAIL);
    private static final BitPolicy CREATE_AND_UPDATE = policy(BitWriteFlags.CREATE_ONLY, BitWriteFlags.UPDATE_ONLY);
    private static final BitPolicy NO_FAIL = policy(BitWriteFlags.NO_FAIL);
    private static final BitPolicy PARTIAL = policy(BitWriteFlags.PARTIAL);
    private static final BitPolicy PARTIAL_NO_FAIL = policy(BitWriteFlags.PARTIAL, BitWriteFlags.NO_FAIL);
    private static final byte[] FF = {(byte) 0xff};

    private static BitPolicy policy(BitWriteFlags... flags) {
        return BitPolicy.of(BitWriteFlags.of(flags));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> resize() {
        BitResizeFlags none = BitResizeFlags.DEFAULT;
        BitResizeFlags front = BitResizeFlags.FROM_FRONT;
        return BitTable.run("resize", List.of(
            row("-", BitOperations.resize(DEFAULT, B, 3, none), "-", "000000"),
            row("0102", BitOperations.resize(DEFAULT, B, 4, none), "-", "01020000"),
            row("0102", BitOperations.resize(DEFAULT, B, 4, front), "-", "00000102"),
            row("010203", BitOperations.resize(DEFAULT, B, 1, none), "-", "01"),
            row("010203", BitOperations.resize(DEFAULT, B, 1, front), "-", "03"),
            row("0102", BitOperations.resize(DEFAULT, B, 0, none), "-", ""),
            row("", BitOperations.resize(DEFAULT, B, 2, front), "-", "0000"),
            row("-", BitOperations.resize(DEFAULT, B, 0, none), "-", "-"),
            row("0102", BitOperations.resize(DEFAULT, B, 2, none), "-"),
            fails("0102", BitOperations.resize(DEFAULT, B, 1, BitResizeFlags.GROW_ONLY), PARAMETER_ERROR),
            row("0102", BitOperations.resize(NO_FAIL, B, 1, BitResizeFlags.GROW_ONLY), "-"),
            row("0102", BitOperations.resize(DEFAULT, B, 3, BitResizeFlags.GROW_ONLY), "-", "010200"),
            fails("0102", BitOperations.resize(DEFAULT, B, 3, BitResizeFlags.SHRINK_ONLY), PARAMETER_ERROR),
            row("0102", BitOperations.resize(NO_FAIL, B, 3, BitResizeFlags.SHRINK_ONLY), "-"),
            row("0102", BitOperations.resize(DEFAULT, B, 1, BitResizeFlags.SHRINK_ONLY.with(front)), "-", "02"),
            fails("0102", BitOperations.resize(DEFAULT, B, 2,
                BitResizeFlags.GROW_ONLY.with(BitResizeFlags.SHRINK_ONLY)), PARAMETER_ERROR),
            fails("0102", BitOperations.resize(CREATE_ONLY, B, 4, none), BIN_EXISTS_ERROR),
            row("0102", BitOperations.resize(CREATE_ONLY_NO_FAIL, B, 4, none), "-"),
            row("-", BitOperations.resize(CREATE_ONLY, B, 1, none), "-", "00"),
            fails("-", BitOperations.resize(UPDATE_ONLY, B, 1, none), BIN_NOT_FOUND),
            row("-", BitOperations.resize(UPDATE_ONLY_NO_FAIL, B, 1, none), "-"),
            row("0102", BitOperations.resize(UPDATE_ONLY, B, 1, none), "-", "01"),
            fails("0102", BitOperations.resize(CREATE_AND_UPDATE, B, 1, none), PARAMETER_ERROR),
            fails("0102", BitOperations.resize(PARTIAL, B, 1, none), PARAMETER_ERROR),
            fails("0102", BitOperations.resize(DEFAULT, B, -1, none), PARAMETER_ERROR),
            fails("int", BitOperations.resize(DEFAULT, B, 3, none), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicTest> insert() {
        return BitTable.run("insert", List.of(
            row("0102", BitOperations.insert(DEFAULT, B, 1, FF), "-", "01ff02"),
            row("0102", BitOperations.insert(DEFAULT, B, 0, bytes(0xaa, 0xbb)), "-", "aabb0102"),
            row("0102", BitOperations.insert(DEFAULT, B, 2, FF), "-", "0102ff"),
            row("0102", BitOperations.insert(DEFAULT, B, 4, FF), "-", "01020000ff"),
            row("0102", BitOperations.insert(DEFAULT, B, -1, FF), "-", "01ff02"),
            row("0102", BitOperations.insert(DEFAULT, B, -2, FF), "-", "ff0102"),
            fails("0102", BitOperations.insert(DEFAULT, B, -3, FF), PARAMETER_ERROR),
            row("-", BitOperations.insert(DEFAULT, B, 1, bytes(0xaa, 0xbb)), "-", "00aabb"),
            row("", BitOperations.insert(DEFAULT, B, 0, FF), "-", "ff"),
            fails("-", BitOperations.insert(DEFAULT, B, -1, FF), PARAMETER_ERROR),
            fails("0102", BitOperations.insert(DEFAULT, B, 0, new byte[0]), PARAMETER_ERROR),
            fails("0102", BitOperations.insert(CREATE_ONLY, B, 0, FF), BIN_EXISTS_ERROR),
            row("-", BitOperations.insert(CREATE_ONLY, B, 0, FF), "-", "ff"),
            fails("-", BitOperations.insert(UPDATE_ONLY, B, 0, FF), BIN_NOT_FOUND),
            row("-", BitOperations.insert(UPDATE_ONLY_NO_FAIL, B, 0, FF), "-"),
            fails("0102", BitOperations.insert(PARTIAL, B, 0, FF), PARAMETER_ERROR),
            fails("int", BitOperations.insert(DEFAULT, B, 0, FF), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicTest> remove() {
        return BitTable.run("remove", List.of(
            row("010203", BitOperations.remove(DEFAULT, B, 1, 1), "-", "0103"),
            row("010203", BitOperations.remove(DEFAULT, B, 0, 3), "-", ""),
            row("010203", BitOperations.remove(DEFAULT, B, -1, 1), "-", "0102"),
            fails("010203", BitOperations.remove(DEFAULT, B, 2, 2), PARAMETER_ERROR),
            row("010203", BitOperations.remove(PARTIAL, B, 2, 2), "-", "0102"),
            row("010203", BitOperations.remove(PARTIAL, B, 1, 9), "-", "01"),
            row("010203", BitOperations.remove(NO_FAIL, B, 2, 2), "-"),
            fails("010203", BitOperations.remove(DEFAULT, B, 3, 1), PARAMETER_ERROR),
            fails("010203", BitOperations.remove(PARTIAL, B, 3, 1), PARAMETER_ERROR),
            row("010203", BitOperations.remove(NO_FAIL, B, 3, 1), "-"),
            fails("", BitOperations.remove(DEFAULT, B, 0, 1), PARAMETER_ERROR),
            fails("010203", BitOperations.remove(DEFAULT, B, 0, 0), PARAMETER_ERROR),
            fails("010203", BitOperations.remove(DEFAULT, B, -4, 1), PARAMETER_ERROR),
            fails("010203", BitOperations.remove(CREATE_ONLY, B, 0, 1), PARAMETER_ERROR),
            fails("-", BitOperations.remove(DEFAULT, B, 0, 1), BIN_NOT_FOUND),
            row("-", BitOperations.remove(NO_FAIL, B, 0, 1), "-"),
            fails("int", BitOperations.remove(DEFAULT, B, 0, 1), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicTest> setOrXorAnd() {
        return BitTable.run("setOrXorAnd", List.of(
            row("0000", BitOperations.set(DEFAULT, B, 4, 8, FF), "-", "0ff0"),
            row("0000", BitOperations.set(DEFAULT, B, 4, 4, bytes(0xa0)), "-", "0a00"),
            row("ffff", BitOperations.set(DEFAULT, B, 3, 9, bytes(0x00, 0x7f)), "-", "e00f"),
            row("0000", BitOperations.set(DEFAULT, B, -12, 8, FF), "-", "0ff0"),
            fails("00", BitOperations.set(DEFAULT, B, 4, 8, FF), OP_NOT_APPLICABLE),
            row("00", BitOperations.set(PARTIAL, B, 4, 8, FF), "-", "0f"),
            row("00", BitOperations.set(NO_FAIL, B, 4, 8, FF), "-"),
            fails("00", BitOperations.set(DEFAULT, B, 8, 1, FF), OP_NOT_APPLICABLE),
            fails("00", BitOperations.set(PARTIAL, B, 8, 1, FF), OP_NOT_APPLICABLE),
            row("00", BitOperations.set(PARTIAL_NO_FAIL, B, 8, 1, FF), "-"),
            fails("0000", BitOperations.set(DEFAULT, B, 0, 16, FF), PARAMETER_ERROR),
            fails("0000", BitOperations.set(DEFAULT, B, 0, 0, FF), PARAMETER_ERROR),
            fails("0000", BitOperations.set(CREATE_ONLY, B, 0, 8, FF), PARAMETER_ERROR),
            fails("", BitOperations.set(DEFAULT, B, 0, 8, FF), OP_NOT_APPLICABLE),
            fails("-", BitOperations.set(DEFAULT, B, 0, 8, FF), BIN_NOT_FOUND),
            row("-", BitOperations.set(NO_FAIL, B, 0, 8, FF), "-"),
            fails("int", BitOperations.set(DEFAULT, B, 0, 8, FF), BIN_TYPE_ERROR),
            row("0f00", BitOperations.or(DEFAULT, B, 4, 8, FF), "-", "0ff0"),
            row("0000", BitOperations.or(DEFAULT, B, 1, 3, bytes(0xa0)), "-", "5000"),
            row("ffff", BitOperations.xor(DEFAULT, B, 4, 8, FF), "-", "f00f"),
            row("00ff", BitOperations.xor(DEFAULT, B, 0, 16, bytes(0xff, 0xff, 0x12)), "-", "ff00"),
            row("ffff", BitOperations.and(DEFAULT, B, 4, 8, bytes(0x0f)), "-", "f0ff"),
            fails("ffff", BitOperations.and(DEFAULT, B, 12, 8, FF), OP_NOT_APPLICABLE),
            row("ffff", BitOperations.and(PARTIAL, B, 4, 20, bytes(0, 0, 0)), "-", "f000"),
            fails("-", BitOperations.or(DEFAULT, B, 0, 8, FF), BIN_NOT_FOUND)));
    }

    @TestFactory
    Stream<DynamicTest> notAndShifts() {
        return BitTable.run("notAndShifts", List.of(
            row("f00f", BitOperations.not(DEFAULT, B, 2, 4), "-", "cc0f"),
            row("f00f", BitOperations.not(DEFAULT, B, 0, 16), "-", "0ff0"),
            row("f00f", BitOperations.not(DEFAULT, B, -1, 1), "-", "f00e"),
            row("00", BitOperations.not(PARTIAL, B, 6, 10), "-", "03"),
            fails("00", BitOperations.not(DEFAULT, B, 6, 10), OP_NOT_APPLICABLE),
            fails("-", BitOperations.not(DEFAULT, B, 0, 1), BIN_NOT_FOUND),
            row("0f", BitOperations.lshift(DEFAULT, B, 0, 8, 2), "-", "3c"),
            row("0180", BitOperations.lshift(DEFAULT, B, 4, 8, 1), "-", "0300"),
            row("ff", BitOperations.lshift(DEFAULT, B, 0, 8, 9), "-", "00"),
            row("ff", BitOperations.lshift(DEFAULT, B, 2, 4, 4), "-", "c3"),
            row("ffff", BitOperations.lshift(DEFAULT, B, 0, 16, 0), "-"),
            fails("01", BitOperations.lshift(DEFAULT, B, 15, 1, 8), OP_NOT_APPLICABLE),
            row("01", BitOperations.lshift(NO_FAIL, B, 15, 1, 8), "-"),
            row("0001", BitOperations.lshift(DEFAULT, B, 15, 1, 8), "-", "0000"),
            fails("0000", BitOperations.lshift(DEFAULT, B, 0, 8, -1), PARAMETER_ERROR),
            row("f0", BitOperations.rshift(DEFAULT, B, 0, 8, 2), "-", "3c"),
            row("ff", BitOperations.rshift(DEFAULT, B, 2, 4, 1), "-", "df"),
            row("ffff", BitOperations.rshift(DEFAULT, B, 4, 8, 12), "-", "f00f"),
            row("8001", BitOperations.rshift(DEFAULT, B, 0, 16, 15), "-", "0001"),
            row("ff", BitOperations.rshift(PARTIAL, B, 4, 8, 1), "-", "f7"),
            fails("ff", BitOperations.rshift(DEFAULT, B, 4, 8, 1), OP_NOT_APPLICABLE),
            fails("int", BitOperations.rshift(DEFAULT, B, 0, 8, 1), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicTest> integers() {
        return BitTable.run("integers", List.of(
            row("0001", BitOperations.add(DEFAULT, B, 0, 16, 5, false, FAIL), "-", "0006"),
            row("00f0", BitOperations.add(DEFAULT, B, 4, 8, 1, false, FAIL), "-", "0100"),
            fails("00ff", BitOperations.add(DEFAULT, B, 8, 8, 1, false, FAIL), OP_NOT_APPLICABLE),
            row("00ff", BitOperations.add(NO_FAIL, B, 8, 8, 1, false, FAIL), "-"),
            row("00ff", BitOperations.add(DEFAULT, B, 8, 8, 1, false, SATURATE), "-", "00ff"),
            row("00fe", BitOperations.add(DEFAULT, B, 8, 8, 5, false, SATURATE), "-", "00ff"),
            row("00ff", BitOperations.add(DEFAULT, B, 8, 8, 1, false, WRAP), "-", "0000"),
            row("0001", BitOperations.add(DEFAULT, B, 8, 8, 0x1fe, false, FAIL), "-", "00ff"),
            fails("7f", BitOperations.add(DEFAULT, B, 0, 8, 1, true, FAIL), OP_NOT_APPLICABLE),
            row("7f", BitOperations.add(DEFAULT, B, 0, 8, 1, true, SATURATE), "-", "7f"),
            row("7f", BitOperations.add(DEFAULT, B, 0, 8, 1, true, WRAP), "-", "80"),
            row("ff", BitOperations.add(DEFAULT, B, 0, 8, 1, true, FAIL), "-", "00"),
            fails("80", BitOperations.add(DEFAULT, B, 0, 8, -1, true, FAIL), OP_NOT_APPLICABLE),
            row("80", BitOperations.add(DEFAULT, B, 0, 8, -1, true, SATURATE), "-", "80"),
            // the server sees a signed overflow only when the result's sign is strictly opposite: -128 + -128 = 0 passes
            row("80", BitOperations.add(DEFAULT, B, 0, 8, -128, true, FAIL), "-", "00"),
            row("7fffffffffffffff", BitOperations.add(DEFAULT, B, 0, 64, 1, true, SATURATE), "-", "7fffffffffffffff"),
            fails("ffffffffffffffff", BitOperations.add(DEFAULT, B, 0, 64, 1, false, FAIL), OP_NOT_APPLICABLE),
            fails("00", BitOperations.add(DEFAULT, B, 4, 8, 1, false, FAIL), OP_NOT_APPLICABLE),
            row("00", BitOperations.add(NO_FAIL, B, 4, 8, 1, false, FAIL), "-"),
            fails("00", BitOperations.add(PARTIAL, B, 0, 8, 1, false, FAIL), PARAMETER_ERROR),
            fails("00", BitOperations.add(DEFAULT, B, 0, 65, 1, false, FAIL), PARAMETER_ERROR),
            fails("00", BitOperations.add(DEFAULT, B, 0, 0, 1, false, FAIL), PARAMETER_ERROR),
            fails("-", BitOperations.add(DEFAULT, B, 0, 8, 1, false, FAIL), BIN_NOT_FOUND),
            fails("int", BitOperations.add(DEFAULT, B, 0, 8, 1, false, FAIL), BIN_TYPE_ERROR),
            fails("0000", BitOperations.subtract(DEFAULT, B, 8, 8, 1, false, FAIL), OP_NOT_APPLICABLE),
            row("0000", BitOperations.subtract(DEFAULT, B, 8, 8, 1, false, SATURATE), "-"),
            row("0000", BitOperations.subtract(DEFAULT, B, 8, 8, 1, false, WRAP), "-", "00ff"),
            row("0a", BitOperations.subtract(DEFAULT, B, 0, 8, 3, false, FAIL), "-", "07"),
            fails("80", BitOperations.subtract(DEFAULT, B, 0, 8, 1, true, FAIL), OP_NOT_APPLICABLE),
            row("80", BitOperations.subtract(DEFAULT, B, 0, 8, 1, true, SATURATE), "-", "80"),
            row("80", BitOperations.subtract(DEFAULT, B, 0, 8, 1, true, WRAP), "-", "7f"),
            row("7f", BitOperations.subtract(DEFAULT, B, 0, 8, -1, true, SATURATE), "-", "7f"),
            // 0 - (-128) in 8 signed bits: the server checks 0 + (-128) and sees no overflow
            row("00", BitOperations.subtract(DEFAULT, B, 0, 8, -128, true, FAIL), "-", "80"),
            row("0000", BitOperations.setInt(DEFAULT, B, 4, 8, 0x1ab), "-", "0ab0"),
            row("ffffffffffffffffff", BitOperations.setInt(DEFAULT, B, 4, 64, 0), "-", "f0000000000000000f"),
            fails("00", BitOperations.setInt(DEFAULT, B, 4, 8, 1), OP_NOT_APPLICABLE),
            row("00", BitOperations.setInt(NO_FAIL, B, 4, 8, 1), "-"),
            fails("00", BitOperations.setInt(DEFAULT, B, 0, 65, 1), PARAMETER_ERROR),
            fails("-", BitOperations.setInt(DEFAULT, B, 0, 8, 1), BIN_NOT_FOUND),
            fails("int", BitOperations.setInt(DEFAULT, B, 0, 8, 1), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        return BitTable.run("reads", List.of(
            row("0ff0", BitOperations.get(B, 4, 8), "ff"),
            row("0ff0", BitOperations.get(B, 4, 4), "f0"),
            row("0ff0", BitOperations.get(B, 1, 3), "00"),
            row("0ff0", BitOperations.get(B, 3, 10), "7f80"),
            row("0ff0", BitOperations.get(B, -4, 4), "00"),
            fails("0ff0", BitOperations.get(B, 12, 8), OP_NOT_APPLICABLE),
            fails("0ff0", BitOperations.get(B, 16, 1), OP_NOT_APPLICABLE),
            fails("0ff0", BitOperations.get(B, -20, 4), PARAMETER_ERROR),
            fails("0ff0", BitOperations.get(B, 0, 0), PARAMETER_ERROR),
            fails("", BitOperations.get(B, 0, 1), OP_NOT_APPLICABLE),
            row("-", BitOperations.get(B, 0, 8), "-"),
            row("-", BitOperations.get(B, 0, 0), "-"),
            fails("int", BitOperations.get(B, 0, 8), BIN_TYPE_ERROR),
            row("0ff0", BitOperations.count(B, 0, 16), "8"),
            row("0ff0", BitOperations.count(B, 2, 5), "3"),
            row("0ff0", BitOperations.count(B, -3, 3), "0"),
            fails("0ff0", BitOperations.count(B, 9, 8), OP_NOT_APPLICABLE),
            row("0ff0", BitOperations.lscan(B, 0, 16, true), "4"),
            row("0ff0", BitOperations.lscan(B, 4, 8, false), "-1"),
            row("0ff0", BitOperations.lscan(B, 0, 16, false), "0"),
            row("0ff0", BitOperations.lscan(B, 9, 7, false), "3"),
            row("0000", BitOperations.lscan(B, 0, 12, true), "-1"),
            row("0008", BitOperations.lscan(B, 0, 12, true), "-1"),
            row("0ff0", BitOperations.rscan(B, 0, 16, true), "11"),
            row("0ff0", BitOperations.rscan(B, 0, 16, false), "15"),
            row("0ff0", BitOperations.rscan(B, 4, 6, false), "-1"),
            row("0ff0", BitOperations.rscan(B, 0, 10, true), "9"),
            // the server's right scan does not mask the bits before the window: a match there gives a negative index
            row("8000", BitOperations.rscan(B, 2, 14, true), "-2"),
            row("80", BitOperations.rscan(B, 2, 3, true), "-2"),
            row("0000", BitOperations.rscan(B, 2, 14, true), "-1"),
            fails("0ff0", BitOperations.rscan(B, 8, 9, true), OP_NOT_APPLICABLE),
            row("ff", BitOperations.getInt(B, 0, 8, false), "255"),
            row("ff", BitOperations.getInt(B, 0, 8, true), "-1"),
            row("0ff0", BitOperations.getInt(B, 4, 8, false), "255"),
            row("0ff0", BitOperations.getInt(B, 4, 3, true), "-1"),
            row("0ff0", BitOperations.getInt(B, 3, 3, true), "3"),
            row("8000000000000001", BitOperations.getInt(B, 0, 64, false), "-9223372036854775807"),
            row("008000000000000000ff", BitOperations.getInt(B, 8, 64, true), "-9223372036854775808"),
            fails("ff", BitOperations.getInt(B, 0, 65, false), PARAMETER_ERROR),
            fails("ff", BitOperations.getInt(B, 1, 8, false), OP_NOT_APPLICABLE),
            fails("int", BitOperations.getInt(B, 0, 8, false), BIN_TYPE_ERROR)));
    }
}
