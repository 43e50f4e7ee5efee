package io.spikesdk.cdt;

import com.aerospike.client.cdt.MapOperation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.spikesdk.cdt.Samples.BIN;
import static io.spikesdk.cdt.Samples.show;

/** Every MapOperations method, with each policy, return type and context variant, against the official MapOperation. */
class MapOperationsBytesTest {

    private static List<MapPolicy> policies() {
        List<MapPolicy> out = new ArrayList<>();
        for (MapOrder order : MapOrder.values()) {
            for (MapWriteFlags flags : Samples.mapWriteFlags()) {
                out.add(MapPolicy.of(order, flags));
                out.add(MapPolicy.of(order, flags, true));
            }
            for (MapWriteMode mode : MapWriteMode.values()) {
                out.add(MapPolicy.of(order, mode));
            }
        }
        return out;
    }

    private static Map<Object, Object> items() {
        Map<Object, Object> items = new LinkedHashMap<>();
        items.put("b", 2);
        items.put(1L, List.of("x"));
        items.put(new byte[] {4, 5}, Map.of("n", 1.5));
        items.put("a", null);
        return items;
    }

    @TestFactory
    Stream<DynamicTest> createAndPolicy() {
        List<Samples.OpCase> cases = new ArrayList<>();
        for (MapOrder order : MapOrder.values()) {
            var o = Official.order(order);
            cases.add(new Samples.OpCase("create " + order, c -> MapOperations.create(BIN, order, c), c -> MapOperation.create(BIN, o, c)));
            for (boolean persist : new boolean[] {false, true}) {
                cases.add(new Samples.OpCase("create " + order + " persist=" + persist,
                    c -> MapOperations.create(BIN, order, persist, c), c -> MapOperation.create(BIN, o, persist, c)));
            }
        }
        for (MapPolicy policy : policies()) {
            var p = Official.policy(policy);
            cases.add(new Samples.OpCase("setMapPolicy " + policy,
                c -> MapOperations.setMapPolicy(policy, BIN, c), c -> MapOperation.setMapPolicy(p, BIN, c)));
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> writes() {
        List<Samples.OpCase> cases = new ArrayList<>();
        Map<Object, Object> items = items();
        TreeMap<String, Object> sorted = new TreeMap<>(Map.of("z", 1, "a", List.of(), "m", "v"));
        for (MapPolicy policy : policies()) {
            var p = Official.policy(policy);
            cases.add(new Samples.OpCase("put " + policy,
                c -> MapOperations.put(policy, BIN, "k", 3, c), c -> MapOperation.put(p, BIN, Official.v("k"), Official.v(3), c)));
            cases.add(new Samples.OpCase("putItems " + policy,
                c -> MapOperations.putItems(policy, BIN, items, c), c -> MapOperation.putItems(p, BIN, Official.valueMap(items), c)));
            cases.add(new Samples.OpCase("putItems sorted " + policy,
                c -> MapOperations.putItems(policy, BIN, sorted, c), c -> MapOperation.putItems(p, BIN, Official.valueMap(sorted), c)));
            cases.add(new Samples.OpCase("increment " + policy,
                c -> MapOperations.increment(policy, BIN, "k", 5, c), c -> MapOperation.increment(p, BIN, Official.v("k"), Official.v(5), c)));
            cases.add(new Samples.OpCase("decrement " + policy,
                c -> MapOperations.decrement(policy, BIN, 7L, 1.5, c), c -> MapOperation.decrement(p, BIN, Official.v(7L), Official.v(1.5), c)));
        }
        var def = com.aerospike.client.cdt.MapPolicy.Default;
        for (Object value : Samples.values()) {
            cases.add(new Samples.OpCase("put value " + show(value),
                c -> MapOperations.put(BIN, "k", value, c), c -> MapOperation.put(def, BIN, Official.v("k"), Official.v(value), c)));
        }
        for (Object key : Arrays.asList("", "key", 0L, -1, Long.MAX_VALUE, new byte[] {9}, "ü".repeat(20))) {
            cases.add(new Samples.OpCase("put key " + show(key),
                c -> MapOperations.put(BIN, key, 1, c), c -> MapOperation.put(def, BIN, Official.v(key), Official.v(1), c)));
        }
        cases.add(new Samples.OpCase("putItems default",
            c -> MapOperations.putItems(BIN, items, c), c -> MapOperation.putItems(def, BIN, Official.valueMap(items), c)));
        cases.add(new Samples.OpCase("putItems empty",
            c -> MapOperations.putItems(BIN, Map.of(), c), c -> MapOperation.putItems(def, BIN, Map.of(), c)));
        for (Number delta : Arrays.asList(1, -1, 1000L, Long.MIN_VALUE, 0.5, -2.5, 1.5f, null)) {
            cases.add(new Samples.OpCase("increment default " + delta,
                c -> MapOperations.increment(BIN, "k", delta, c), c -> MapOperation.increment(def, BIN, Official.v("k"), Official.v(delta), c)));
            cases.add(new Samples.OpCase("decrement default " + delta,
                c -> MapOperations.decrement(BIN, "k", delta, c), c -> MapOperation.decrement(def, BIN, Official.v("k"), Official.v(delta), c)));
        }
        cases.add(new Samples.OpCase("clear", c -> MapOperations.clear(BIN, c), c -> MapOperation.clear(BIN, c)));
        cases.add(new Samples.OpCase("size", c -> MapOperations.size(BIN, c), c -> MapOperation.size(BIN, c)));
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> keyAndValueSelections() {
        List<Samples.OpCase> cases = new ArrayList<>();
        List<Object> keys = Arrays.asList("a", 1L, new byte[] {7}, "zz");
        List<Object> values = Samples.values();
        for (MapReturnType rt : Samples.mapReturnTypes()) {
            int r = rt.code();
            cases.add(new Samples.OpCase("getByKey " + rt,
                c -> MapOperations.getByKey(BIN, "k", rt, c), c -> MapOperation.getByKey(BIN, Official.v("k"), r, c)));
            cases.add(new Samples.OpCase("removeByKey " + rt,
                c -> MapOperations.removeByKey(BIN, 5L, rt, c), c -> MapOperation.removeByKey(BIN, Official.v(5L), r, c)));
            cases.add(new Samples.OpCase("getByKeyList " + rt,
                c -> MapOperations.getByKeyList(BIN, keys, rt, c), c -> MapOperation.getByKeyList(BIN, Official.values(keys), r, c)));
            cases.add(new Samples.OpCase("removeByKeyList " + rt,
                c -> MapOperations.removeByKeyList(BIN, keys, rt, c), c -> MapOperation.removeByKeyList(BIN, Official.values(keys), r, c)));
            cases.add(new Samples.OpCase("getByKeyList [] " + rt,
                c -> MapOperations.getByKeyList(BIN, List.of(), rt, c), c -> MapOperation.getByKeyList(BIN, List.of(), r, c)));
            cases.add(new Samples.OpCase("getByKeyRange a..m " + rt,
                c -> MapOperations.getByKeyRange(BIN, "a", "m", rt, c),
                c -> MapOperation.getByKeyRange(BIN, Official.v("a"), Official.v("m"), r, c)));
            cases.add(new Samples.OpCase("getByKeyRange null..5 " + rt,
                c -> MapOperations.getByKeyRange(BIN, null, 5, rt, c),
                c -> MapOperation.getByKeyRange(BIN, null, Official.v(5), r, c)));
            cases.add(new Samples.OpCase("removeByKeyRange 5.. " + rt,
                c -> MapOperations.removeByKeyRange(BIN, 5, null, rt, c),
                c -> MapOperation.removeByKeyRange(BIN, Official.v(5), null, r, c)));
            cases.add(new Samples.OpCase("getByKeyRelativeIndexRange k,-1 " + rt,
                c -> MapOperations.getByKeyRelativeIndexRange(BIN, "k", -1, rt, c),
                c -> MapOperation.getByKeyRelativeIndexRange(BIN, Official.v("k"), -1, r, c)));
            cases.add(new Samples.OpCase("getByKeyRelativeIndexRange k,-1,2 " + rt,
                c -> MapOperations.getByKeyRelativeIndexRange(BIN, "k", -1, 2, rt, c),
                c -> MapOperation.getByKeyRelativeIndexRange(BIN, Official.v("k"), -1, 2, r, c)));
            cases.add(new Samples.OpCase("removeByKeyRelativeIndexRange 3,2 " + rt,
                c -> MapOperations.removeByKeyRelativeIndexRange(BIN, 3, 2, rt, c),
                c -> MapOperation.removeByKeyRelativeIndexRange(BIN, Official.v(3), 2, r, c)));
            cases.add(new Samples.OpCase("removeByKeyRelativeIndexRange 3,-2,2 " + rt,
                c -> MapOperations.removeByKeyRelativeIndexRange(BIN, 3, -2, 2, rt, c),
                c -> MapOperation.removeByKeyRelativeIndexRange(BIN, Official.v(3), -2, 2, r, c)));
            cases.add(new Samples.OpCase("getByValue 1 " + rt,
                c -> MapOperations.getByValue(BIN, 1, rt, c), c -> MapOperation.getByValue(BIN, Official.v(1), r, c)));
            cases.add(new Samples.OpCase("removeByValue x " + rt,
                c -> MapOperations.removeByValue(BIN, "x", rt, c), c -> MapOperation.removeByValue(BIN, Official.v("x"), r, c)));
            cases.add(new Samples.OpCase("getByValueList " + rt,
                c -> MapOperations.getByValueList(BIN, values, rt, c), c -> MapOperation.getByValueList(BIN, Official.values(values), r, c)));
            cases.add(new Samples.OpCase("removeByValueList " + rt,
                c -> MapOperations.removeByValueList(BIN, values, rt, c),
                c -> MapOperation.removeByValueList(BIN, Official.values(values), r, c)));
            cases.add(new Samples.OpCase("getByValueRange 1..10 " + rt,
                c -> MapOperations.getByValueRange(BIN, 1, 10, rt, c),
                c -> MapOperation.getByValueRange(BIN, Official.v(1), Official.v(10), r, c)));
            cases.add(new Samples.OpCase("removeByValueRange null..inf " + rt,
                c -> MapOperations.removeByValueRange(BIN, null, CdtValue.INFINITY, rt, c),
                c -> MapOperation.removeByValueRange(BIN, null, com.aerospike.client.Value.INFINITY, r, c)));
            cases.add(new Samples.OpCase("getByValueRelativeRankRange 11,-1 " + rt,
                c -> MapOperations.getByValueRelativeRankRange(BIN, 11, -1, rt, c),
                c -> MapOperation.getByValueRelativeRankRange(BIN, Official.v(11), -1, r, c)));
            cases.add(new Samples.OpCase("getByValueRelativeRankRange 11,1,1 " + rt,
                c -> MapOperations.getByValueRelativeRankRange(BIN, 11, 1, 1, rt, c),
                c -> MapOperation.getByValueRelativeRankRange(BIN, Official.v(11), 1, 1, r, c)));
            cases.add(new Samples.OpCase("removeByValueRelativeRankRange s,0 " + rt,
                c -> MapOperations.removeByValueRelativeRankRange(BIN, "s", 0, rt, c),
                c -> MapOperation.removeByValueRelativeRankRange(BIN, Official.v("s"), 0, r, c)));
            cases.add(new Samples.OpCase("removeByValueRelativeRankRange s,0,3 " + rt,
                c -> MapOperations.removeByValueRelativeRankRange(BIN, "s", 0, 3, rt, c),
                c -> MapOperation.removeByValueRelativeRankRange(BIN, Official.v("s"), 0, 3, r, c)));
        }
        for (Object value : values) {
            MapReturnType rt = MapReturnType.KEY_VALUE.inverted();
            int r = rt.code();
            cases.add(new Samples.OpCase("getByValue " + show(value),
                c -> MapOperations.getByValue(BIN, value, rt, c), c -> MapOperation.getByValue(BIN, Official.v(value), r, c)));
            cases.add(new Samples.OpCase("getByKey " + show(value),
                c -> MapOperations.getByKey(BIN, value, MapReturnType.VALUE, c), c -> MapOperation.getByKey(BIN, Official.v(value), 7, c)));
            cases.add(new Samples.OpCase("getByValueRange " + show(value) + "..",
                c -> MapOperations.getByValueRange(BIN, value, null, rt, c),
                c -> MapOperation.getByValueRange(BIN, value == null ? null : Official.v(value), null, r, c)));
            cases.add(new Samples.OpCase("removeByKeyRange " + show(value) + "..[1]",
                c -> MapOperations.removeByKeyRange(BIN, value, List.of(value == null ? 0 : 1), rt, c),
                c -> MapOperation.removeByKeyRange(BIN, value == null ? null : Official.v(value), Official.v(List.of(value == null ? 0 : 1)), r, c)));
            cases.add(new Samples.OpCase("removeByValueRelativeRankRange " + show(value),
                c -> MapOperations.removeByValueRelativeRankRange(BIN, value, -1, 4, rt, c),
                c -> MapOperation.removeByValueRelativeRankRange(BIN, Official.v(value), -1, 4, r, c)));
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> indexAndRankSelections() {
        List<Samples.OpCase> cases = new ArrayList<>();
        for (MapReturnType rt : Samples.mapReturnTypes()) {
            int r = rt.code();
            for (int index : new int[] {0, -1, 300, Integer.MIN_VALUE}) {
                cases.add(new Samples.OpCase("getByIndex " + index + " " + rt,
                    c -> MapOperations.getByIndex(BIN, index, rt, c), c -> MapOperation.getByIndex(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByIndex " + index + " " + rt,
                    c -> MapOperations.removeByIndex(BIN, index, rt, c), c -> MapOperation.removeByIndex(BIN, index, r, c)));
                cases.add(new Samples.OpCase("getByRank " + index + " " + rt,
                    c -> MapOperations.getByRank(BIN, index, rt, c), c -> MapOperation.getByRank(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByRank " + index + " " + rt,
                    c -> MapOperations.removeByRank(BIN, index, rt, c), c -> MapOperation.removeByRank(BIN, index, r, c)));
                cases.add(new Samples.OpCase("getByIndexRange " + index + " " + rt,
                    c -> MapOperations.getByIndexRange(BIN, index, rt, c), c -> MapOperation.getByIndexRange(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByIndexRange " + index + " " + rt,
                    c -> MapOperations.removeByIndexRange(BIN, index, rt, c), c -> MapOperation.removeByIndexRange(BIN, index, r, c)));
                cases.add(new Samples.OpCase("getByRankRange " + index + " " + rt,
                    c -> MapOperations.getByRankRange(BIN, index, rt, c), c -> MapOperation.getByRankRange(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByRankRange " + index + " " + rt,
                    c -> MapOperations.removeByRankRange(BIN, index, rt, c), c -> MapOperation.removeByRankRange(BIN, index, r, c)));
                for (int count : new int[] {0, 2, 70000}) {
                    cases.add(new Samples.OpCase("getByIndexRange " + index + "," + count + " " + rt,
                        c -> MapOperations.getByIndexRange(BIN, index, count, rt, c),
                        c -> MapOperation.getByIndexRange(BIN, index, count, r, c)));
                    cases.add(new Samples.OpCase("removeByIndexRange " + index + "," + count + " " + rt,
                        c -> MapOperations.removeByIndexRange(BIN, index, count, rt, c),
                        c -> MapOperation.removeByIndexRange(BIN, index, count, r, c)));
                    cases.add(new Samples.OpCase("getByRankRange " + index + "," + count + " " + rt,
                        c -> MapOperations.getByRankRange(BIN, index, count, rt, c),
                        c -> MapOperation.getByRankRange(BIN, index, count, r, c)));
                    cases.add(new Samples.OpCase("removeByRankRange " + index + "," + count + " " + rt,
                        c -> MapOperations.removeByRankRange(BIN, index, count, rt, c),
                        c -> MapOperation.removeByRankRange(BIN, index, count, r, c)));
                }
            }
        }
        return Samples.expand(cases);
    }
}
