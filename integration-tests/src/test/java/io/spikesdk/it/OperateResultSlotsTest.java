package io.spikesdk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.ListWriteFlags;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.policy.WritePolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Which ops of an operate leave an entry in the reply, through the official client (which turns RESPOND_ALL_OPS on
 * for map and expression ops, not for list ops). Every expectation is what Aerospike CE 8.1.2.0 answered: inside a
 * write, a list read of an existing bin keeps its slot even without a result; a pure read drops it; with
 * RESPOND_ALL_OPS every op but TOUCH keeps one; a read-all op returns the bins as they are at its position.
 */
class OperateResultSlotsTest extends OfficialClientTest {
    private static final String SET = "it_op_slots";
    private static final List<Integer> SEVEN = List.of(1, 2, 3, 4, 5, 6, 7);
    private static Key key(TestInfo info, Bin... bins) {
        return freshKey(SET, info, bins);
    }

    private static Key orderedList(TestInfo info, Integer... items) {
        Key key = key(info);
        client.operate(null, key, ListOperation.appendItems(new ListPolicy(ListOrder.ORDERED, ListWriteFlags.DEFAULT),
                "l", Arrays.stream(items).map(Value::get).toList()));
        return key;
    }

    private static WritePolicy respondAllOps() {
        WritePolicy p = new WritePolicy();
        p.respondAllOps = true;
        return p;
    }

    @Test
    void aListReadWithoutResultKeepsItsSlotInAWrite(TestInfo info) {
        Key key = orderedList(info, 1, 2, 3, 4, 5);
        Record r = client.operate(null, key, ListOperation.getByIndex("l", -1, ListReturnType.NONE),
                ListOperation.removeByValue("l", Value.get(3), ListReturnType.EXISTS));
        assertEquals(Arrays.asList(null, true), r.getList("l"));
        assertEquals(List.of(1L, 2L, 4L, 5L), client.get(null, key).getList("l"));

        Key six = orderedList(info, 1, 2, 3, 4, 5, 6);
        Record range = client.operate(null, six, ListOperation.removeByIndexRange("l", 5, ListReturnType.INDEX),
                ListOperation.getByValueRange("l", Value.get("abc"), Value.NULL, ListReturnType.NONE));
        assertEquals(Arrays.asList(List.of(5L), null), range.getList("l"));
    }

    @Test
    void aReadOfAnEmptyRangeStillReturnsItsBin(TestInfo info) {
        Key key = key(info, new Bin("l", SEVEN));
        Record r = client.operate(null, key, ListOperation.getByRankRange("l", 7, ListReturnType.NONE),
                ListOperation.append("nosuchbin", Value.get(12)));
        assertTrue(r.bins.containsKey("l"));
        assertEquals(null, r.bins.get("l"));
        assertEquals(1L, r.getLong("nosuchbin"));

        Record onlyNil = client.operate(null, key, ListOperation.getByIndex("l", 0, ListReturnType.NONE),
                Operation.put(new Bin("x", 1)));
        assertEquals(Set.of("l"), onlyNil.bins.keySet());
        assertEquals(null, onlyNil.bins.get("l"));
    }

    @Test
    void missingBinsAndPureReadsLeaveNoSlot(TestInfo info) {
        Key key = key(info, new Bin("doc", SEVEN));
        Record write = client.operate(null, key, ListOperation.size("nob"), Operation.get("nob"),
                Operation.put(new Bin("x", 1)));
        assertTrue(write.bins == null || write.bins.isEmpty(), String.valueOf(write.bins));

        Record read = client.operate(null, key, ListOperation.getByIndex("doc", 0, ListReturnType.NONE),
                ListOperation.size("nob"), Operation.get("nob"), ListOperation.size("doc"));
        assertEquals(Map.of("doc", 7L), read.bins);
    }

    @Test
    void respondAllOpsGivesEveryOpButTouchASlot(TestInfo info) {
        Key key = key(info, new Bin("doc", SEVEN));
        Record r = client.operate(respondAllOps(), key, ListOperation.size("nob"), Operation.get("nob"),
                Operation.put(new Bin("x", 1)), Operation.add(new Bin("i", 1)), Operation.append(new Bin("s", "a")),
                Operation.touch(), ListOperation.set("doc", 0, Value.get(9)), ListOperation.size("doc"),
                Operation.put(new Bin("x", Value.NULL)));
        assertEquals(Arrays.asList(null, null), r.getList("nob"));
        assertEquals(Arrays.asList(null, null), r.getList("x"));
        assertEquals(Arrays.asList(null, 7L), r.getList("doc"));
        assertTrue(r.bins.containsKey("i") && r.bins.get("i") == null);
        assertTrue(r.bins.containsKey("s") && r.bins.get("s") == null);
        assertEquals(5, r.bins.size());

        Record pureRead = client.operate(respondAllOps(), key, ListOperation.size("nob"), Operation.get("nob"),
                ListOperation.getByIndex("doc", 0, ListReturnType.NONE));
        assertEquals(Arrays.asList(null, null), pureRead.getList("nob"));
        assertTrue(pureRead.bins.containsKey("doc") && pureRead.bins.get("doc") == null);
    }

    @Test
    void mapAndExpressionOpsTurnRespondAllOpsOn(TestInfo info) {
        Key key = key(info, new Bin("doc", SEVEN), new Bin("m", Map.of("a", 1)));
        Record r = client.operate(null, key, MapOperation.getByKey("m", Value.get("zz"), MapReturnType.VALUE),
                Operation.put(new Bin("x", 1)), Operation.touch(),
                ListOperation.getByIndex("doc", 0, ListReturnType.NONE), ListOperation.size("nob"));
        assertEquals(Arrays.asList("doc", "m", "nob", "x"), r.bins.keySet().stream().sorted().toList());
        assertTrue(r.bins.values().stream().allMatch(v -> v == null), String.valueOf(r.bins));

        Record exp = client.operate(null, key, ExpOperation.read("e", Exp.build(Exp.nil()), ExpReadFlags.DEFAULT));
        assertTrue(exp.bins.containsKey("e") && exp.bins.get("e") == null);
    }

    @Test
    void readAllReturnsTheBinsAtItsPosition(TestInfo info) {
        Key key = key(info, new Bin("doc", 1));
        Record before = client.operate(null, key, Operation.get(), Operation.put(new Bin("n", 2)));
        assertEquals(Map.of("doc", 1L), before.bins);

        Record after = client.operate(null, key, Operation.put(new Bin("n", 3)), Operation.get(),
                Operation.put(new Bin("doc", Value.NULL)));
        assertEquals(Map.of("doc", 1L, "n", 3L), after.bins);
        assertEquals(Map.of("n", 3L), client.get(null, key).bins);

        Record deleted = client.operate(null, key, Operation.get(), Operation.delete());
        assertEquals(Map.of("n", 3L), deleted.bins);
        assertFalse(client.exists(null, key));
    }

    @Test
    void aHeaderReadInsideOperateReturnsNoBins(TestInfo info) {
        Key key = key(info, new Bin("doc", SEVEN));
        Record header = client.operate(null, key, Operation.getHeader(), Operation.put(new Bin("x", 1)));
        assertTrue(header.bins == null || header.bins.isEmpty(), String.valueOf(header.bins));
        assertEquals(2, header.generation);

        Record withMapOp = client.operate(null, key, Operation.put(new Bin("x", 2)), Operation.getHeader(),
                MapOperation.size("nom"));
        assertEquals(Arrays.asList("", "nom", "x"), withMapOp.bins.keySet().stream().sorted().toList());
    }
}
