import com.aerospike.client.Operation;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.CdtOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.exp.CdtExp;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.LoopVarPart;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints the golden table of path-expression bytes built by the official Aerospike Java client 9.3.0
 * (test resource {@code golden-path-exp.tsv}; compared by {@code io.spikesdk.exp.PathBytesTest}). Not part
 * of the Maven build (the 9.3.0 jar is built for Java 21). Regenerate from the repository root with:
 *
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
 *   -cp ~/.m2/repository/com/aerospike/aerospike-client-jdk21/9.3.0/aerospike-client-jdk21-9.3.0.jar:~/.m2/repository/org/luaj/luaj-jse/3.0.1/luaj-jse-3.0.1.jar \
 *   sdk-cdt-ops/src/test/golden-gen/PathGolden.java > sdk-cdt-ops/src/test/resources/golden-path-exp.tsv
 * </pre>
 *
 * Columns: case name, kind ({@code exp}, or {@code op:<wire op type>:<particle type>}), hex bytes. The case
 * names and argument values must stay in step with {@code PathBytesTest}.
 */
public class PathGolden {
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) {
        Map<String, Integer> select = new LinkedHashMap<>();
        select.put("MATCHING_TREE", Exp.SELECT_MATCHING_TREE);
        select.put("VALUE", Exp.SELECT_VALUE);
        select.put("LIST_VALUE", Exp.SELECT_LIST_VALUE);
        select.put("MAP_VALUE", Exp.SELECT_MAP_VALUE);
        select.put("MAP_KEY", Exp.SELECT_MAP_KEY);
        select.put("MAP_KEY_VALUE", Exp.SELECT_MAP_KEY_VALUE);
        for (String mode : select.keySet().toArray(String[]::new)) {
            select.put(mode + "|NO_FAIL", select.get(mode) | Exp.SELECT_NO_FAIL);
        }
        select.put("NO_FAIL", Exp.SELECT_NO_FAIL);

        Map<String, Integer> modify = new LinkedHashMap<>();
        modify.put("DEFAULT", Exp.MODIFY_DEFAULT);
        modify.put("NO_FAIL", Exp.MODIFY_NO_FAIL);

        Map<String, Supplier<CTX[]>> paths = new LinkedHashMap<>();
        paths.put("listIndex(-1)", () -> a(CTX.listIndex(-1)));
        paths.put("listIndex(300)", () -> a(CTX.listIndex(300)));
        paths.put("listRank(2)", () -> a(CTX.listRank(2)));
        paths.put("listValue(x)", () -> a(CTX.listValue(Value.get("x"))));
        paths.put("listIndexCreate(3,UNORDERED,pad)", () -> a(CTX.listIndexCreate(3, ListOrder.UNORDERED, true)));
        paths.put("mapIndex(0)", () -> a(CTX.mapIndex(0)));
        paths.put("mapRank(-1)", () -> a(CTX.mapRank(-1)));
        paths.put("mapKey(k)", () -> a(CTX.mapKey(Value.get("k"))));
        paths.put("mapKey(5)", () -> a(CTX.mapKey(Value.get(5))));
        paths.put("mapValue(3.5)", () -> a(CTX.mapValue(Value.get(3.5))));
        paths.put("mapKeyCreate(k,KEY_ORDERED)", () -> a(CTX.mapKeyCreate(Value.get("k"), MapOrder.KEY_ORDERED)));
        paths.put("allChildren", () -> a(CTX.allChildren()));
        paths.put("filter(value>10)", () -> a(CTX.allChildrenWithFilter(valueOver10())));
        paths.put("filter(key==a)", () -> a(CTX.allChildrenWithFilter(keyIsA())));
        paths.put("filter(index<2)", () -> a(CTX.allChildrenWithFilter(indexUnder2())));
        paths.put("filter(bool value or true)", () -> a(CTX.allChildrenWithFilter(
                Exp.or(Exp.boolLoopVar(LoopVarPart.VALUE), Exp.val(true)))));
        paths.put("mapKey(a)/allChildren/filter(value>10)",
                () -> a(CTX.mapKey(Value.get("a")), CTX.allChildren(), CTX.allChildrenWithFilter(valueOver10())));
        paths.put("allChildren/mapKey(k)/listIndex(0)",
                () -> a(CTX.allChildren(), CTX.mapKey(Value.get("k")), CTX.listIndex(0)));
        paths.put("filter(key==a)/allChildren/filter(index<2)",
                () -> a(CTX.allChildrenWithFilter(keyIsA()), CTX.allChildren(), CTX.allChildrenWithFilter(indexUnder2())));

        Map<String, Supplier<Exp>> modifyExps = new LinkedHashMap<>();
        modifyExps.put("removeResult", Exp::removeResults);
        modifyExps.put("value+1", () -> Exp.add(Exp.intLoopVar(LoopVarPart.VALUE), Exp.val(1)));
        modifyExps.put("cond(value>10,remove,value)", () -> Exp.cond(valueOver10(), Exp.removeResults(),
                Exp.intLoopVar(LoopVarPart.VALUE)));
        modifyExps.put("\"x\"", () -> Exp.val("x"));

        for (var path : paths.entrySet()) {
            for (var flags : select.entrySet()) {
                op("op|selectByPath|" + flags.getKey() + "|" + path.getKey(),
                        CdtOperation.selectByPath("doc", flags.getValue(), path.getValue().get()));
            }
            for (var flags : modify.entrySet()) {
                for (var exp : modifyExps.entrySet()) {
                    op("op|modifyByPath|" + flags.getKey() + "|" + exp.getKey() + "|" + path.getKey(),
                            CdtOperation.modifyByPath("doc", flags.getValue(), Exp.build(exp.getValue().get()),
                                    path.getValue().get()));
                }
            }
        }
        for (Exp.Type type : Exp.Type.values()) {
            Exp bin = type == Exp.Type.LIST ? Exp.listBin("doc") : Exp.mapBin("doc");
            for (var path : paths.entrySet()) {
                for (var flags : select.entrySet()) {
                    exp("exp|selectByPath|" + type + "|" + flags.getKey() + "|" + path.getKey(),
                            CdtExp.selectByPath(type, flags.getValue(), bin, path.getValue().get()));
                }
                for (var flags : modify.entrySet()) {
                    for (var mod : modifyExps.entrySet()) {
                        exp("exp|modifyByPath|" + type + "|" + flags.getKey() + "|" + mod.getKey() + "|" + path.getKey(),
                                CdtExp.modifyByPath(type, flags.getValue(), mod.getValue().get(), bin,
                                        path.getValue().get()));
                    }
                }
            }
        }
        for (Exp.Type type : Exp.Type.values()) {
            for (LoopVarPart part : LoopVarPart.values()) {
                exp("loopVar|" + type + "|" + part, loopVar(type, part));
            }
        }
        exp("removeResult", Exp.removeResults());
    }

    private static Exp loopVar(Exp.Type type, LoopVarPart part) {
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

    private static void op(String name, Operation op) {
        System.out.println(name + "\top:" + op.type.protocolType + ":" + op.value.getType() + "\t"
                + HEX.formatHex((byte[]) op.value.getObject()));
    }

    private static void exp(String name, Exp exp) {
        System.out.println(name + "\texp\t" + HEX.formatHex(Exp.build(exp).getBytes()));
    }
}
