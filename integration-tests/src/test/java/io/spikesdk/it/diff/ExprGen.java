package io.spikesdk.it.diff;

import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ListExp;
import com.aerospike.client.exp.MapExp;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A modest typed expression generator over the bins of {@link ExpCases} ({@code i} int, {@code f} float,
 * {@code s} string, {@code b} bool, {@code l} list, {@code m} map, {@code x} blob; any may be absent or of
 * another type). Integer division and modulo only get literal divisors other than -1, since INT64_MIN / -1
 * is suspected to crash the real server.
 */
final class ExprGen {
    private final Gen g;

    ExprGen(Gen g) {
        this.g = g;
    }

    Expr any(int depth) {
        return switch (g.nextInt(6)) {
            case 0, 1 -> integer(depth);
            case 2 -> floating(depth);
            case 3 -> bool(depth);
            case 4 -> string();
            default -> container();
        };
    }

    Expr integer(int depth) {
        int p = g.nextInt(depth > 0 ? 22 : 8);
        return switch (p) {
            case 0, 1, 2 -> {
                long v = g.chance(20) ? Gen.EDGE_INTS[g.nextInt(Gen.EDGE_INTS.length)] : g.smallLong();
                yield new Expr(String.valueOf(v), Exp.val(v));
            }
            case 3, 4, 5 -> new Expr("intBin(i)", Exp.intBin("i"));
            case 6 -> new Expr("intBin(s)", Exp.intBin("s"));
            case 7 -> new Expr("binType(" + pickBin() + ")", Exp.binType(pickBin()));
            case 8, 9 -> binary("add", integer(depth - 1), integer(depth - 1), Exp::add);
            case 10 -> binary("sub", integer(depth - 1), integer(depth - 1), Exp::sub);
            case 11 -> binary("mul", integer(depth - 1), integer(depth - 1), Exp::mul);
            case 12 -> {
                long d = g.pick(new Long[] {2L, 3L, -2L, 7L, 0L});
                Expr a = integer(depth - 1);
                yield g.chance(50) ? new Expr("div(" + a + "," + d + ")", Exp.div(a.exp(), Exp.val(d)))
                        : new Expr("mod(" + a + "," + d + ")", Exp.mod(a.exp(), Exp.val(d)));
            }
            case 13 -> unary("abs", integer(depth - 1), Exp::abs);
            case 14 -> binary("intXor", integer(depth - 1), integer(depth - 1), Exp::intXor);
            case 15 -> {
                long n = g.pick(new Long[] {0L, 1L, 63L, 64L, 65L, -1L});
                Expr a = integer(depth - 1);
                yield new Expr("lshift(" + a + "," + n + ")", Exp.lshift(a.exp(), Exp.val(n)));
            }
            case 16 -> new Expr("ListExp.size(listBin(l))", ListExp.size(Exp.listBin("l")));
            case 17 -> new Expr("MapExp.size(mapBin(m))", MapExp.size(Exp.mapBin("m")));
            case 18 -> {
                long idx = g.smallLong() - 2;
                yield new Expr("ListExp.getByIndex(VALUE,INT," + idx + ",listBin(l))",
                        ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(idx), Exp.listBin("l")));
            }
            case 19 -> {
                long key = g.smallLong();
                yield new Expr("MapExp.getByKey(VALUE,INT," + key + ",mapBin(m))",
                        MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val(key), Exp.mapBin("m")));
            }
            case 20 -> {
                Expr c = bool(depth - 1);
                Expr a = integer(depth - 1);
                Expr b = integer(depth - 1);
                yield new Expr("cond(" + c + "," + a + "," + b + ")", Exp.cond(c.exp(), a.exp(), b.exp()));
            }
            default -> unary("toInt", floating(depth - 1), Exp::toInt);
        };
    }

    Expr floating(int depth) {
        int p = g.nextInt(depth > 0 ? 10 : 5);
        return switch (p) {
            case 0, 1 -> {
                double v = g.pick(new Double[] {1.5, -0.0, 0.0, 2.25, -3.0, 1e300});
                yield new Expr(v + "d", Exp.val(v));
            }
            case 2, 3 -> new Expr("floatBin(f)", Exp.floatBin("f"));
            case 4 -> new Expr("floatBin(i)", Exp.floatBin("i"));
            case 5 -> binary("add", floating(depth - 1), floating(depth - 1), Exp::add);
            case 6 -> binary("mul", floating(depth - 1), floating(depth - 1), Exp::mul);
            case 7 -> unary("floor", floating(depth - 1), Exp::floor);
            case 8 -> unary("toFloat", integer(depth - 1), Exp::toFloat);
            default -> binary("div", floating(depth - 1), floating(depth - 1), Exp::div);
        };
    }

    Expr bool(int depth) {
        int p = g.nextInt(depth > 0 ? 14 : 5);
        return switch (p) {
            case 0 -> new Expr(String.valueOf(g.chance(50)), Exp.val(g.chance(50)));
            case 1 -> new Expr("binExists(" + pickBin() + ")", Exp.binExists(pickBin()));
            case 2 -> new Expr("boolBin(b)", Exp.boolBin("b"));
            case 3 -> new Expr("keyExists()", Exp.keyExists());
            case 4 -> new Expr("isTombstone()", Exp.isTombstone());
            case 5, 6 -> compare(integer(depth - 1), integer(depth - 1));
            case 7 -> compare(floating(depth - 1), floating(depth - 1));
            case 8 -> compare(string(), string());
            case 9 -> {
                Expr a = bool(depth - 1);
                Expr b = bool(depth - 1);
                yield g.chance(50) ? new Expr("and(" + a + "," + b + ")", Exp.and(a.exp(), b.exp()))
                        : new Expr("or(" + a + "," + b + ")", Exp.or(a.exp(), b.exp()));
            }
            case 10 -> unary("not", bool(depth - 1), Exp::not);
            case 11 -> {
                String regex = g.pick(new String[] {"a", "^a", "b$", "a.b", "(", ""});
                int flags = g.nextInt(4);
                yield new Expr("regexCompare(\"" + regex + "\"," + flags + ",stringBin(s))", Exp.regexCompare(regex, flags, Exp.stringBin("s")));
            }
            case 12 -> compare(integer(depth - 1), floating(depth - 1));
            default -> new Expr("eq(listBin(l)," + "listBin(l))", Exp.eq(Exp.listBin("l"), Exp.listBin("l")));
        };
    }

    Expr string() {
        return switch (g.nextInt(4)) {
            case 0 -> new Expr("stringBin(s)", Exp.stringBin("s"));
            case 1 -> new Expr("setName()", Exp.setName());
            default -> {
                String v = g.pick(new String[] {"", "a", "ab", "é"});
                yield new Expr("\"" + v + "\"", Exp.val(v));
            }
        };
    }

    Expr container() {
        return switch (g.nextInt(5)) {
            case 0 -> new Expr("listBin(l)", Exp.listBin("l"));
            case 1 -> new Expr("mapBin(m)", Exp.mapBin("m"));
            case 2 -> {
                List<Object> v = g.list(g.nextInt(4), 0);
                yield new Expr("val(" + Render.value(v) + ")", Exp.val(v));
            }
            case 3 -> new Expr("blobBin(x)", Exp.blobBin("x"));
            default -> new Expr("nil()", Exp.nil());
        };
    }

    private Expr compare(Expr a, Expr b) {
        String op = g.pick(new String[] {"eq", "ne", "lt", "gt", "ge", "le"});
        Exp e = switch (op) {
            case "eq" -> Exp.eq(a.exp(), b.exp());
            case "ne" -> Exp.ne(a.exp(), b.exp());
            case "lt" -> Exp.lt(a.exp(), b.exp());
            case "gt" -> Exp.gt(a.exp(), b.exp());
            case "ge" -> Exp.ge(a.exp(), b.exp());
            default -> Exp.le(a.exp(), b.exp());
        };
        return new Expr(op + "(" + a + "," + b + ")", e);
    }

    private String pickBin() {
        return g.pick(new String[] {"i", "f", "s", "b", "l", "m", "x", "nope"});
    }

    private static Expr unary(String name, Expr a, UnaryOperator<Exp> f) {
        return new Expr(name + "(" + a + ")", f.apply(a.exp()));
    }

    private static Expr binary(String name, Expr a, Expr b, Function<Exp[], Exp> f) {
        return new Expr(name + "(" + a + "," + b + ")", f.apply(new Exp[] {a.exp(), b.exp()}));
    }
}
