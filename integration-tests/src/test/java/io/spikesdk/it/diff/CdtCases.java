package io.spikesdk.it.diff;

import com.aerospike.client.Bin;
import com.aerospike.client.Operation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.MapOrder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * List or map cases: a target container that is missing, empty, of the wrong type, top-level (in every
 * list/map order, with or without a persisted index) or nested one to three levels under a context path,
 * sometimes holding only lists and maps; one op, or several on the same and other bins (with and without
 * respondAllOps); CDT ops from {@link ListOps} / {@link MapOps}.
 */
final class CdtCases implements CaseGenerator {
    private final boolean lists;

    CdtCases(boolean lists) {
        this.lists = lists;
    }

    @Override
    public String category() {
        return lists ? "list" : "map";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Case generate(Gen g) {
        String bin = lists ? "l" : "m";
        Gen.KeyKind keys = g.keyKind();
        Object order = lists ? (g.chance(35) ? ListOrder.ORDERED : ListOrder.UNORDERED)
                : g.pick(new MapOrder[] {MapOrder.UNORDERED, MapOrder.KEY_ORDERED, MapOrder.KEY_VALUE_ORDERED});
        int size = g.chance(12) ? 0 : g.nextInt(11);
        Object target;
        if (g.chance(15)) {
            target = lists ? g.containerList(size, g.nextInt(2)) : g.containerMap(size, keys, g.nextInt(2));
        } else {
            int depth = g.chance(10) ? 2 : 1;
            target = lists ? g.list(size, depth) : g.map(size, depth, keys);
        }
        List<Setup.InitialBin> bins = new ArrayList<>();
        List<CtxStep> ctx = List.of();
        String shape;
        int p = g.nextInt(100);
        if (p < 5) {
            shape = "no-record";
        } else if (p < 10) {
            shape = "no-bin";
            bins.add(new Setup.InitialBin("i", 5L, null));
        } else if (p < 14) {
            shape = "wrong-type";
            bins.add(new Setup.InitialBin(bin, g.chance(50) ? (Object) 7L : lists ? g.map(2, 0, keys) : g.list(2, 0), null));
        } else if (p < 39) {
            shape = "ctx";
            Nesting.Nested nested = Nesting.wrap(g, target);
            bins.add(new Setup.InitialBin(bin, nested.top(), null));
            ctx = nested.ctx();
        } else {
            boolean persist = g.chance(20);
            shape = order + (persist ? "+persist" : "");
            boolean plain = !persist && (order == ListOrder.UNORDERED || order == MapOrder.UNORDERED);
            if (plain && target instanceof TreeMap<?, ?> sorted) {
                target = new LinkedHashMap<Object, Object>(sorted);
            }
            bins.add(new Setup.InitialBin(bin, target, plain ? null : order, persist));
        }
        List<Object> listContents = lists ? (List<Object>) target : List.of();
        Map<Object, Object> mapContents = lists ? Map.of() : (Map<Object, Object>) target;

        List<Op> ops = new ArrayList<>();
        int n = g.chance(35) ? 2 + g.nextInt(3) : 1;
        boolean otherBin = false;
        for (int k = 0; k < n; k++) {
            int q = g.nextInt(100);
            if (k > 0 && q < 15) {
                ops.add(recordOp(g, bin));
            } else if (k > 0 && q < 30) {
                otherBin = true;
                ops.add(cdtOp(g, bin + "2", listContents, mapContents, keys, List.of()));
            } else {
                ops.add(cdtOp(g, bin, listContents, mapContents, keys, ctx));
            }
        }
        if (otherBin && g.chance(70)) {
            bins.add(new Setup.InitialBin(bin + "2", lists ? g.list(g.nextInt(5), 0) : g.map(g.nextInt(5), 0, keys), null));
        }
        WriteSpec policy = WriteSpec.DEFAULT.withRespondAllOps(g.chance(30));
        Setup setup = new Setup(bins, g.chance(10) ? 1 : 0, 0);
        return new Case(category() + ":" + shape, setup, new OperateCommand(policy, ops));
    }

    private Op cdtOp(Gen g, String bin, List<Object> listContents, Map<Object, Object> mapContents, Gen.KeyKind keys, List<CtxStep> ctx) {
        return lists ? ListOps.random(g, bin, listContents, ctx) : MapOps.random(g, bin, mapContents, keys, ctx);
    }

    /** A record-level op mixed into a CDT multi-op call. */
    static Op recordOp(Gen g, String bin) {
        return switch (g.nextInt(7)) {
            case 0 -> new Op("", "get", bin, List.of(), List.of(), (b, x, c) -> Operation.get(b));
            case 1 -> new Op("", "get", null, List.of(), List.of(), (b, x, c) -> Operation.get());
            case 2 -> new Op("", "getHeader", null, List.of(), List.of(), (b, x, c) -> Operation.getHeader());
            case 3 -> new Op("", "touch", null, List.of(), List.of(), (b, x, c) -> Operation.touch());
            case 4 -> new Op("", "add", "i", List.of(g.smallLong()), List.of(), (b, x, c) -> Operation.add(new Bin(b, Values.of(x.get(0)))));
            case 5 -> new Op("", "put", "i", Collections.singletonList(g.value()), List.of(), (b, x, c) -> Operation.put(new Bin(b, Values.of(x.get(0)))));
            default -> new Op("", "get", "i", List.of(), List.of(), (b, x, c) -> Operation.get(b));
        };
    }
}
