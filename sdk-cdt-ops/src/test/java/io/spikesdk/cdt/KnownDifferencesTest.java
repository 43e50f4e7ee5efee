package io.spikesdk.cdt;

import com.aerospike.client.cdt.ListOperation;
import io.spikesdk.api.Value;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one argument for which our bytes deliberately differ from the official client 9.0.5: a negative
 * {@code java.lang.Byte}. The official client packs {@code b & 0xFF} (so {@code (byte) -5} is sent as 251);
 * we keep the sign, as {@code Value.of(Byte)} (a LongValue) does. Positive bytes are identical.
 */
class KnownDifferencesTest {

    @Test
    void negativeByteKeepsItsSign() {
        byte[] ours = ((Value.BytesValue) ListOperations.append("b", (byte) -5).value()).value();
        byte[] theirs = (byte[]) ListOperation.append("b", com.aerospike.client.Value.get((byte) -5)).value.getObject();
        assertEquals("9201fb", Official.HEX.formatHex(ours));
        assertEquals("9201ccfb", Official.HEX.formatHex(theirs));
    }

    @Test
    void positiveByteIsIdentical() {
        Official.assertSameOperation(ListOperations.append("b", (byte) 100),
            ListOperation.append("b", com.aerospike.client.Value.get((byte) 100)));
    }
}
