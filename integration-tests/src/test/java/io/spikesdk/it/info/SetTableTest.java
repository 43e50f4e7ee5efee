package io.spikesdk.it.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListWriteFlags;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;

/**
 * When a set enters a namespace's set table ({@code sets/ns/set} answers for it), as on CE 8.1.2.0: a write creating a
 * record names its set right after the existence and generation checks, so a create that fails later (in its ops)
 * still lists the set, while one refused earlier does not; a set name of over 63 bytes is refused there with 4. A real
 * server never forgets a set until it restarts, so every test uses set names of its own run.
 */
class SetTableTest extends OfficialClientTest {
    private static final String RUN = Long.toString(System.nanoTime() & 0xFF_FFFF_FFFFL, 36);

    @Test
    void aCreateFailingInItsOpsListsItsSet() {
        String set = "settab_op_" + RUN;
        Key key = new Key(TestTarget.NAMESPACE, set, 1);
        ListPolicy bounded = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.INSERT_BOUNDED);
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.operate(null, key, ListOperation.insert(bounded, "l", 5, Value.get(1))));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, e.getResultCode());
        assertFalse(client.exists(null, key));
        assertTrue(setInfo(set).startsWith("objects=0:"), setInfo(set));
    }

    @Test
    void aCreateLeavingNoBinListsItsSet() {
        String set = "settab_empty_" + RUN;
        Key key = new Key(TestTarget.NAMESPACE, set, 1);
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.operate(null, key, ListOperation.remove("l", 0)));
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, e.getResultCode());
        assertTrue(setInfo(set).startsWith("objects=0:"), setInfo(set));
    }

    @Test
    void aWriteRefusedBeforeCreatingListsNothing() {
        String set = "settab_refused_" + RUN;
        Key key = new Key(TestTarget.NAMESPACE, set, 1);
        WritePolicy updateOnly = new WritePolicy();
        updateOnly.recordExistsAction = RecordExistsAction.UPDATE_ONLY;
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, codeOf(() -> client.put(updateOnly, key, new Bin("a", 1))));
        WritePolicy generation = new WritePolicy();
        generation.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        generation.generation = 5;
        assertEquals(ResultCode.GENERATION_ERROR, codeOf(() -> client.put(generation, key, new Bin("a", 1))));
        assertEquals(ResultCode.BIN_NAME_TOO_LONG, codeOf(() -> client.put(null, key, new Bin("a_bin_name_too_long", 1))));
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, codeOf(() -> client.touch(null, key)));
        client.delete(null, key);
        client.get(null, key);
        assertEquals("", setInfo(set));
    }

    @Test
    void aSetNameOfOver63BytesIsRefused() {
        String longest = ("settab_" + RUN + "_").concat("x".repeat(63)).substring(0, 63);
        Key fits = new Key(TestTarget.NAMESPACE, longest, 1);
        client.put(null, fits, new Bin("a", 1));
        assertEquals(1, client.get(null, fits).getInt("a"));
        client.delete(null, fits);
        String tooLong = longest + "y";
        assertEquals(ResultCode.PARAMETER_ERROR,
                codeOf(() -> client.put(null, new Key(TestTarget.NAMESPACE, tooLong, 1), new Bin("a", 1))));
        assertEquals("", setInfo(tooLong));
    }

    private static int codeOf(Runnable write) {
        return assertThrows(AerospikeException.class, write::run).getResultCode();
    }

    private static String setInfo(String set) {
        return Info.request(null, client.getNodes()[0], "sets/" + TestTarget.NAMESPACE + "/" + set);
    }
}
