package io.spikesdk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

/**
 * The order in which Aerospike CE 8.1.2.0 makes a command's checks, seen through which error wins when several
 * apply. A write: per op its bin name (21) and replace compatibility (4), then record existence (2), CREATE_ONLY
 * (5), generation (3), filter (27), TTL (4), the ops, and durable delete (25) only when the record would go. A read:
 * record existence, filter, then the bin names. A delete: durable delete first.
 */
class RecordCheckOrderTest extends OfficialClientTest {
    private static final String SET = "it_check_order";
    private static final String LONG_NAME = "sixteen_chars_xx";
    /** One second over the ten-year TTL limit. */
    private static final int BAD_TTL = 315_360_001;
    private static Key missing(TestInfo info) {
        Key key = new Key(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(null, key);
        return key;
    }

    private static Key existing(TestInfo info) {
        Key key = missing(info);
        client.put(null, key, new Bin("s", "x"));
        return key;
    }

    private static WritePolicy badTtl() {
        WritePolicy p = new WritePolicy();
        p.expiration = BAD_TTL;
        return p;
    }

    private static void assertCode(int code, Executable call) {
        AerospikeException e = assertThrows(AerospikeException.class, call);
        assertEquals(code, e.getResultCode(), e.getMessage());
    }

    @Test
    void aMissingRecordComesBeforeTheTtl(TestInfo info) {
        Key key = missing(info);
        assertCode(ResultCode.KEY_NOT_FOUND_ERROR, () -> client.touch(badTtl(), key));
        assertCode(ResultCode.KEY_NOT_FOUND_ERROR, () -> client.operate(badTtl(), key, Operation.touch()));
        WritePolicy updateOnly = badTtl();
        updateOnly.recordExistsAction = RecordExistsAction.UPDATE_ONLY;
        assertCode(ResultCode.KEY_NOT_FOUND_ERROR, () -> client.put(updateOnly, key, new Bin("a", 1)));
    }

    @Test
    void createOnlyAndGenerationComeBeforeTheTtl(TestInfo info) {
        Key key = existing(info);
        WritePolicy createOnly = badTtl();
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        assertCode(ResultCode.KEY_EXISTS_ERROR, () -> client.append(createOnly, key, new Bin("s", "y")));
        assertCode(ResultCode.KEY_EXISTS_ERROR, () -> client.operate(createOnly, key, Operation.touch()));
        WritePolicy gen = badTtl();
        gen.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        gen.generation = 2;
        assertCode(ResultCode.GENERATION_ERROR, () -> client.prepend(gen, key, new Bin("s", "y")));
        Key none = missing(info);
        assertCode(ResultCode.GENERATION_ERROR, () -> client.operate(gen, none, Operation.put(new Bin("b", false))));
        gen.generationPolicy = GenerationPolicy.EXPECT_GEN_GT;
        gen.generation = 0;
        assertCode(ResultCode.GENERATION_ERROR, () -> client.add(gen, none, new Bin("a", 1)));
    }

    @Test
    void theFilterComesBeforeTheTtl(TestInfo info) {
        Key key = existing(info);
        WritePolicy p = badTtl();
        p.filterExp = Exp.build(Exp.eq(Exp.stringBin("s"), Exp.val("other")));
        p.failOnFilteredOut = true;
        assertCode(ResultCode.FILTERED_OUT, () -> client.touch(p, key));
        assertCode(ResultCode.FILTERED_OUT, () -> client.put(p, key, new Bin("a", 1)));
        assertCode(ResultCode.PARAMETER_ERROR, () -> client.put(badTtl(), key, new Bin("a", 1)));
        assertEquals("x", client.get(null, key).getString("s"));
    }

    @Test
    void binNamesComeBeforeTheRecordAndTheTtl(TestInfo info) {
        Key key = missing(info);
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.append(badTtl(), key, new Bin(LONG_NAME, "")));
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.put(badTtl(), key, new Bin(LONG_NAME, 0)));
        WritePolicy updateOnly = new WritePolicy();
        updateOnly.recordExistsAction = RecordExistsAction.UPDATE_ONLY;
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.put(updateOnly, key, new Bin(LONG_NAME, 0)));
        Key present = existing(info);
        WritePolicy createOnly = new WritePolicy();
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.put(createOnly, present, new Bin(LONG_NAME, 0)));
    }

    @Test
    void opsAreCheckedInMessageOrder(TestInfo info) {
        Key key = missing(info);
        WritePolicy replaceOnly = new WritePolicy();
        replaceOnly.recordExistsAction = RecordExistsAction.REPLACE_ONLY;
        assertCode(ResultCode.PARAMETER_ERROR,
                () -> client.add(replaceOnly, key, new Bin("n", 0.0), new Bin(LONG_NAME, 0)));
        WritePolicy replace = new WritePolicy();
        replace.recordExistsAction = RecordExistsAction.REPLACE;
        assertCode(ResultCode.PARAMETER_ERROR,
                () -> client.prepend(replace, key, new Bin("s", ""), new Bin(LONG_NAME, "")));
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.operate(replace, key,
                Operation.put(new Bin(LONG_NAME, 1)), Operation.append(new Bin("s", "x"))));
    }

    @Test
    void durableDeleteIsCheckedOnlyWhenTheWriteWouldDeleteTheRecord(TestInfo info) {
        Key key = existing(info);
        WritePolicy durable = new WritePolicy();
        durable.durableDelete = true;
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.put(durable, key, Bin.asNull(LONG_NAME)));
        durable.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        assertCode(ResultCode.KEY_EXISTS_ERROR, () -> client.operate(durable, key, Operation.delete()));
        durable.recordExistsAction = RecordExistsAction.UPDATE;
        durable.expiration = BAD_TTL;
        assertCode(ResultCode.PARAMETER_ERROR, () -> client.operate(durable, key, Operation.delete()));
        durable.expiration = 0;
        assertCode(ResultCode.ENTERPRISE_ONLY, () -> client.operate(durable, key, Operation.delete()));
        Key none = missing(info);
        durable.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        durable.generation = 5;
        assertCode(ResultCode.ENTERPRISE_ONLY, () -> client.delete(durable, none));
    }

    @Test
    void aReadChecksTheRecordAndTheFilterBeforeBinNames(TestInfo info) {
        Key key = missing(info);
        assertNull(client.get(null, key, LONG_NAME));
        Key present = existing(info);
        Policy filtered = new Policy();
        filtered.filterExp = Exp.build(Exp.eq(Exp.stringBin("s"), Exp.val("other")));
        filtered.failOnFilteredOut = true;
        assertCode(ResultCode.FILTERED_OUT, () -> client.get(filtered, present, LONG_NAME));
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.get(null, present, LONG_NAME));
        assertCode(ResultCode.BIN_NAME_TOO_LONG, () -> client.get(null, present, "s", LONG_NAME));
        assertEquals("x", client.get(null, present, "s").getString("s"));
    }
}
