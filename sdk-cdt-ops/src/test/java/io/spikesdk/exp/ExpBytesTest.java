package io.spikesdk.exp;

import com.aerospike.client.query.RegexFlag;
import io.spikesdk.api.GeoJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.spikesdk.exp.ByteCase.of;

/** Every {@link Exp} factory packs the same bytes as the official client's {@code Exp} for the same arguments. */
class ExpBytesTest {

    private static final String GEO_POINT = "{\"type\":\"Point\",\"coordinates\":[-122.0,37.5]}";
    private static final String GEO_CIRCLE = "{\"type\":\"AeroCircle\",\"coordinates\":[[-122.0,37.5],1000]}";

    private static Stream<DynamicTest> tests(List<ByteCase> cases) {
        return cases.stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> integerLiterals() {
        long[] values = {0, 1, 18, 127, 128, 255, 256, 65535, 65536, 4294967295L, 4294967296L, Long.MAX_VALUE,
            -1, -32, -33, -128, -129, -32768, -32769, Integer.MIN_VALUE, Integer.MIN_VALUE - 1L, Long.MIN_VALUE};
        List<ByteCase> cases = new ArrayList<>();
        for (long v : values) {
            cases.add(of("val(" + v + "L)", () -> Exp.val(v), () -> AsExp.val(v)));
        }
        int small = 42;
        cases.add(of("val(int)", () -> Exp.val(small), () -> AsExp.val(small)));
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> scalarLiterals() {
        double[] doubles = {0.0, -0.0, 1.5, -2.25, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, 1e30};
        List<ByteCase> cases = new ArrayList<>();
        for (double d : doubles) {
            cases.add(of("val(" + d + ")", () -> Exp.val(d), () -> AsExp.val(d)));
        }
        for (int len : new int[] {0, 1, 30, 31, 32, 254, 255, 256, 65534, 65535, 70000}) {
            String s = "s".repeat(len);
            byte[] b = new byte[len];
            Arrays.fill(b, (byte) 0x9c);
            cases.add(of("val(String of " + len + ")", () -> Exp.val(s), () -> AsExp.val(s)));
            cases.add(of("val(byte[" + len + "])", () -> Exp.val(b), () -> AsExp.val(b)));
        }
        String unicode = "h\u00e9llo \u6f22\u5b57 \ud83d\ude00";
        cases.add(of("val(unicode)", () -> Exp.val(unicode), () -> AsExp.val(unicode)));
        cases.add(of("val(true)", () -> Exp.val(true), () -> AsExp.val(true)));
        cases.add(of("val(false)", () -> Exp.val(false), () -> AsExp.val(false)));
        cases.add(of("nil()", Exp::nil, AsExp::nil));
        cases.add(of("inf()", Exp::inf, AsExp::inf));
        cases.add(of("wildcard()", Exp::wildcard, AsExp::wildcard));
        cases.add(of("geo(point)", () -> Exp.geo(GEO_POINT), () -> AsExp.geo(GEO_POINT)));
        cases.add(of("val(GeoJson)", () -> Exp.val(GeoJson.of(GEO_CIRCLE)), () -> AsExp.geo(GEO_CIRCLE)));
        cases.add(of("unknown()", Exp::unknown, AsExp::unknown));
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> listAndMapLiterals() {
        List<Object> mixed = new ArrayList<>(Arrays.asList(1L, -7, "two", 3.5, true, null, new byte[] {1, 2},
                List.of("nested", List.of()), new TreeMap<>(Map.of("k", 1L))));
        List<Object> sixteen = new ArrayList<>();
        IntStream.range(0, 16).forEach(i -> sixteen.add((long) i * 1000));
        Map<Object, Object> hash = new HashMap<>();
        hash.put("b", 2L);
        hash.put("a", List.of(1L, "x"));
        hash.put(7L, 1.25);
        Map<Object, Object> linked = new LinkedHashMap<>();
        linked.put("z", 1L);
        linked.put("a", new byte[] {9});
        linked.put(-3L, Map.of("inner", true));
        Map<Object, Object> sorted = new TreeMap<>(Map.of("c", 3L, "a", 1L, "b", List.of(2L)));
        Map<Object, Object> big = new LinkedHashMap<>();
        IntStream.range(0, 20).forEach(i -> big.put((long) i, "v" + i));
        List<ByteCase> cases = new ArrayList<>();
        cases.add(of("val(empty list)", () -> Exp.val(List.of()), () -> AsExp.val(List.of())));
        cases.add(of("val(mixed list)", () -> Exp.val(mixed), () -> AsExp.val(mixed)));
        cases.add(of("val(16-element list)", () -> Exp.val(sixteen), () -> AsExp.val(sixteen)));
        cases.add(of("val(empty map)", () -> Exp.val(Map.of()), () -> AsExp.val(Map.of())));
        cases.add(of("val(HashMap)", () -> Exp.val(hash), () -> AsExp.val(hash)));
        cases.add(of("val(LinkedHashMap)", () -> Exp.val(linked), () -> AsExp.val(linked)));
        cases.add(of("val(TreeMap) key-ordered", () -> Exp.val(sorted), () -> AsExp.val(sorted)));
        cases.add(of("val(empty TreeMap)", () -> Exp.val(new TreeMap<>()), () -> AsExp.val(new TreeMap<>())));
        cases.add(of("val(20-entry map)", () -> Exp.val(big), () -> AsExp.val(big)));
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> binsAndMetadata() {
        List<ByteCase> cases = new ArrayList<>();
        for (String name : new String[] {"a", "bin15charslong!", "n\u00e4me", ""}) {
            cases.add(of("intBin(" + name + ")", () -> Exp.intBin(name), () -> AsExp.intBin(name)));
            cases.add(of("floatBin(" + name + ")", () -> Exp.floatBin(name), () -> AsExp.floatBin(name)));
            cases.add(of("stringBin(" + name + ")", () -> Exp.stringBin(name), () -> AsExp.stringBin(name)));
            cases.add(of("boolBin(" + name + ")", () -> Exp.boolBin(name), () -> AsExp.boolBin(name)));
            cases.add(of("blobBin(" + name + ")", () -> Exp.blobBin(name), () -> AsExp.blobBin(name)));
            cases.add(of("geoBin(" + name + ")", () -> Exp.geoBin(name), () -> AsExp.geoBin(name)));
            cases.add(of("listBin(" + name + ")", () -> Exp.listBin(name), () -> AsExp.listBin(name)));
            cases.add(of("mapBin(" + name + ")", () -> Exp.mapBin(name), () -> AsExp.mapBin(name)));
            cases.add(of("hllBin(" + name + ")", () -> Exp.hllBin(name), () -> AsExp.hllBin(name)));
            cases.add(of("binExists(" + name + ")", () -> Exp.binExists(name), () -> AsExp.binExists(name)));
            cases.add(of("binType(" + name + ")", () -> Exp.binType(name), () -> AsExp.binType(name)));
        }
        for (Exp.Type type : Exp.Type.values()) {
            AsExp.Type theirs = AsExp.Type.valueOf(type.name());
            cases.add(of("bin(b, " + type + ")", () -> Exp.bin("b", type), () -> AsExp.bin("b", theirs)));
        }
        for (Exp.Type type : List.of(Exp.Type.INT, Exp.Type.STRING, Exp.Type.BLOB)) {
            AsExp.Type theirs = AsExp.Type.valueOf(type.name());
            cases.add(of("key(" + type + ")", () -> Exp.key(type), () -> AsExp.key(theirs)));
        }
        cases.add(of("keyExists()", Exp::keyExists, AsExp::keyExists));
        cases.add(of("setName()", Exp::setName, AsExp::setName));
        cases.add(of("recordSize()", Exp::recordSize, AsExp::recordSize));
        cases.add(of("deviceSize()", Exp::deviceSize, AsExp::deviceSize));
        cases.add(of("memorySize()", Exp::memorySize, AsExp::memorySize));
        cases.add(of("lastUpdate()", Exp::lastUpdate, AsExp::lastUpdate));
        cases.add(of("sinceUpdate()", Exp::sinceUpdate, AsExp::sinceUpdate));
        cases.add(of("voidTime()", Exp::voidTime, AsExp::voidTime));
        cases.add(of("ttl()", Exp::ttl, AsExp::ttl));
        cases.add(of("isTombstone()", Exp::isTombstone, AsExp::isTombstone));
        for (int mod : new int[] {1, 3, 128, 1000003, Integer.MAX_VALUE, -5}) {
            cases.add(of("digestModulo(" + mod + ")", () -> Exp.digestModulo(mod), () -> AsExp.digestModulo(mod)));
        }
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> comparisons() {
        List<ByteCase> cases = new ArrayList<>();
        for (String op : List.of("eq", "ne", "gt", "ge", "lt", "le")) {
            cases.add(of(op + "(intBin, 10)", () -> ourCompare(op, Exp.intBin("i"), Exp.val(10)),
                    () -> officialCompare(op, AsExp.intBin("i"), AsExp.val(10))));
            cases.add(of(op + "(floatBin, -1.5)", () -> ourCompare(op, Exp.floatBin("f"), Exp.val(-1.5)),
                    () -> officialCompare(op, AsExp.floatBin("f"), AsExp.val(-1.5))));
            cases.add(of(op + "(stringBin, str)", () -> ourCompare(op, Exp.stringBin("s"), Exp.val("abc")),
                    () -> officialCompare(op, AsExp.stringBin("s"), AsExp.val("abc"))));
            cases.add(of(op + "(listBin, list)", () -> ourCompare(op, Exp.listBin("l"), Exp.val(List.of(1L, 2L))),
                    () -> officialCompare(op, AsExp.listBin("l"), AsExp.val(List.of(1L, 2L)))));
            cases.add(of(op + "(key, blob)", () -> ourCompare(op, Exp.key(Exp.Type.BLOB), Exp.val(new byte[] {1})),
                    () -> officialCompare(op, AsExp.key(AsExp.Type.BLOB), AsExp.val(new byte[] {1}))));
        }
        cases.add(of("geoCompare(geoBin, point)", () -> Exp.geoCompare(Exp.geoBin("g"), Exp.geo(GEO_POINT)),
                () -> AsExp.geoCompare(AsExp.geoBin("g"), AsExp.geo(GEO_POINT))));
        cases.add(of("geoCompare(circle, geoBin)", () -> Exp.geoCompare(Exp.geo(GEO_CIRCLE), Exp.geoBin("g")),
                () -> AsExp.geoCompare(AsExp.geo(GEO_CIRCLE), AsExp.geoBin("g"))));
        return tests(cases);
    }

    private static Exp ourCompare(String op, Exp a, Exp b) {
        return switch (op) {
            case "eq" -> Exp.eq(a, b);
            case "ne" -> Exp.ne(a, b);
            case "gt" -> Exp.gt(a, b);
            case "ge" -> Exp.ge(a, b);
            case "lt" -> Exp.lt(a, b);
            case "le" -> Exp.le(a, b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static com.aerospike.client.exp.Exp officialCompare(String op, com.aerospike.client.exp.Exp a,
                                                                com.aerospike.client.exp.Exp b) {
        return switch (op) {
            case "eq" -> AsExp.eq(a, b);
            case "ne" -> AsExp.ne(a, b);
            case "gt" -> AsExp.gt(a, b);
            case "ge" -> AsExp.ge(a, b);
            case "lt" -> AsExp.lt(a, b);
            case "le" -> AsExp.le(a, b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    @TestFactory
    Stream<DynamicTest> regexFlags() {
        io.spikesdk.exp.RegexFlag[] ours = {io.spikesdk.exp.RegexFlag.EXTENDED, io.spikesdk.exp.RegexFlag.ICASE,
            io.spikesdk.exp.RegexFlag.NOSUB, io.spikesdk.exp.RegexFlag.NEWLINE};
        int[] theirs = {RegexFlag.EXTENDED, RegexFlag.ICASE, RegexFlag.NOSUB, RegexFlag.NEWLINE};
        List<ByteCase> cases = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++) {
            io.spikesdk.exp.RegexFlag flags = io.spikesdk.exp.RegexFlag.NONE;
            int bits = RegexFlag.NONE;
            for (int i = 0; i < 4; i++) {
                if ((mask & (1 << i)) != 0) {
                    flags = flags.with(ours[i]);
                    bits |= theirs[i];
                }
            }
            io.spikesdk.exp.RegexFlag f = flags;
            int b = bits;
            cases.add(of("regexCompare(" + f + ")", () -> Exp.regexCompare("^a.*b$", f, Exp.stringBin("s")),
                    () -> AsExp.regexCompare("^a.*b$", b, AsExp.stringBin("s"))));
        }
        String longPattern = "(alpha|beta|gamma|delta|epsilon)+[0-9]{2,4}";
        cases.add(of("regexCompare(int flags, long pattern)",
                () -> Exp.regexCompare(longPattern, RegexFlag.EXTENDED | RegexFlag.ICASE, Exp.stringBin("s")),
                () -> AsExp.regexCompare(longPattern, RegexFlag.EXTENDED | RegexFlag.ICASE, AsExp.stringBin("s"))));
        cases.add(of("regexCompare(unknown bits 0x100)", () -> Exp.regexCompare("a", 0x100, Exp.key(Exp.Type.STRING)),
                () -> AsExp.regexCompare("a", 0x100, AsExp.key(AsExp.Type.STRING))));
        cases.add(of("regexCompare(on setName)", () -> Exp.regexCompare("", io.spikesdk.exp.RegexFlag.NONE, Exp.setName()),
                () -> AsExp.regexCompare("", RegexFlag.NONE, AsExp.setName())));
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> logic() {
        List<ByteCase> cases = new ArrayList<>();
        cases.add(of("not", () -> Exp.not(Exp.boolBin("b")), () -> AsExp.not(AsExp.boolBin("b"))));
        for (int n : new int[] {2, 3, 14, 15, 16, 20}) {
            cases.add(of("and(" + n + ")", () -> Exp.and(bools(n)), () -> AsExp.and(officialBools(n))));
            cases.add(of("or(" + n + ")", () -> Exp.or(bools(n)), () -> AsExp.or(officialBools(n))));
            cases.add(of("exclusive(" + n + ")", () -> Exp.exclusive(bools(n)), () -> AsExp.exclusive(officialBools(n))));
        }
        return tests(cases);
    }

    private static Exp[] bools(int n) {
        return IntStream.range(0, n).mapToObj(i -> Exp.eq(Exp.intBin("b" + i), Exp.val(i))).toArray(Exp[]::new);
    }

    private static com.aerospike.client.exp.Exp[] officialBools(int n) {
        return IntStream.range(0, n).mapToObj(i -> AsExp.eq(AsExp.intBin("b" + i), AsExp.val(i)))
                .toArray(com.aerospike.client.exp.Exp[]::new);
    }

    private static Exp[] ints(int n) {
        return IntStream.range(0, n).mapToObj(i -> i % 2 == 0 ? Exp.intBin("i" + i) : Exp.val(i * 300L))
                .toArray(Exp[]::new);
    }

    private static com.aerospike.client.exp.Exp[] officialInts(int n) {
        return IntStream.range(0, n).mapToObj(i -> i % 2 == 0 ? AsExp.intBin("i" + i) : AsExp.val(i * 300L))
                .toArray(com.aerospike.client.exp.Exp[]::new);
    }

    @TestFactory
    Stream<DynamicTest> arithmetic() {
        List<ByteCase> cases = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 15, 16}) {
            cases.add(of("add(" + n + ")", () -> Exp.add(ints(n)), () -> AsExp.add(officialInts(n))));
            cases.add(of("sub(" + n + ")", () -> Exp.sub(ints(n)), () -> AsExp.sub(officialInts(n))));
            cases.add(of("mul(" + n + ")", () -> Exp.mul(ints(n)), () -> AsExp.mul(officialInts(n))));
            cases.add(of("div(" + n + ")", () -> Exp.div(ints(n)), () -> AsExp.div(officialInts(n))));
            cases.add(of("intAnd(" + n + ")", () -> Exp.intAnd(ints(n)), () -> AsExp.intAnd(officialInts(n))));
            cases.add(of("intOr(" + n + ")", () -> Exp.intOr(ints(n)), () -> AsExp.intOr(officialInts(n))));
            cases.add(of("intXor(" + n + ")", () -> Exp.intXor(ints(n)), () -> AsExp.intXor(officialInts(n))));
            cases.add(of("min(" + n + ")", () -> Exp.min(ints(n)), () -> AsExp.min(officialInts(n))));
            cases.add(of("max(" + n + ")", () -> Exp.max(ints(n)), () -> AsExp.max(officialInts(n))));
        }
        cases.add(of("add(floats)", () -> Exp.add(Exp.floatBin("f"), Exp.val(0.5)),
                () -> AsExp.add(AsExp.floatBin("f"), AsExp.val(0.5))));
        cases.add(of("pow", () -> Exp.pow(Exp.floatBin("f"), Exp.val(2.0)), () -> AsExp.pow(AsExp.floatBin("f"), AsExp.val(2.0))));
        cases.add(of("log", () -> Exp.log(Exp.floatBin("f"), Exp.val(10.0)), () -> AsExp.log(AsExp.floatBin("f"), AsExp.val(10.0))));
        cases.add(of("mod", () -> Exp.mod(Exp.intBin("i"), Exp.val(7)), () -> AsExp.mod(AsExp.intBin("i"), AsExp.val(7))));
        cases.add(of("abs", () -> Exp.abs(Exp.intBin("i")), () -> AsExp.abs(AsExp.intBin("i"))));
        cases.add(of("floor", () -> Exp.floor(Exp.floatBin("f")), () -> AsExp.floor(AsExp.floatBin("f"))));
        cases.add(of("ceil", () -> Exp.ceil(Exp.floatBin("f")), () -> AsExp.ceil(AsExp.floatBin("f"))));
        cases.add(of("toInt", () -> Exp.toInt(Exp.floatBin("f")), () -> AsExp.toInt(AsExp.floatBin("f"))));
        cases.add(of("toFloat", () -> Exp.toFloat(Exp.intBin("i")), () -> AsExp.toFloat(AsExp.intBin("i"))));
        cases.add(of("intNot", () -> Exp.intNot(Exp.intBin("i")), () -> AsExp.intNot(AsExp.intBin("i"))));
        cases.add(of("lshift", () -> Exp.lshift(Exp.intBin("i"), Exp.val(64)), () -> AsExp.lshift(AsExp.intBin("i"), AsExp.val(64))));
        cases.add(of("rshift", () -> Exp.rshift(Exp.intBin("i"), Exp.val(1)), () -> AsExp.rshift(AsExp.intBin("i"), AsExp.val(1))));
        cases.add(of("arshift", () -> Exp.arshift(Exp.val(-8), Exp.intBin("n")), () -> AsExp.arshift(AsExp.val(-8), AsExp.intBin("n"))));
        cases.add(of("count", () -> Exp.count(Exp.intBin("i")), () -> AsExp.count(AsExp.intBin("i"))));
        cases.add(of("lscan", () -> Exp.lscan(Exp.intBin("i"), Exp.val(true)), () -> AsExp.lscan(AsExp.intBin("i"), AsExp.val(true))));
        cases.add(of("rscan", () -> Exp.rscan(Exp.intBin("i"), Exp.val(false)), () -> AsExp.rscan(AsExp.intBin("i"), AsExp.val(false))));
        cases.add(of("golden exp_read i * 2", () -> Exp.mul(Exp.intBin("i"), Exp.val(2)),
                () -> AsExp.mul(AsExp.intBin("i"), AsExp.val(2))));
        return tests(cases);
    }

    @TestFactory
    Stream<DynamicTest> control() {
        List<ByteCase> cases = new ArrayList<>();
        cases.add(of("cond(3)", () -> Exp.cond(Exp.binExists("a"), Exp.intBin("a"), Exp.val(0)),
                () -> AsExp.cond(AsExp.binExists("a"), AsExp.intBin("a"), AsExp.val(0))));
        cases.add(of("cond(5, unknown default)", () -> Exp.cond(
                        Exp.lt(Exp.intBin("a"), Exp.val(0)), Exp.val("neg"),
                        Exp.eq(Exp.intBin("a"), Exp.val(0)), Exp.val("zero"),
                        Exp.unknown()),
                () -> AsExp.cond(
                        AsExp.lt(AsExp.intBin("a"), AsExp.val(0)), AsExp.val("neg"),
                        AsExp.eq(AsExp.intBin("a"), AsExp.val(0)), AsExp.val("zero"),
                        AsExp.unknown())));
        cases.add(of("let(1 def)", () -> Exp.let(Exp.def("x", Exp.intBin("a")), Exp.add(Exp.var("x"), Exp.var("x"))),
                () -> AsExp.let(AsExp.def("x", AsExp.intBin("a")), AsExp.add(AsExp.var("x"), AsExp.var("x")))));
        cases.add(of("let(2 defs, nested let)", () -> Exp.let(
                        Exp.def("x", Exp.intBin("a")),
                        Exp.def("_y2", Exp.mul(Exp.var("x"), Exp.val(3))),
                        Exp.let(Exp.def("z", Exp.var("_y2")), Exp.gt(Exp.var("z"), Exp.var("x")))),
                () -> AsExp.let(
                        AsExp.def("x", AsExp.intBin("a")),
                        AsExp.def("_y2", AsExp.mul(AsExp.var("x"), AsExp.val(3))),
                        AsExp.let(AsExp.def("z", AsExp.var("_y2")), AsExp.gt(AsExp.var("z"), AsExp.var("x"))))));
        Map<Object, Object> filterMap = new TreeMap<>(Map.of("lo", 1L));
        cases.add(of("expr(spliced)", () -> Exp.and(Exp.expr(Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(1)))), Exp.keyExists()),
                () -> AsExp.and(AsExp.expr(AsExp.build(AsExp.eq(AsExp.intBin("a"), AsExp.val(1)))), AsExp.keyExists())));
        cases.add(of("realistic filter", () -> Exp.and(
                        Exp.or(Exp.gt(Exp.ttl(), Exp.val(3600)), Exp.eq(Exp.ttl(), Exp.val(-1))),
                        Exp.eq(Exp.digestModulo(10), Exp.val(3)),
                        Exp.not(Exp.isTombstone()),
                        Exp.eq(Exp.setName(), Exp.val("users")),
                        Exp.eq(Exp.mapBin("m"), Exp.val(filterMap)),
                        Exp.ge(Exp.sinceUpdate(), Exp.val(60_000)),
                        Exp.lt(Exp.lastUpdate(), Exp.val(1_795_702_619_958_000_000L)),
                        Exp.le(Exp.recordSize(), Exp.val(1 << 20))),
                () -> AsExp.and(
                        AsExp.or(AsExp.gt(AsExp.ttl(), AsExp.val(3600)), AsExp.eq(AsExp.ttl(), AsExp.val(-1))),
                        AsExp.eq(AsExp.digestModulo(10), AsExp.val(3)),
                        AsExp.not(AsExp.isTombstone()),
                        AsExp.eq(AsExp.setName(), AsExp.val("users")),
                        AsExp.eq(AsExp.mapBin("m"), AsExp.val(filterMap)),
                        AsExp.ge(AsExp.sinceUpdate(), AsExp.val(60_000)),
                        AsExp.lt(AsExp.lastUpdate(), AsExp.val(1_795_702_619_958_000_000L)),
                        AsExp.le(AsExp.recordSize(), AsExp.val(1 << 20)))));
        return tests(cases);
    }
}
