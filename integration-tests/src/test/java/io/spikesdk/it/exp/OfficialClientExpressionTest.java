package io.spikesdk.it.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.exp.Expression;
import com.aerospike.client.exp.ListExp;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.RegexFlag;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Filter expressions and expression operations through the official Java client against the target server. */
class OfficialClientExpressionTest extends OfficialClientTest {
    private static final String SET = "it_exp_official";
    private static Key key(TestInfo info) {
        Key key = new Key(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(null, key);
        client.put(null, key, new Bin("i", 5), new Bin("s", "a\nb"), new Bin("l", List.of(1, 2, 3)));
        return key;
    }

    private static Policy filter(Expression e, boolean fail) {
        Policy p = new Policy();
        p.filterExp = e;
        p.failOnFilteredOut = fail;
        return p;
    }

    private static WritePolicy writeFilter(Expression e, boolean fail) {
        WritePolicy p = new WritePolicy();
        p.filterExp = e;
        p.failOnFilteredOut = fail;
        return p;
    }

    @Test
    void filteredReadsWritesAndDeletes(TestInfo info) {
        Key key = key(info);
        Expression yes = Exp.build(Exp.gt(Exp.intBin("i"), Exp.val(1)));
        Expression no = Exp.build(Exp.eq(Exp.intBin("i"), Exp.val(0)));
        assertNotNull(client.get(filter(yes, true), key));
        assertNull(client.get(filter(no, false), key));
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(filter(no, true), key));
        assertEquals(ResultCode.FILTERED_OUT, e.getResultCode());
        client.put(writeFilter(no, false), key, new Bin("i", 9));
        assertEquals(5, client.get(null, key).getInt("i"));
        client.delete(writeFilter(no, false), key);
        assertNotNull(client.get(null, key), "a filtered-out delete leaves the record");
        assertNull(client.operate(writeFilter(no, false), key, Operation.add(new Bin("i", 1))));
        assertTrue(client.delete(writeFilter(yes, true), key));
    }

    @Test
    void regexFlagNamesObservedC5(TestInfo info) {
        Key key = key(info);
        assertNotNull(client.get(filter(Exp.build(Exp.regexCompare("^b", RegexFlag.NOSUB, Exp.stringBin("s"))), true),
                key));
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(
                filter(Exp.build(Exp.regexCompare("^b", RegexFlag.NEWLINE, Exp.stringBin("s"))), true), key));
        assertEquals(ResultCode.FILTERED_OUT, e.getResultCode());
    }

    @Test
    void expressionOperationsObservedC4(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(null, key,
                ExpOperation.read("r", Exp.build(Exp.mul(Exp.intBin("i"), Exp.val(2))), ExpReadFlags.DEFAULT),
                ExpOperation.read("c", Exp.build(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(-1),
                        Exp.listBin("l"))), ExpReadFlags.DEFAULT));
        assertEquals(10L, r.getLong("r"));
        assertEquals(3L, r.getLong("c"));
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.operate(null, key,
                ExpOperation.write("i", Exp.build(Exp.nil()), ExpWriteFlags.DEFAULT)));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, e.getResultCode());
        client.operate(null, key, ExpOperation.write("i", Exp.build(Exp.nil()), ExpWriteFlags.POLICY_NO_FAIL));
        assertEquals(5, client.get(null, key).getInt("i"));
        client.operate(null, key, ExpOperation.write("n", Exp.build(Exp.add(Exp.intBin("i"), Exp.val(1))),
                ExpWriteFlags.DEFAULT));
        assertEquals(6, client.get(null, key).getInt("n"));
        AerospikeException mixed = assertThrows(AerospikeException.class, () -> client.operate(null, key,
                ExpOperation.read("x", Exp.build(Exp.add(Exp.val(1), Exp.val(2.0))), ExpReadFlags.DEFAULT)));
        assertEquals(ResultCode.PARAMETER_ERROR, mixed.getResultCode());
    }

    @Test
    void allowDeleteOfTheLastBinDeletesTheRecordObservedC4(TestInfo info) {
        Key key = new Key(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(null, key);
        client.put(null, key, new Bin("a", 5));
        client.operate(null, key, ExpOperation.write("a", Exp.build(Exp.nil()), ExpWriteFlags.ALLOW_DELETE));
        assertNull(client.get(null, key));
    }
}
