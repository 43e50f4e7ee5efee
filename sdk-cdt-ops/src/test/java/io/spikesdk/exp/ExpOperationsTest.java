package io.spikesdk.exp;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Value;
import io.spikesdk.testfixtures.GoldenFrames;
import io.spikesdk.testfixtures.MessageFrame;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.exp.ByteCase.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expression operations match the official {@code ExpOperation}, and filters match captured golden frames. */
class ExpOperationsTest {

    /** Requests captured from the official client against a real server (test resource golden-frames.json). */
    private static final String GET_FILTER_OUT = "02030000000000541603000000000000000000000000000003e800040000000"
            + "0000500746573740000000b016f62735f676f6c64656e00000015042dcca28858d18d43d39d4b65c2bb8a44510001a70"
            + "00000092b9301935102a16900";
    private static final String GET_FILTER_PASS = "020300000000005d1601000000000000000000000000000003e80004000100"
            + "00000500746573740000000b016f62735f676f6c64656e00000015042dcca28858d18d43d39d4b65c2bb8a44510001a7"
            + "000000092b9303935102a1690a000000050100000169";
    private static final String EXP_READ = "020300000000005a1601800000000000000000000000000003e80003000100000005"
            + "00746573740000000b016f62735f676f6c64656e00000015042dcca28858d18d43d39d4b65c2bb8a44510001a70000000f"
            + "0704000172929316935102a1690200";

    private static final Expression DOUBLE_I = Exp.build(Exp.mul(Exp.intBin("i"), Exp.val(2)));
    private static final com.aerospike.client.exp.Expression OFFICIAL_DOUBLE_I =
            AsExp.build(AsExp.mul(AsExp.intBin("i"), AsExp.val(2)));

    private static byte[] payload(Operation op) {
        return ((Value.BytesValue) op.value()).value();
    }

    private static byte[] payload(com.aerospike.client.Operation op) {
        return (byte[]) op.value.getObject();
    }

    @TestFactory
    Stream<DynamicTest> readMatchesOfficialForEveryFlag() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int bits : new int[] {0, 16}) {
            tests.add(DynamicTest.dynamicTest("read flags " + bits, () -> {
                Operation ours = ExpOperations.read("r", DOUBLE_I, ExpReadFlags.fromCode(bits));
                com.aerospike.client.Operation theirs =
                        com.aerospike.client.exp.ExpOperation.read("r", OFFICIAL_DOUBLE_I, bits);
                assertEquals(Operation.Type.EXP_READ, ours.type());
                assertEquals(theirs.type.protocolType, ours.type().code());
                assertEquals(theirs.binName, ours.binName());
                assertEquals(theirs.value.getType(), ours.value().particleType());
                assertEquals(hex(payload(theirs)), hex(payload(ours)));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> writeMatchesOfficialForEveryFlagCombination() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int bits = 0; bits < 32; bits++) {
            int flags = bits;
            tests.add(DynamicTest.dynamicTest("write flags " + flags, () -> {
                Operation ours = ExpOperations.write("w", DOUBLE_I, ExpWriteFlags.fromCode(flags));
                com.aerospike.client.Operation theirs =
                        com.aerospike.client.exp.ExpOperation.write("w", OFFICIAL_DOUBLE_I, flags);
                assertEquals(Operation.Type.EXP_MODIFY, ours.type());
                assertEquals(theirs.type.protocolType, ours.type().code());
                assertEquals(theirs.binName, ours.binName());
                assertEquals(theirs.value.getType(), ours.value().particleType());
                assertEquals(hex(payload(theirs)), hex(payload(ours)));
            }));
        }
        return tests.stream();
    }

    @Test
    void namedFlagsCombineToTheirWireValues() {
        assertEquals(0, ExpWriteFlags.DEFAULT.code());
        assertEquals(com.aerospike.client.exp.ExpWriteFlags.CREATE_ONLY, ExpWriteFlags.CREATE_ONLY.code());
        assertEquals(com.aerospike.client.exp.ExpWriteFlags.UPDATE_ONLY, ExpWriteFlags.UPDATE_ONLY.code());
        assertEquals(com.aerospike.client.exp.ExpWriteFlags.ALLOW_DELETE, ExpWriteFlags.ALLOW_DELETE.code());
        assertEquals(com.aerospike.client.exp.ExpWriteFlags.POLICY_NO_FAIL, ExpWriteFlags.POLICY_NO_FAIL.code());
        assertEquals(com.aerospike.client.exp.ExpWriteFlags.EVAL_NO_FAIL, ExpWriteFlags.EVAL_NO_FAIL.code());
        assertEquals(com.aerospike.client.exp.ExpReadFlags.EVAL_NO_FAIL, ExpReadFlags.EVAL_NO_FAIL.code());
        assertEquals(com.aerospike.client.exp.ExpReadFlags.DEFAULT, ExpReadFlags.DEFAULT.code());
        ExpWriteFlags combined = ExpWriteFlags.of(ExpWriteFlags.UPDATE_ONLY, ExpWriteFlags.POLICY_NO_FAIL);
        assertEquals(10, combined.code());
        assertEquals(combined, ExpWriteFlags.UPDATE_ONLY.with(ExpWriteFlags.POLICY_NO_FAIL));
        assertEquals(true, combined.contains(ExpWriteFlags.POLICY_NO_FAIL));
        assertEquals(false, combined.contains(ExpWriteFlags.ALLOW_DELETE));
        assertEquals(ExpWriteFlags.DEFAULT, ExpWriteFlags.of());
        assertEquals(ExpReadFlags.EVAL_NO_FAIL, ExpReadFlags.fromCode(16));
    }

    @Test
    void defaultFlagOverloadsSendZero() {
        assertEquals(hex(payload(ExpOperations.read("r", DOUBLE_I, ExpReadFlags.DEFAULT))),
                hex(payload(ExpOperations.read("r", DOUBLE_I))));
        assertEquals(hex(payload(ExpOperations.write("w", DOUBLE_I, ExpWriteFlags.DEFAULT))),
                hex(payload(ExpOperations.write("w", DOUBLE_I))));
    }

    @Test
    void rejectsFlagsTheServerRejects() {
        assertThrows(IllegalArgumentException.class, () -> ExpReadFlags.fromCode(1));
        assertThrows(IllegalArgumentException.class, () -> ExpReadFlags.fromCode(32));
        assertThrows(IllegalArgumentException.class, () -> ExpWriteFlags.fromCode(32));
        assertThrows(IllegalArgumentException.class, () -> ExpWriteFlags.fromCode(-1));
        assertThrows(NullPointerException.class, () -> ExpOperations.read(null, DOUBLE_I));
        assertThrows(NullPointerException.class, () -> ExpOperations.write("w", null));
        assertThrows(NullPointerException.class, () -> ExpOperations.write("w", DOUBLE_I, null));
    }

    @Test
    void filterOfGetFilterOutFrame() {
        MessageFrame frame = MessageFrame.parse(HexFormat.of().parseHex(GET_FILTER_OUT));
        assertEquals(hex(frame.fields().get(MessageFrame.FILTER_EXP)),
                hex(Exp.build(Exp.eq(Exp.intBin("i"), Exp.val(0))).bytes()));
    }

    @Test
    void filterOfGetFilterPassFrame() {
        MessageFrame frame = MessageFrame.parse(HexFormat.of().parseHex(GET_FILTER_PASS));
        assertEquals(hex(frame.fields().get(MessageFrame.FILTER_EXP)),
                hex(Exp.build(Exp.gt(Exp.intBin("i"), Exp.val(10))).bytes()));
    }

    @Test
    void operationOfExpReadFrame() {
        MessageFrame frame = MessageFrame.parse(HexFormat.of().parseHex(EXP_READ));
        assertEquals(1, frame.ops().size());
        MessageFrame.Op captured = frame.ops().get(0);
        Operation ours = ExpOperations.read("r", DOUBLE_I, ExpReadFlags.DEFAULT);
        assertEquals(captured.type(), ours.type().code());
        assertEquals(captured.particleType(), ours.value().particleType());
        assertEquals(captured.name(), ours.binName());
        assertEquals(hex(captured.value()), hex(payload(ours)));
    }

    @Test
    void embeddedFramesEqualTheGoldenFile() {
        assertEquals(GET_FILTER_OUT, requestHex("get_filter_out"));
        assertEquals(GET_FILTER_OUT, requestHex("get_filter_out_fail"));
        assertEquals(GET_FILTER_PASS, requestHex("get_filter_pass"));
        assertEquals(EXP_READ, requestHex("exp_read"));
    }

    private static String requestHex(String name) {
        return hex(GoldenFrames.named(name).request());
    }
}
