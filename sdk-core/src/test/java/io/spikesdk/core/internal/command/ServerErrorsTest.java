package io.spikesdk.core.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.BinNameTooLongException;
import io.spikesdk.api.BinTypeException;
import io.spikesdk.api.Key;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.protocol.OpType;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Client-side limits ({@link RequestLimits}) and the ops named in server errors ({@link ServerErrors}). */
class ServerErrorsTest {
    private static final Key KEY = Key.of("test", "s", "k");

    @Test
    void binErrorsNameTheOpsAndKeepEverythingElse() {
        Request add = Requests.write(WritePolicy.DEFAULT, KEY, OpType.INCR, new Bin[] {Bin.of("s", 1)});
        AerospikeException server = AerospikeException.create(ResultCode.BIN_TYPE_ERROR, null, "BB9", true, 2);

        AerospikeException described = ServerErrors.describe(add, server);

        assertInstanceOf(BinTypeException.class, described);
        assertEquals("Operation not valid for the bin type (ADD on bin \"s\")", described.detail());
        assertEquals("BB9", described.node());
        assertTrue(described.inDoubt());
        assertEquals(2, described.attempts());
    }

    @Test
    void otherCodesAndOpsWithoutBinsAreLeftAlone() {
        Request put = Requests.write(WritePolicy.DEFAULT, KEY, OpType.WRITE, new Bin[] {Bin.of("s", 1)});
        AerospikeException busy = AerospikeException.create(ResultCode.KEY_BUSY, null, "BB9", false, 1);
        assertSame(busy, ServerErrors.describe(put, busy));

        Request touch = Requests.touch(WritePolicy.DEFAULT, KEY);
        AerospikeException parameter = AerospikeException.create(ResultCode.PARAMETER_ERROR, null, "BB9", false, 1);
        assertSame(parameter, ServerErrors.describe(touch, parameter));
    }

    @Test
    void binNamesUpTo15Utf8BytesPassAndLongerOnesAreNamed() {
        Requests.read(Policy.DEFAULT, KEY, new String[] {"a".repeat(15), "é".repeat(7) + "x", ""});
        BinNameTooLongException e = assertThrows(BinNameTooLongException.class,
                () -> Requests.read(Policy.DEFAULT, KEY, new String[] {"ok", "é".repeat(8)}));
        assertEquals("bin name \"éééééééé\" is 16 bytes long (UTF-8); Aerospike bin names are at most 15 bytes",
                e.detail());
    }

    @Test
    void upTo32768OpsPass() {
        Bin[] most = IntStream.range(0, 32_768).mapToObj(i -> Bin.of("b" + i, i)).toArray(Bin[]::new);
        Requests.write(WritePolicy.DEFAULT, KEY, OpType.WRITE, most);
        Bin[] tooMany = IntStream.range(0, 32_769).mapToObj(i -> Bin.of("b" + i, i)).toArray(Bin[]::new);
        assertThrows(ParameterException.class, () -> Requests.write(WritePolicy.DEFAULT, KEY, OpType.WRITE, tooMany));
    }
}
