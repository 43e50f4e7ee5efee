package io.spikesdk.it.diff;

import com.aerospike.client.Bin;
import com.aerospike.client.Operation;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record-level calls (put, add, append, prepend, get, getHeader, exists, delete, touch, and operate with
 * {@code Operation.*}) under every write-policy knob: record-exists action, generation policy and
 * generation, expiration (incl. -1, -2, 0 and too large), sendKey, durableDelete, respondAllOps and a
 * filter expression; on a missing record or one with a few bins, a raised generation and a void time.
 */
final class RecordCases implements CaseGenerator {
    private static final String[] BIN_NAMES = {"a", "s", "f", "x", "l", "m", "b", "n"};

    @Override
    public String category() {
        return "record";
    }

    @Override
    public Case generate(Gen g) {
        Setup setup = randomRecord(g);
        WriteSpec policy = policy(g, new ExprGen(g));
        if (g.chance(35)) {
            List<Op> ops = new ArrayList<>();
            int n = 1 + g.nextInt(4);
            for (int k = 0; k < n; k++) {
                ops.add(op(g));
            }
            return new Case(category() + ":operate", setup, new OperateCommand(policy, ops));
        }
        String kind = g.pick(RecordCommand.KINDS);
        Map<String, Object> bins = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        if (List.of("put", "add", "append", "prepend").contains(kind)) {
            int n = 1 + g.nextInt(3);
            for (int k = 0; k < n; k++) {
                bins.put(binName(g), binValue(g, kind));
            }
        }
        if (kind.equals("getBins")) {
            int n = 1 + g.nextInt(3);
            for (int k = 0; k < n; k++) {
                names.add(binName(g));
            }
        }
        return new Case(category() + ":" + kind, setup, new RecordCommand(kind, policy, bins, names));
    }

    static Setup randomRecord(Gen g) {
        if (g.chance(15)) {
            return Setup.NONE;
        }
        List<Setup.InitialBin> bins = new ArrayList<>();
        bins.add(new Setup.InitialBin("a", g.smallLong(), null));
        if (g.chance(60)) {
            bins.add(new Setup.InitialBin("s", g.pick(new String[] {"", "x", "héllo"}), null));
        }
        if (g.chance(40)) {
            bins.add(new Setup.InitialBin("f", 1.5, null));
        }
        if (g.chance(30)) {
            bins.add(new Setup.InitialBin("x", new byte[] {1, 2}, null));
        }
        if (g.chance(30)) {
            bins.add(new Setup.InitialBin("l", g.list(g.nextInt(4), 0), null));
        }
        if (g.chance(20)) {
            bins.add(new Setup.InitialBin("m", g.map(g.nextInt(3), 0, Gen.KeyKind.STRING), null));
        }
        return new Setup(bins, g.nextInt(3), g.chance(20) ? 1000 : 0);
    }

    static WriteSpec policy(Gen g, ExprGen exprs) {
        RecordExistsAction exists = g.chance(50) ? RecordExistsAction.UPDATE : g.pick(RecordExistsAction.values());
        GenerationPolicy gen = g.chance(70) ? GenerationPolicy.NONE : g.pick(GenerationPolicy.values());
        int generation = gen == GenerationPolicy.NONE && g.chance(80) ? 0 : g.nextInt(4);
        int expiration = g.chance(50) ? 0 : g.pick(new Integer[] {-1, -2, 0, 100, 1000, 315360001});
        Expr filter = g.chance(15) ? exprs.bool(2) : null;
        return new WriteSpec(exists, gen, generation, expiration, g.chance(20), g.chance(5), g.chance(20), filter);
    }

    private static String binName(Gen g) {
        int p = g.nextInt(50);
        return p == 0 ? "" : p == 1 ? "sixteen_chars_xx" : g.pick(BIN_NAMES);
    }

    private static Object binValue(Gen g, String kind) {
        int p = g.nextInt(10);
        return switch (kind) {
            case "add" -> p < 6 ? (Object) g.smallLong() : p < 8 ? (Object) 2.5 : p < 9 ? Long.MAX_VALUE : "s";
            case "append", "prepend" -> p < 6 ? (Object) g.pick(new String[] {"", "y", "ü"}) : p < 8 ? new byte[] {9} : (Object) 3L;
            default -> p == 0 ? null : g.value(1);
        };
    }

    static Op op(Gen g) {
        String bin = g.pick(BIN_NAMES);
        return switch (g.nextInt(11)) {
            case 0 -> new Op("", "put", bin, listOf(binValue(g, "put")), List.of(), (b, x, c) -> Operation.put(new Bin(b, Values.of(x.get(0)))));
            case 1 -> new Op("", "get", bin, List.of(), List.of(), (b, x, c) -> Operation.get(b));
            case 2 -> new Op("", "get", null, List.of(), List.of(), (b, x, c) -> Operation.get());
            case 3 -> new Op("", "getHeader", null, List.of(), List.of(), (b, x, c) -> Operation.getHeader());
            case 4 -> new Op("", "add", bin, listOf(binValue(g, "add")), List.of(), (b, x, c) -> Operation.add(new Bin(b, Values.of(x.get(0)))));
            case 5 -> new Op("", "append", bin, listOf(binValue(g, "append")), List.of(), (b, x, c) -> Operation.append(new Bin(b, Values.of(x.get(0)))));
            case 6 -> new Op("", "prepend", bin, listOf(binValue(g, "prepend")), List.of(), (b, x, c) -> Operation.prepend(new Bin(b, Values.of(x.get(0)))));
            case 7 -> new Op("", "touch", null, List.of(), List.of(), (b, x, c) -> Operation.touch());
            case 8 -> new Op("", "delete", null, List.of(), List.of(), (b, x, c) -> Operation.delete());
            case 9 -> new Op("list", "size", "l", List.of(), List.of(), (b, x, c) -> ListOperation.size(b));
            default -> new Op("", "put", "a", listOf(g.smallLong()), List.of(), (b, x, c) -> Operation.put(new Bin(b, Values.of(x.get(0)))));
        };
    }

    private static List<Object> listOf(Object v) {
        List<Object> out = new ArrayList<>();
        out.add(v);
        return out;
    }
}
