package io.spikesdk.cdt;

import com.aerospike.client.cdt.ListOperation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.cdt.Samples.BIN;
import static io.spikesdk.cdt.Samples.COUNTS;
import static io.spikesdk.cdt.Samples.INDEXES;
import static io.spikesdk.cdt.Samples.show;

/** Every ListOperations method, with each flag, return type and context variant, against the official ListOperation. */
class ListOperationsBytesTest {

    private static List<ListPolicy> policies() {
        List<ListPolicy> out = new ArrayList<>();
        for (ListOrder order : ListOrder.values()) {
            for (ListWriteFlags flags : Samples.listWriteFlags()) {
                out.add(ListPolicy.of(order, flags));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> createAndOrder() {
        List<Samples.OpCase> cases = new ArrayList<>();
        for (ListOrder order : ListOrder.values()) {
            var o = Official.order(order);
            for (boolean pad : new boolean[] {false, true}) {
                cases.add(new Samples.OpCase("create " + order + " pad=" + pad,
                    c -> ListOperations.create(BIN, order, pad, c), c -> ListOperation.create(BIN, o, pad, c)));
                for (boolean persist : new boolean[] {false, true}) {
                    cases.add(new Samples.OpCase("create " + order + " pad=" + pad + " persist=" + persist,
                        c -> ListOperations.create(BIN, order, pad, persist, c),
                        c -> ListOperation.create(BIN, o, pad, persist, c)));
                }
            }
            cases.add(new Samples.OpCase("setOrder " + order,
                c -> ListOperations.setOrder(BIN, order, c), c -> ListOperation.setOrder(BIN, o, c)));
            for (boolean persist : new boolean[] {false, true}) {
                cases.add(new Samples.OpCase("setOrder " + order + " persist=" + persist,
                    c -> ListOperations.setOrder(BIN, order, persist, c), c -> ListOperation.setOrder(BIN, o, persist, c)));
            }
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> appendAndInsert() {
        List<Samples.OpCase> cases = new ArrayList<>();
        for (Object value : Samples.values()) {
            cases.add(new Samples.OpCase("append " + show(value),
                c -> ListOperations.append(BIN, value, c), c -> ListOperation.append(BIN, Official.v(value), c)));
            cases.add(new Samples.OpCase("insert 3 " + show(value),
                c -> ListOperations.insert(BIN, 3, value, c), c -> ListOperation.insert(BIN, 3, Official.v(value), c)));
            cases.add(new Samples.OpCase("set -2 " + show(value),
                c -> ListOperations.set(BIN, -2, value, c), c -> ListOperation.set(BIN, -2, Official.v(value), c)));
        }
        List<Object> items = Samples.values();
        cases.add(new Samples.OpCase("appendItems all",
            c -> ListOperations.appendItems(BIN, items, c), c -> ListOperation.appendItems(BIN, Official.values(items), c)));
        cases.add(new Samples.OpCase("appendItems empty",
            c -> ListOperations.appendItems(BIN, List.of(), c), c -> ListOperation.appendItems(BIN, List.of(), c)));
        for (int index : INDEXES) {
            cases.add(new Samples.OpCase("insert " + index,
                c -> ListOperations.insert(BIN, index, "v", c), c -> ListOperation.insert(BIN, index, Official.v("v"), c)));
            cases.add(new Samples.OpCase("insertItems " + index,
                c -> ListOperations.insertItems(BIN, index, items, c),
                c -> ListOperation.insertItems(BIN, index, Official.values(items), c)));
            cases.add(new Samples.OpCase("set " + index,
                c -> ListOperations.set(BIN, index, 9, c), c -> ListOperation.set(BIN, index, Official.v(9), c)));
        }
        for (ListPolicy policy : policies()) {
            var p = Official.policy(policy);
            cases.add(new Samples.OpCase("append " + policy,
                c -> ListOperations.append(policy, BIN, 7, c), c -> ListOperation.append(p, BIN, Official.v(7), c)));
            cases.add(new Samples.OpCase("appendItems " + policy,
                c -> ListOperations.appendItems(policy, BIN, List.of(5, 3, 9), c),
                c -> ListOperation.appendItems(p, BIN, Official.values(List.of(5, 3, 9)), c)));
            cases.add(new Samples.OpCase("insert " + policy,
                c -> ListOperations.insert(policy, BIN, -1, "x", c), c -> ListOperation.insert(p, BIN, -1, Official.v("x"), c)));
            cases.add(new Samples.OpCase("insertItems " + policy,
                c -> ListOperations.insertItems(policy, BIN, 200, List.of("a", 1.5), c),
                c -> ListOperation.insertItems(p, BIN, 200, Official.values(List.of("a", 1.5)), c)));
            cases.add(new Samples.OpCase("set " + policy,
                c -> ListOperations.set(policy, BIN, 4, List.of(1), c), c -> ListOperation.set(p, BIN, 4, Official.v(List.of(1)), c)));
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> increment() {
        List<Samples.OpCase> cases = new ArrayList<>();
        List<Number> deltas = java.util.Arrays.asList(1, -1, 300L, Long.MIN_VALUE, 2.5, -0.5, 1.25f, null);
        for (int index : INDEXES) {
            cases.add(new Samples.OpCase("increment " + index,
                c -> ListOperations.increment(BIN, index, c), c -> ListOperation.increment(BIN, index, c)));
            for (Number delta : deltas) {
                cases.add(new Samples.OpCase("increment " + index + " by " + delta,
                    c -> ListOperations.increment(BIN, index, delta, c),
                    c -> ListOperation.increment(BIN, index, Official.v(delta), c)));
            }
        }
        for (ListPolicy policy : policies()) {
            var p = Official.policy(policy);
            cases.add(new Samples.OpCase("increment " + policy,
                c -> ListOperations.increment(policy, BIN, 2, c), c -> ListOperation.increment(p, BIN, 2, c)));
            cases.add(new Samples.OpCase("increment by 3.5 " + policy,
                c -> ListOperations.increment(policy, BIN, -3, 3.5, c),
                c -> ListOperation.increment(p, BIN, -3, Official.v(3.5), c)));
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> popRemoveTrimClearSort() {
        List<Samples.OpCase> cases = new ArrayList<>();
        for (int index : INDEXES) {
            cases.add(new Samples.OpCase("pop " + index, c -> ListOperations.pop(BIN, index, c), c -> ListOperation.pop(BIN, index, c)));
            cases.add(new Samples.OpCase("remove " + index, c -> ListOperations.remove(BIN, index, c), c -> ListOperation.remove(BIN, index, c)));
            cases.add(new Samples.OpCase("popRange " + index, c -> ListOperations.popRange(BIN, index, c), c -> ListOperation.popRange(BIN, index, c)));
            cases.add(new Samples.OpCase("removeRange " + index,
                c -> ListOperations.removeRange(BIN, index, c), c -> ListOperation.removeRange(BIN, index, c)));
            for (int count : COUNTS) {
                cases.add(new Samples.OpCase("popRange " + index + "," + count,
                    c -> ListOperations.popRange(BIN, index, count, c), c -> ListOperation.popRange(BIN, index, count, c)));
                cases.add(new Samples.OpCase("removeRange " + index + "," + count,
                    c -> ListOperations.removeRange(BIN, index, count, c), c -> ListOperation.removeRange(BIN, index, count, c)));
                cases.add(new Samples.OpCase("trim " + index + "," + count,
                    c -> ListOperations.trim(BIN, index, count, c), c -> ListOperation.trim(BIN, index, count, c)));
            }
        }
        cases.add(new Samples.OpCase("clear", c -> ListOperations.clear(BIN, c), c -> ListOperation.clear(BIN, c)));
        for (int code = 0; code < 4; code++) {
            ListSortFlags flags = ListSortFlags.fromCode(code);
            int raw = code;
            cases.add(new Samples.OpCase("sort " + flags, c -> ListOperations.sort(BIN, flags, c), c -> ListOperation.sort(BIN, raw, c)));
        }
        cases.add(new Samples.OpCase("sort DESCENDING|DROP_DUPLICATES",
            c -> ListOperations.sort(BIN, ListSortFlags.of(ListSortFlags.DESCENDING, ListSortFlags.DROP_DUPLICATES), c),
            c -> ListOperation.sort(BIN, 3, c)));
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> plainReads() {
        List<Samples.OpCase> cases = new ArrayList<>();
        cases.add(new Samples.OpCase("size", c -> ListOperations.size(BIN, c), c -> ListOperation.size(BIN, c)));
        for (int index : INDEXES) {
            cases.add(new Samples.OpCase("get " + index, c -> ListOperations.get(BIN, index, c), c -> ListOperation.get(BIN, index, c)));
            cases.add(new Samples.OpCase("getRange " + index, c -> ListOperations.getRange(BIN, index, c), c -> ListOperation.getRange(BIN, index, c)));
            for (int count : COUNTS) {
                cases.add(new Samples.OpCase("getRange " + index + "," + count,
                    c -> ListOperations.getRange(BIN, index, count, c), c -> ListOperation.getRange(BIN, index, count, c)));
            }
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> indexAndRankSelections() {
        List<Samples.OpCase> cases = new ArrayList<>();
        for (ListReturnType rt : Samples.listReturnTypes()) {
            int r = rt.code();
            for (int index : new int[] {0, -1, 128, Integer.MIN_VALUE}) {
                cases.add(new Samples.OpCase("getByIndex " + index + " " + rt,
                    c -> ListOperations.getByIndex(BIN, index, rt, c), c -> ListOperation.getByIndex(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByIndex " + index + " " + rt,
                    c -> ListOperations.removeByIndex(BIN, index, rt, c), c -> ListOperation.removeByIndex(BIN, index, r, c)));
                cases.add(new Samples.OpCase("getByRank " + index + " " + rt,
                    c -> ListOperations.getByRank(BIN, index, rt, c), c -> ListOperation.getByRank(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByRank " + index + " " + rt,
                    c -> ListOperations.removeByRank(BIN, index, rt, c), c -> ListOperation.removeByRank(BIN, index, r, c)));
                cases.add(new Samples.OpCase("getByIndexRange " + index + " " + rt,
                    c -> ListOperations.getByIndexRange(BIN, index, rt, c), c -> ListOperation.getByIndexRange(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByIndexRange " + index + " " + rt,
                    c -> ListOperations.removeByIndexRange(BIN, index, rt, c), c -> ListOperation.removeByIndexRange(BIN, index, r, c)));
                cases.add(new Samples.OpCase("getByRankRange " + index + " " + rt,
                    c -> ListOperations.getByRankRange(BIN, index, rt, c), c -> ListOperation.getByRankRange(BIN, index, r, c)));
                cases.add(new Samples.OpCase("removeByRankRange " + index + " " + rt,
                    c -> ListOperations.removeByRankRange(BIN, index, rt, c), c -> ListOperation.removeByRankRange(BIN, index, r, c)));
                for (int count : new int[] {0, 3, 70000}) {
                    cases.add(new Samples.OpCase("getByIndexRange " + index + "," + count + " " + rt,
                        c -> ListOperations.getByIndexRange(BIN, index, count, rt, c),
                        c -> ListOperation.getByIndexRange(BIN, index, count, r, c)));
                    cases.add(new Samples.OpCase("removeByIndexRange " + index + "," + count + " " + rt,
                        c -> ListOperations.removeByIndexRange(BIN, index, count, rt, c),
                        c -> ListOperation.removeByIndexRange(BIN, index, count, r, c)));
                    cases.add(new Samples.OpCase("getByRankRange " + index + "," + count + " " + rt,
                        c -> ListOperations.getByRankRange(BIN, index, count, rt, c),
                        c -> ListOperation.getByRankRange(BIN, index, count, r, c)));
                    cases.add(new Samples.OpCase("removeByRankRange " + index + "," + count + " " + rt,
                        c -> ListOperations.removeByRankRange(BIN, index, count, rt, c),
                        c -> ListOperation.removeByRankRange(BIN, index, count, r, c)));
                }
            }
        }
        return Samples.expand(cases);
    }

    @TestFactory
    Stream<DynamicTest> valueSelections() {
        List<Samples.OpCase> cases = new ArrayList<>();
        List<Object> values = Samples.values();
        for (ListReturnType rt : Samples.listReturnTypes()) {
            int r = rt.code();
            cases.add(new Samples.OpCase("getByValueList " + rt,
                c -> ListOperations.getByValueList(BIN, values, rt, c), c -> ListOperation.getByValueList(BIN, Official.values(values), r, c)));
            cases.add(new Samples.OpCase("removeByValueList " + rt,
                c -> ListOperations.removeByValueList(BIN, values, rt, c),
                c -> ListOperation.removeByValueList(BIN, Official.values(values), r, c)));
            cases.add(new Samples.OpCase("getByValueList [] " + rt,
                c -> ListOperations.getByValueList(BIN, List.of(), rt, c), c -> ListOperation.getByValueList(BIN, List.of(), r, c)));
            cases.add(new Samples.OpCase("getByValue 5 " + rt,
                c -> ListOperations.getByValue(BIN, 5, rt, c), c -> ListOperation.getByValue(BIN, Official.v(5), r, c)));
            cases.add(new Samples.OpCase("removeByValue s " + rt,
                c -> ListOperations.removeByValue(BIN, "s", rt, c), c -> ListOperation.removeByValue(BIN, Official.v("s"), r, c)));
            cases.add(new Samples.OpCase("getByValueRange 1..9 " + rt,
                c -> ListOperations.getByValueRange(BIN, 1, 9, rt, c),
                c -> ListOperation.getByValueRange(BIN, Official.v(1), Official.v(9), r, c)));
            cases.add(new Samples.OpCase("removeByValueRange a.. " + rt,
                c -> ListOperations.removeByValueRange(BIN, "a", null, rt, c),
                c -> ListOperation.removeByValueRange(BIN, Official.v("a"), null, r, c)));
            cases.add(new Samples.OpCase("getByValueRelativeRankRange 5,-1 " + rt,
                c -> ListOperations.getByValueRelativeRankRange(BIN, 5, -1, rt, c),
                c -> ListOperation.getByValueRelativeRankRange(BIN, Official.v(5), -1, r, c)));
            cases.add(new Samples.OpCase("getByValueRelativeRankRange 5,-1,2 " + rt,
                c -> ListOperations.getByValueRelativeRankRange(BIN, 5, -1, 2, rt, c),
                c -> ListOperation.getByValueRelativeRankRange(BIN, Official.v(5), -1, 2, r, c)));
            cases.add(new Samples.OpCase("removeByValueRelativeRankRange x,3 " + rt,
                c -> ListOperations.removeByValueRelativeRankRange(BIN, "x", 3, rt, c),
                c -> ListOperation.removeByValueRelativeRankRange(BIN, Official.v("x"), 3, r, c)));
            cases.add(new Samples.OpCase("removeByValueRelativeRankRange x,3,300 " + rt,
                c -> ListOperations.removeByValueRelativeRankRange(BIN, "x", 3, 300, rt, c),
                c -> ListOperation.removeByValueRelativeRankRange(BIN, Official.v("x"), 3, 300, r, c)));
        }
        for (Object value : values) {
            ListReturnType rt = ListReturnType.VALUE.inverted();
            int r = rt.code();
            cases.add(new Samples.OpCase("getByValue " + show(value),
                c -> ListOperations.getByValue(BIN, value, rt, c), c -> ListOperation.getByValue(BIN, Official.v(value), r, c)));
            cases.add(new Samples.OpCase("removeByValue " + show(value),
                c -> ListOperations.removeByValue(BIN, value, rt, c), c -> ListOperation.removeByValue(BIN, Official.v(value), r, c)));
            for (Object end : java.util.Arrays.asList(null, 10, CdtValue.INFINITY, List.of(1, CdtValue.INFINITY))) {
                cases.add(new Samples.OpCase("getByValueRange " + show(value) + ".." + show(end),
                    c -> ListOperations.getByValueRange(BIN, value, end, rt, c),
                    c -> ListOperation.getByValueRange(BIN, value == null ? null : Official.v(value), end == null ? null : Official.v(end), r, c)));
                cases.add(new Samples.OpCase("removeByValueRange " + show(value) + ".." + show(end),
                    c -> ListOperations.removeByValueRange(BIN, value, end, rt, c),
                    c -> ListOperation.removeByValueRange(BIN, value == null ? null : Official.v(value), end == null ? null : Official.v(end), r, c)));
            }
            for (int rank : new int[] {0, -3, 200}) {
                cases.add(new Samples.OpCase("getByValueRelativeRankRange " + show(value) + "," + rank,
                    c -> ListOperations.getByValueRelativeRankRange(BIN, value, rank, ListReturnType.RANK, c),
                    c -> ListOperation.getByValueRelativeRankRange(BIN, Official.v(value), rank, 3, c)));
                cases.add(new Samples.OpCase("removeByValueRelativeRankRange " + show(value) + "," + rank + ",2",
                    c -> ListOperations.removeByValueRelativeRankRange(BIN, value, rank, 2, ListReturnType.COUNT, c),
                    c -> ListOperation.removeByValueRelativeRankRange(BIN, Official.v(value), rank, 2, 5, c)));
            }
        }
        return Samples.expand(cases);
    }
}
