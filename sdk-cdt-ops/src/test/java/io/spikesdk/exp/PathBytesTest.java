package io.spikesdk.exp;

import io.spikesdk.api.Operation;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.ModifyFlags;
import io.spikesdk.cdt.PathOperations;
import io.spikesdk.cdt.SelectFlags;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Path selects/modifies, path contexts, loop variables and removeResult against the golden table
 * {@code golden-path-exp.tsv}, printed by the official Java client 9.3.0 (which the Java 17 test classpath
 * cannot load) with {@code src/test/golden-gen/PathGolden.java}. The case names and arguments here mirror
 * that generator's.
 */
class PathBytesTest {
    private static final HexFormat HEX = HexFormat.of();

    /** {@code [122, type, INDEX]} for a type other than INT: the official client builds it, we refuse it. */
    private static final List<String> REJECTED_LOOP_VARS = java.util.Arrays.stream(Exp.Type.values())
            .filter(type -> type != Exp.Type.INT)
            .map(type -> "loopVar|" + type + "|INDEX")
            .toList();

    private record Row(String kind, String hex) {
    }

    @TestFactory
    List<DynamicTest> everyCaseMatchesTheOfficialClient() throws IOException {
        Map<String, Row> golden = golden();
        Map<String, Row> ours = ourTable();
        golden.keySet().removeAll(REJECTED_LOOP_VARS);
        assertEquals(golden.keySet(), ours.keySet(), "case names of the golden table and of this test");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Row> row : golden.entrySet()) {
            Row mine = ours.get(row.getKey());
            tests.add(DynamicTest.dynamicTest(row.getKey(), () -> assertEquals(row.getValue(), mine, row.getKey())));
        }
        return tests;
    }

    @Test
    void tableCoversEveryCombination() throws IOException {
        // 19 paths x (13 select flags + 2 modify flags x 4 expressions) ops, 10 types x the same for
        // expressions, 30 loop variables, removeResult.
        assertEquals(19 * 21 + 10 * 19 * 21 + 30 + 1, golden().size());
    }

    @Test
    void loopVarIndexOfAnotherTypeIsRejectedHere() throws IOException {
        // The official client sends [122, type, 2] for any type; the server rejects every type but INT with
        // PARAMETER_ERROR (build_var_builtin), so we refuse it at the call and skip those golden rows above.
        Map<String, Row> golden = golden();
        for (Exp.Type type : Exp.Type.values()) {
            if (type != Exp.Type.INT) {
                assertEquals(new Row("exp", HEX.formatHex(new byte[] {(byte) 0x93, 0x7a, (byte) type.code(), 2})),
                        golden.get("loopVar|" + type + "|INDEX"));
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Exp.loopVar(type, LoopVarPart.INDEX));
                assertEquals("loopVar: part INDEX is an INT, got type " + type, e.getMessage());
            }
        }
    }

    private static Map<String, Row> ourTable() {
        Map<String, SelectFlags> select = new LinkedHashMap<>();
        select.put("MATCHING_TREE", SelectFlags.MATCHING_TREE);
        select.put("VALUE", SelectFlags.VALUE);
        select.put("LIST_VALUE", SelectFlags.LIST_VALUE);
        select.put("MAP_VALUE", SelectFlags.MAP_VALUE);
        select.put("MAP_KEY", SelectFlags.MAP_KEY);
        select.put("MAP_KEY_VALUE", SelectFlags.MAP_KEY_VALUE);
        for (String mode : select.keySet().toArray(String[]::new)) {
            select.put(mode + "|NO_FAIL", select.get(mode).with(SelectFlags.NO_FAIL));
        }
        select.put("NO_FAIL", SelectFlags.NO_FAIL);

        Map<String, ModifyFlags> modify = new LinkedHashMap<>();
        modify.put("DEFAULT", ModifyFlags.DEFAULT);
        modify.put("NO_FAIL", ModifyFlags.NO_FAIL);

        Map<String, Supplier<CTX[]>> paths = new LinkedHashMap<>();
        paths.put("listIndex(-1)", () -> a(CTX.listIndex(-1)));
        paths.put("listIndex(300)", () -> a(CTX.listIndex(300)));
        paths.put("listRank(2)", () -> a(CTX.listRank(2)));
        paths.put("listValue(x)", () -> a(CTX.listValue("x")));
        paths.put("listIndexCreate(3,UNORDERED,pad)", () -> a(CTX.listIndexCreate(3, ListOrder.UNORDERED, true)));
        paths.put("mapIndex(0)", () -> a(CTX.mapIndex(0)));
        paths.put("mapRank(-1)", () -> a(CTX.mapRank(-1)));
        paths.put("mapKey(k)", () -> a(CTX.mapKey("k")));
        paths.put("mapKey(5)", () -> a(CTX.mapKey(5)));
        paths.put("mapValue(3.5)", () -> a(CTX.mapValue(3.5)));
        paths.put("mapKeyCreate(k,KEY_ORDERED)", () -> a(CTX.mapKeyCreate("k", MapOrder.KEY_ORDERED)));
        paths.put("allChildren", () -> a(CTX.allChildren()));
        paths.put("filter(value>10)", () -> a(CTX.allChildrenWithFilter(valueOver10())));
        paths.put("filter(key==a)", () -> a(CTX.allChildrenWithFilter(keyIsA())));
        paths.put("filter(index<2)", () -> a(CTX.allChildrenWithFilter(indexUnder2())));
        paths.put("filter(bool value or true)", () -> a(CTX.allChildrenWithFilter(
                Exp.or(Exp.boolLoopVar(LoopVarPart.VALUE), Exp.val(true)))));
        paths.put("mapKey(a)/allChildren/filter(value>10)",
                () -> a(CTX.mapKey("a"), CTX.allChildren(), CTX.allChildrenWithFilter(valueOver10())));
        paths.put("allChildren/mapKey(k)/listIndex(0)",
                () -> a(CTX.allChildren(), CTX.mapKey("k"), CTX.listIndex(0)));
        paths.put("filter(key==a)/allChildren/filter(index<2)",
                () -> a(CTX.allChildrenWithFilter(keyIsA()), CTX.allChildren(), CTX.allChildrenWithFilter(indexUnder2())));

        Map<String, Supplier<Exp>> modifyExps = new LinkedHashMap<>();
        modifyExps.put("removeResult", Exp::removeResult);
        modifyExps.put("value+1", () -> Exp.add(Exp.intLoopVar(LoopVarPart.VALUE), Exp.val(1)));
        modifyExps.put("cond(value>10,remove,value)", () -> Exp.cond(valueOver10(), Exp.removeResult(),
                Exp.intLoopVar(LoopVarPart.VALUE)));
        modifyExps.put("\"x\"", () -> Exp.val("x"));

        Map<String, Row> table = new LinkedHashMap<>();
        for (var path : paths.entrySet()) {
            for (var flags : select.entrySet()) {
                table.put("op|selectByPath|" + flags.getKey() + "|" + path.getKey(),
                        op(PathOperations.selectByPath("doc", flags.getValue(), path.getValue().get())));
            }
            for (var flags : modify.entrySet()) {
                for (var exp : modifyExps.entrySet()) {
                    table.put("op|modifyByPath|" + flags.getKey() + "|" + exp.getKey() + "|" + path.getKey(),
                            op(PathOperations.modifyByPath("doc", flags.getValue(), Exp.build(exp.getValue().get()),
                                    path.getValue().get())));
                }
            }
        }
        for (Exp.Type type : Exp.Type.values()) {
            Exp bin = type == Exp.Type.LIST ? Exp.listBin("doc") : Exp.mapBin("doc");
            for (var path : paths.entrySet()) {
                for (var flags : select.entrySet()) {
                    table.put("exp|selectByPath|" + type + "|" + flags.getKey() + "|" + path.getKey(),
                            exp(Exp.selectByPath(type, flags.getValue(), bin, path.getValue().get())));
                }
                for (var flags : modify.entrySet()) {
                    for (var mod : modifyExps.entrySet()) {
                        table.put("exp|modifyByPath|" + type + "|" + flags.getKey() + "|" + mod.getKey() + "|"
                                + path.getKey(), exp(Exp.modifyByPath(type, flags.getValue(), mod.getValue().get(), bin,
                                        path.getValue().get())));
                    }
                }
            }
        }
        for (Exp.Type type : Exp.Type.values()) {
            for (LoopVarPart part : LoopVarPart.values()) {
                String name = "loopVar|" + type + "|" + part;
                if (!REJECTED_LOOP_VARS.contains(name)) {
                    table.put(name, exp(typedLoopVar(type, part)));
                }
            }
        }
        table.put("removeResult", exp(Exp.removeResult()));
        return table;
    }

    private static Exp typedLoopVar(Exp.Type type, LoopVarPart part) {
        return switch (type) {
            case NIL -> Exp.nilLoopVar(part);
            case BOOL -> Exp.boolLoopVar(part);
            case INT -> Exp.intLoopVar(part);
            case STRING -> Exp.stringLoopVar(part);
            case LIST -> Exp.listLoopVar(part);
            case MAP -> Exp.mapLoopVar(part);
            case BLOB -> Exp.blobLoopVar(part);
            case FLOAT -> Exp.floatLoopVar(part);
            case GEO -> Exp.geoJsonLoopVar(part);
            case HLL -> Exp.hllLoopVar(part);
        };
    }

    private static Exp valueOver10() {
        return Exp.gt(Exp.intLoopVar(LoopVarPart.VALUE), Exp.val(10));
    }

    private static Exp keyIsA() {
        return Exp.eq(Exp.stringLoopVar(LoopVarPart.MAP_KEY), Exp.val("a"));
    }

    private static Exp indexUnder2() {
        return Exp.lt(Exp.intLoopVar(LoopVarPart.INDEX), Exp.val(2));
    }

    private static CTX[] a(CTX... ctx) {
        return ctx;
    }

    private static Row op(Operation op) {
        Value.BytesValue value = (Value.BytesValue) op.value();
        return new Row("op:" + op.type().code() + ":" + value.particleType(), HEX.formatHex(value.value()));
    }

    private static Row exp(Exp exp) {
        return new Row("exp", HEX.formatHex(Exp.build(exp).bytes()));
    }

    private static Map<String, Row> golden() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = PathBytesTest.class.getResourceAsStream("/golden-path-exp.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                rows.put(cols[0], new Row(cols[1], cols[2]));
            }
        }
        return rows;
    }
}
