package io.spikesdk.exp;

import io.spikesdk.api.Expression;
import io.spikesdk.api.GeoJson;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ModifyFlags;
import io.spikesdk.cdt.SelectFlags;
import io.spikesdk.cdt.internal.PathPayload;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A filter / operation expression node (Aerospike Expressions, server 5.2+).
 *
 * <p>Nodes are immutable and built with the static factories, which mirror the official Java client's
 * {@code com.aerospike.client.exp.Exp}; {@link #build(Exp)} packs a tree into the msgpack bytes of an
 * {@link Expression}, byte for byte what the official client sends. Use the result as a policy's
 * {@code filterExpression} (the server applies the command only when it evaluates to true, otherwise
 * the command fails with FILTERED_OUT 27) or in {@link ExpOperations}.
 *
 * <p>Evaluation is three-valued: a bin that is absent or of another type than requested, a record key
 * that was not stored, an integer division by zero or a failed list/map read makes the enclosing
 * comparison or computation UNKNOWN, and an UNKNOWN filter filters the record out. There is no implicit
 * int/float promotion: mixing INT and FLOAT operands is rejected by the server with PARAMETER_ERROR (4)
 * when the expression is parsed. Arguments this builder can check locally (nulls, operand counts,
 * variable names) raise {@link NullPointerException} or {@link IllegalArgumentException} before anything is sent.
 *
 * <pre>{@code
 * Expression adults = Exp.build(Exp.and(
 *         Exp.ge(Exp.intBin("age"), Exp.val(18)),
 *         Exp.regexCompare("^a", RegexFlag.ICASE, Exp.stringBin("name"))));
 * }</pre>
 */
public abstract class Exp {

    /** Value types of expression results: the code sent for bin, key and list/map reads. */
    public enum Type {
        /** No value (msgpack nil). */
        NIL(0),
        /** Boolean. */
        BOOL(1),
        /** Signed 64-bit integer. */
        INT(2),
        /** UTF-8 string. */
        STRING(3),
        /** List. */
        LIST(4),
        /** Map. */
        MAP(5),
        /** Byte array. */
        BLOB(6),
        /** 64-bit IEEE double. */
        FLOAT(7),
        /** GeoJSON region or point. */
        GEO(8),
        /** HyperLogLog sketch. */
        HLL(9);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        /** The wire code (0..9). */
        public int code() {
            return code;
        }
    }

    /** Op code of the CALL node that runs a list/map/bit/HLL operation inside an expression. */
    static final int CALL = 127;

    private static final int UNKNOWN = 0;
    private static final int EQ = 1;
    private static final int NE = 2;
    private static final int GT = 3;
    private static final int GE = 4;
    private static final int LT = 5;
    private static final int LE = 6;
    private static final int CMP_REGEX = 7;
    private static final int CMP_GEO = 8;
    private static final int IN_LIST = 9;
    private static final int AND = 16;
    private static final int OR = 17;
    private static final int NOT = 18;
    private static final int EXCLUSIVE = 19;
    private static final int ADD = 20;
    private static final int SUB = 21;
    private static final int MUL = 22;
    private static final int DIV = 23;
    private static final int POW = 24;
    private static final int LOG = 25;
    private static final int MOD = 26;
    private static final int ABS = 27;
    private static final int FLOOR = 28;
    private static final int CEIL = 29;
    private static final int TO_INT = 30;
    private static final int TO_FLOAT = 31;
    private static final int INT_AND = 32;
    private static final int INT_OR = 33;
    private static final int INT_XOR = 34;
    private static final int INT_NOT = 35;
    private static final int INT_LSHIFT = 36;
    private static final int INT_RSHIFT = 37;
    private static final int INT_ARSHIFT = 38;
    private static final int INT_COUNT = 39;
    private static final int INT_LSCAN = 40;
    private static final int INT_RSCAN = 41;
    private static final int MIN = 50;
    private static final int MAX = 51;
    private static final int DIGEST_MODULO = 64;
    private static final int DEVICE_SIZE = 65;
    private static final int LAST_UPDATE = 66;
    private static final int SINCE_UPDATE = 67;
    private static final int VOID_TIME = 68;
    private static final int TTL = 69;
    private static final int SET_NAME = 70;
    private static final int KEY_EXISTS = 71;
    private static final int IS_TOMBSTONE = 72;
    private static final int MEMORY_SIZE = 73;
    private static final int RECORD_SIZE = 74;
    private static final int KEY = 80;
    private static final int BIN = 81;
    private static final int BIN_TYPE = 82;
    private static final int RESULT_REMOVE = 100;
    private static final int MAP_KEYS = 101;
    private static final int MAP_VALUES = 102;
    private static final int VAR_BUILTIN = 122;
    private static final int COND = 123;
    private static final int VAR = 124;
    private static final int QUOTE = 126;
    private static final int SYSTEM_CDT = 0;
    private static final int MODIFY_LOCAL = 0x40;

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final byte[] NIL_BYTES = {(byte) 0xc0};
    private static final byte[] INFINITY_BYTES = {(byte) 0xd4, (byte) 0xff, 0x01};
    private static final byte[] WILDCARD_BYTES = {(byte) 0xd4, (byte) 0xff, 0x00};

    Exp() {
    }

    /** Writes this node's msgpack form. */
    abstract void pack(MsgPackWriter out);

    // ------------------------------------------------------------------------------------------ build

    /**
     * Packs an expression tree into the bytes sent to the server.
     *
     * @throws NullPointerException if {@code exp} is null
     * @throws IllegalArgumentException if {@code exp} is a bare {@link #def} (only valid inside {@link #let})
     */
    public static Expression build(Exp exp) {
        MsgPackWriter out = new MsgPackWriter();
        requireOperand(exp).pack(out);
        return Expression.of(out.toByteArray());
    }

    /** Splices an already built expression into a tree, byte for byte. */
    public static Exp expr(Expression expression) {
        requireNonNull(expression, "expression");
        return Packed.ofOwned(expression.bytes());
    }

    /**
     * The UNKNOWN value {@code [0]}: typically the default branch of {@link #cond} to make an
     * expression fail (an EXP_READ/EXP_MODIFY then fails with OP_NOT_APPLICABLE 26 unless EVAL_NO_FAIL).
     */
    public static Exp unknown() {
        return new Command(UNKNOWN);
    }

    // ------------------------------------------------------------------------------------------ values

    /** A boolean literal. */
    public static Exp val(boolean value) {
        MsgPackWriter out = new MsgPackWriter(16);
        out.packBoolean(value);
        return Packed.ofOwned(out.toByteArray());
    }

    /** A signed 64-bit integer literal (shortest msgpack form). */
    public static Exp val(long value) {
        return Packed.integer(value);
    }

    /** A float literal (always packed as a 64-bit double). */
    public static Exp val(double value) {
        MsgPackWriter out = new MsgPackWriter(16);
        out.packDouble(value);
        return Packed.ofOwned(out.toByteArray());
    }

    /** A string literal; compared with strings unsigned byte-wise, shorter first on a common prefix. */
    public static Exp val(String value) {
        requireNonNull(value, "string value");
        return packedObject(value);
    }

    /** A blob literal (a copy of {@code value}); compared unsigned byte-wise like strings. */
    public static Exp val(byte[] value) {
        requireNonNull(value, "blob value");
        return packedObject(value.clone());
    }

    /**
     * A list literal, sent as {@code [126, list]} (QUOTE): inside an expression every msgpack array is an
     * operation, so literal lists must be quoted. Elements may be any value the SDK can store, plus
     * {@link io.spikesdk.cdt.CdtValue#WILDCARD} / {@link io.spikesdk.cdt.CdtValue#INFINITY} for list/map
     * value arguments. The list is packed when this method is called; later changes to it have no effect.
     */
    public static Exp val(List<?> list) {
        requireNonNull(list, "list value");
        MsgPackWriter out = new MsgPackWriter();
        out.packArrayHeader(2);
        out.packLong(QUOTE);
        out.packObject(list);
        return Packed.ofOwned(out.toByteArray());
    }

    /**
     * A map literal. A {@link java.util.SortedMap} is sent as a key-ordered map, any other map unordered
     * in its iteration order; {@link io.spikesdk.cdt.CdtValue} markers are allowed inside. Comparisons
     * involving an unordered map anywhere are UNKNOWN on the server. The map is packed when this method
     * is called.
     */
    public static Exp val(Map<?, ?> map) {
        requireNonNull(map, "map value");
        MsgPackWriter out = new MsgPackWriter();
        out.packObject(map);
        return Packed.ofOwned(out.toByteArray());
    }

    /** A GeoJSON literal; same as {@link #geo(String)}. */
    public static Exp val(GeoJson value) {
        requireNonNull(value, "GeoJSON value");
        return packedObject(value);
    }

    /**
     * A GeoJSON literal (point, polygon, AeroCircle ...). The server parses it when the expression is
     * built: invalid GeoJSON fails the whole command with PARAMETER_ERROR (4).
     */
    public static Exp geo(String json) {
        requireNonNull(json, "GeoJSON text");
        return packedObject(GeoJson.of(json));
    }

    /** The nil literal: equal (EQ/GE/LE true) only to nil; as EXP_MODIFY result it can delete a bin. */
    public static Exp nil() {
        return Packed.ofOwned(NIL_BYTES.clone());
    }

    /**
     * Positive infinity ({@code d4 ff 01}): greater than every value. Only meaningful as the open end of a
     * list/map value or key range in {@link ListExp} / {@link MapExp}.
     */
    public static Exp inf() {
        return Packed.ofOwned(INFINITY_BYTES.clone());
    }

    /**
     * The wildcard ({@code d4 ff 00}): matches any value. Only meaningful inside a list/map value
     * argument of {@link ListExp} / {@link MapExp} (for example the list {@code ["a", *]}).
     */
    public static Exp wildcard() {
        return Packed.ofOwned(WILDCARD_BYTES.clone());
    }

    // ------------------------------------------------------------------------------------------ bins

    /**
     * The value of a bin, expected to be of {@code type}: {@code [81, type, name]}. UNKNOWN when the bin is
     * absent or holds another type (no coercion: an INT read of a float bin is UNKNOWN).
     */
    public static Exp bin(String name, Type type) {
        requireNonNull(name, "bin name");
        requireNonNull(type, "bin type");
        return new Command(BIN, Packed.integer(type.code()), Packed.name(name));
    }

    /** An integer bin; see {@link #bin(String, Type)}. */
    public static Exp intBin(String name) {
        return bin(name, Type.INT);
    }

    /** A float (double) bin; see {@link #bin(String, Type)}. */
    public static Exp floatBin(String name) {
        return bin(name, Type.FLOAT);
    }

    /** A string bin; see {@link #bin(String, Type)}. */
    public static Exp stringBin(String name) {
        return bin(name, Type.STRING);
    }

    /** A boolean bin; see {@link #bin(String, Type)}. */
    public static Exp boolBin(String name) {
        return bin(name, Type.BOOL);
    }

    /** A blob (byte array) bin; see {@link #bin(String, Type)}. */
    public static Exp blobBin(String name) {
        return bin(name, Type.BLOB);
    }

    /** A GeoJSON bin; see {@link #bin(String, Type)}. */
    public static Exp geoBin(String name) {
        return bin(name, Type.GEO);
    }

    /** A list bin; see {@link #bin(String, Type)}. */
    public static Exp listBin(String name) {
        return bin(name, Type.LIST);
    }

    /** A map bin; see {@link #bin(String, Type)}. */
    public static Exp mapBin(String name) {
        return bin(name, Type.MAP);
    }

    /** A HyperLogLog bin; see {@link #bin(String, Type)}. */
    public static Exp hllBin(String name) {
        return bin(name, Type.HLL);
    }

    /** True when the bin exists: sent as {@code ne(binType(name), 0)}. */
    public static Exp binExists(String name) {
        return ne(binType(name), val(0));
    }

    /**
     * The bin's particle type as an integer: 0 absent, 1 integer, 2 float, 3 string, 4 blob, 17 bool,
     * 18 HLL, 19 map, 20 list, 23 GeoJSON (particle types, not {@link Type} codes).
     */
    public static Exp binType(String name) {
        requireNonNull(name, "bin name");
        return new Command(BIN_TYPE, Packed.name(name));
    }

    // ------------------------------------------------------------------------------------------ record metadata

    /**
     * The record's user key, expected to be of {@code type} (INT, STRING or BLOB). UNKNOWN when the key was
     * not stored with the record (sendKey off) or has another type.
     *
     * @throws IllegalArgumentException for any other type (the server would reject it with PARAMETER_ERROR)
     */
    public static Exp key(Type type) {
        requireNonNull(type, "key type");
        if (type != Type.INT && type != Type.STRING && type != Type.BLOB) {
            throw new IllegalArgumentException("a record key is INT, STRING or BLOB, got " + type);
        }
        return new Command(KEY, Packed.integer(type.code()));
    }

    /** Whether the user key is stored with the record (boolean). */
    public static Exp keyExists() {
        return new Command(KEY_EXISTS);
    }

    /** The record's set name, or the empty string when it has none. */
    public static Exp setName() {
        return new Command(SET_NAME);
    }

    /** The record's stored size in bytes (server 7.0+). */
    public static Exp recordSize() {
        return new Command(RECORD_SIZE);
    }

    /**
     * The record's size on device in bytes (deprecated by the server in favour of {@link #recordSize()};
     * 0 when the namespace does not store on device).
     */
    public static Exp deviceSize() {
        return new Command(DEVICE_SIZE);
    }

    /**
     * The record's size in memory in bytes (deprecated by the server in favour of {@link #recordSize()}).
     * A real 8.1 server returned the record size (64 for a small record) on an in-memory namespace.
     */
    public static Exp memorySize() {
        return new Command(MEMORY_SIZE);
    }

    /** The last update time in nanoseconds since the Unix epoch (millisecond granularity). */
    public static Exp lastUpdate() {
        return new Command(LAST_UPDATE);
    }

    /** Milliseconds since the last update (0 if clock skew would make it negative). */
    public static Exp sinceUpdate() {
        return new Command(SINCE_UPDATE);
    }

    /** The expiration time in nanoseconds since the Unix epoch; −1 when the record never expires. */
    public static Exp voidTime() {
        return new Command(VOID_TIME);
    }

    /** Seconds until the record expires; −1 when it never expires. */
    public static Exp ttl() {
        return new Command(TTL);
    }

    /** True for a durable-delete tombstone (only visible to commands that read tombstones). */
    public static Exp isTombstone() {
        return new Command(IS_TOMBSTONE);
    }

    /**
     * The record digest modulo {@code mod}: the server reads digest bytes 16..19 as an unsigned 32-bit
     * <b>little-endian</b> integer and returns it {@code % mod} (observed: mod 1000003 gave the
     * little-endian result 564889, the big-endian reading would give 103969). Used to sample records.
     *
     * @throws IllegalArgumentException if {@code mod} is 0 (the server rejects it)
     */
    public static Exp digestModulo(int mod) {
        if (mod == 0) {
            throw new IllegalArgumentException("digestModulo needs a non-zero modulus");
        }
        return new Command(DIGEST_MODULO, Packed.integer(mod));
    }

    // ------------------------------------------------------------------------------------------ comparisons

    /**
     * {@code left == right}. Both sides must have the same type (not GEO or HLL). Nil equals nil; floats
     * follow IEEE (NaN is never equal); strings and blobs compare byte-wise; lists and maps in msgpack
     * order, UNKNOWN when an unordered map is involved.
     */
    public static Exp eq(Exp left, Exp right) {
        return new Command(EQ, left, right);
    }

    /** {@code left != right}; see {@link #eq}. */
    public static Exp ne(Exp left, Exp right) {
        return new Command(NE, left, right);
    }

    /** {@code left > right}; false is less than true, see {@link #eq} for the other types. */
    public static Exp gt(Exp left, Exp right) {
        return new Command(GT, left, right);
    }

    /** {@code left >= right}; see {@link #gt}. */
    public static Exp ge(Exp left, Exp right) {
        return new Command(GE, left, right);
    }

    /** {@code left < right}; see {@link #gt}. */
    public static Exp lt(Exp left, Exp right) {
        return new Command(LT, left, right);
    }

    /** {@code left <= right}; see {@link #gt}. */
    public static Exp le(Exp left, Exp right) {
        return new Command(LE, left, right);
    }

    /**
     * True when the POSIX regular expression matches somewhere in the string (unanchored search):
     * {@code [7, flags, regex, string]}. The server hands the flag bits verbatim to glibc
     * {@code regcomp}; see {@link RegexFlag} for what each bit really does. A pattern that does not
     * compile fails the command with PARAMETER_ERROR (4).
     */
    public static Exp regexCompare(String regex, RegexFlag flags, Exp string) {
        requireNonNull(flags, "regex flags");
        return regexCompare(regex, flags.code(), string);
    }

    /**
     * {@link #regexCompare(String, RegexFlag, Exp)} with the flag bits as an int (as the official client
     * takes them); unknown bits are accepted and ignored by the server.
     */
    public static Exp regexCompare(String regex, int flags, Exp string) {
        requireNonNull(regex, "regex");
        return new Command(CMP_REGEX, Packed.integer(flags), Packed.name(regex), string);
    }

    /**
     * GeoJSON comparison of a candidate ({@code left}, usually a GEO bin) with a query ({@code right}).
     * Query point: true when the candidate is a region containing it. Query region: true when the
     * candidate is a point inside it (region candidates are false).
     */
    public static Exp geoCompare(Exp left, Exp right) {
        return new Command(CMP_GEO, left, right);
    }

    // ------------------------------------------------------------------------------------------ logic

    /** Boolean negation; UNKNOWN stays UNKNOWN. */
    public static Exp not(Exp exp) {
        return new Command(NOT, exp);
    }

    /**
     * Logical AND of two or more booleans: false as soon as one is false (short-circuit), else UNKNOWN if
     * any is UNKNOWN, else true.
     */
    public static Exp and(Exp... exps) {
        return variadic(AND, 2, "and", exps);
    }

    /**
     * Logical OR of two or more booleans: true as soon as one is true (short-circuit), else UNKNOWN if any
     * is UNKNOWN, else false.
     */
    public static Exp or(Exp... exps) {
        return variadic(OR, 2, "or", exps);
    }

    /**
     * True when exactly one of two or more booleans is true; a second true makes it false at once, an
     * UNKNOWN seen before that makes it UNKNOWN.
     */
    public static Exp exclusive(Exp... exps) {
        return variadic(EXCLUSIVE, 2, "exclusive", exps);
    }

    // ------------------------------------------------------------------------------------------ arithmetic

    /**
     * Sum of one or more numbers, all INT or all FLOAT. Integer overflow wraps silently (two's complement:
     * INT64_MAX + 1 = INT64_MIN), as observed on a real server.
     */
    public static Exp add(Exp... exps) {
        return variadic(ADD, 1, "add", exps);
    }

    /**
     * {@code a - b - c ...}; with one operand the negation {@code -a}. Integer overflow wraps
     * (INT64_MIN − 1 = INT64_MAX, −INT64_MIN = INT64_MIN).
     */
    public static Exp sub(Exp... exps) {
        return variadic(SUB, 1, "sub", exps);
    }

    /** Product of one or more numbers; integer overflow wraps (INT64_MAX × 2 = −2). */
    public static Exp mul(Exp... exps) {
        return variadic(MUL, 1, "mul", exps);
    }

    /**
     * {@code a / (b × c × ...)}; with one operand the reciprocal {@code 1 / a} (for integers 0 unless
     * |a| = 1). Integer division truncates toward zero (7 / −2 = −3, −7 / 2 = −3); integer division by
     * zero is UNKNOWN; float division by zero follows IEEE (7.0 / 0.0 = +Infinity). Avoid
     * INT64_MIN / −1: the server divides with plain C and is not guarded against it.
     */
    public static Exp div(Exp... exps) {
        return variadic(DIV, 1, "div", exps);
    }

    /** {@code base} raised to {@code exponent}; both FLOAT (C {@code pow}). */
    public static Exp pow(Exp base, Exp exponent) {
        return new Command(POW, base, exponent);
    }

    /** Logarithm of {@code num} in {@code base}: {@code ln(num) / ln(base)}; both FLOAT. */
    public static Exp log(Exp num, Exp base) {
        return new Command(LOG, num, base);
    }

    /**
     * Integer remainder (C {@code %}): the sign follows the dividend (−7 mod 2 = −1, 7 mod −2 = 1);
     * modulus 0 is UNKNOWN.
     */
    public static Exp mod(Exp numerator, Exp denominator) {
        return new Command(MOD, numerator, denominator);
    }

    /** Absolute value of an INT or FLOAT; ABS(INT64_MIN) wraps to INT64_MIN. */
    public static Exp abs(Exp value) {
        return new Command(ABS, value);
    }

    /** Largest integral FLOAT not greater than the FLOAT operand. */
    public static Exp floor(Exp num) {
        return new Command(FLOOR, num);
    }

    /** Smallest integral FLOAT not less than the FLOAT operand. */
    public static Exp ceil(Exp num) {
        return new Command(CEIL, num);
    }

    /**
     * FLOAT to INT, truncating toward zero. Out-of-range values give INT64_MIN on x86 servers (observed:
     * toInt(1e30) = INT64_MIN).
     */
    public static Exp toInt(Exp num) {
        return new Command(TO_INT, num);
    }

    /** INT to FLOAT. */
    public static Exp toFloat(Exp num) {
        return new Command(TO_FLOAT, num);
    }

    /** Bitwise AND of one or more INTs. */
    public static Exp intAnd(Exp... exps) {
        return variadic(INT_AND, 1, "intAnd", exps);
    }

    /** Bitwise OR of one or more INTs. */
    public static Exp intOr(Exp... exps) {
        return variadic(INT_OR, 1, "intOr", exps);
    }

    /** Bitwise XOR of one or more INTs. */
    public static Exp intXor(Exp... exps) {
        return variadic(INT_XOR, 1, "intXor", exps);
    }

    /** Bitwise NOT (ones' complement) of an INT. */
    public static Exp intNot(Exp exp) {
        return new Command(INT_NOT, exp);
    }

    /**
     * {@code value << shift}. The shift count is taken mod 64 (x86 behaviour, observed:
     * {@code 1 << 64 = 1}, {@code 1 << 65 = 2}, {@code 1 << -1 = INT64_MIN}).
     */
    public static Exp lshift(Exp value, Exp shift) {
        return new Command(INT_LSHIFT, value, shift);
    }

    /** Logical (zero-filling) right shift; count mod 64 ({@code -1 >>> 1 = INT64_MAX}, {@code -1 >>> 64 = -1}). */
    public static Exp rshift(Exp value, Exp shift) {
        return new Command(INT_RSHIFT, value, shift);
    }

    /** Arithmetic (sign-extending) right shift; count mod 64 ({@code -8 >> 1 = -4}). */
    public static Exp arshift(Exp value, Exp shift) {
        return new Command(INT_ARSHIFT, value, shift);
    }

    /** Number of one bits of an INT (count(−1) = 64). */
    public static Exp count(Exp exp) {
        return new Command(INT_COUNT, exp);
    }

    /**
     * Position of the first (most significant) bit equal to {@code search} (BOOL), counting 0 from the
     * most significant bit; −1 when there is none (lscan(1, true) = 63, lscan(0, true) = −1).
     */
    public static Exp lscan(Exp value, Exp search) {
        return new Command(INT_LSCAN, value, search);
    }

    /**
     * Position of the last (least significant) bit equal to {@code search} (BOOL), counting 0 from the most
     * significant bit; −1 when there is none (rscan(1, true) = 63).
     */
    public static Exp rscan(Exp value, Exp search) {
        return new Command(INT_RSCAN, value, search);
    }

    /** Minimum of one or more numbers of the same type. */
    public static Exp min(Exp... exps) {
        return variadic(MIN, 1, "min", exps);
    }

    /** Maximum of one or more numbers of the same type. */
    public static Exp max(Exp... exps) {
        return variadic(MAX, 1, "max", exps);
    }

    // ------------------------------------------------------------------------------------------ control

    /**
     * Conditional: {@code cond(c1, v1, c2, v2, ..., default)} returns the value of the first true condition,
     * else the default. All values must have the same type ({@link #unknown()} is allowed anywhere).
     *
     * @throws IllegalArgumentException unless there is an odd number (at least 3) of operands
     */
    public static Exp cond(Exp... exps) {
        requireNonNull(exps, "cond operands");
        if (exps.length < 3 || exps.length % 2 == 0) {
            throw new IllegalArgumentException("cond needs condition/value pairs and a default (an odd count >= 3), got "
                    + exps.length + " operands");
        }
        return new Command(COND, exps);
    }

    /**
     * Defines variables for a scope: {@code let(def("x", e1), def("y", e2), scope)}. Definitions are
     * evaluated in order and may use earlier ones through {@link #var}; the result is the scope's value.
     *
     * @throws IllegalArgumentException unless the operands are one or more {@link #def}s followed by one
     *         non-def scope expression
     */
    public static Exp let(Exp... exps) {
        requireNonNull(exps, "let operands");
        if (exps.length < 2) {
            throw new IllegalArgumentException("let needs at least one def and a scope expression, got " + exps.length
                    + " operands");
        }
        Def[] defs = new Def[exps.length - 1];
        for (int i = 0; i < defs.length; i++) {
            if (!(exps[i] instanceof Def def)) {
                throw new IllegalArgumentException("let operand " + i + " must be a def(name, exp)");
            }
            defs[i] = def;
        }
        return new Let(defs, exps[exps.length - 1]);
    }

    /**
     * A variable definition for {@link #let}; not an expression on its own. The name must start with a
     * letter or '_' and contain only letters, digits and '_' (the server's rule), and must not redefine a
     * variable of an enclosing let.
     */
    public static Exp def(String name, Exp value) {
        return new Def(requireVariableName(name), value);
    }

    /** The value of a variable defined by an enclosing {@link #let}. */
    public static Exp var(String name) {
        return new Command(VAR, Packed.name(requireVariableName(name)));
    }

    // ------------------------------------------------------------------------------------------ path expressions

    /**
     * Selects what {@code ctx} reaches inside the list/map {@code bin} expression (server 8.1+):
     * {@code [127, type, 0, [0xFE, [ctx...], flags], bin]}. {@code type} is the expected result type
     * (else UNKNOWN): the bin's own type for {@link SelectFlags#MATCHING_TREE}, LIST for the other modes.
     *
     * @throws IllegalArgumentException for a null argument or no / a null context level
     */
    public static Exp selectByPath(Type type, SelectFlags flags, Exp bin, CTX... ctx) {
        requireArgument(type, "selectByPath", "type");
        requireArgument(flags, "selectByPath", "flags");
        requireArgument(bin, "selectByPath", "bin");
        byte[] payload = PathPayload.select("selectByPath", ctx, flags.code());
        return new Command(CALL, Packed.integer(type.code()), Packed.integer(SYSTEM_CDT), Packed.ofOwned(payload), bin);
    }

    /**
     * A copy of the list/map {@code bin} expression in which every element {@code ctx} reaches is replaced by
     * {@code modifyExp} evaluated on it (through the loop variables; {@link #removeResult()} deletes it):
     * {@code [127, type, 0x40, [0xFE, [ctx...], flags | 4, modifyExp], bin]}. {@code type} is the bin's type.
     * Write it back with {@link ExpOperations#write}.
     *
     * @throws IllegalArgumentException for a null argument or no / a null context level
     */
    public static Exp modifyByPath(Type type, ModifyFlags flags, Exp modifyExp, Exp bin, CTX... ctx) {
        requireArgument(type, "modifyByPath", "type");
        requireArgument(flags, "modifyByPath", "flags");
        requireArgument(modifyExp, "modifyByPath", "modifyExp");
        requireArgument(bin, "modifyByPath", "bin");
        byte[] payload = PathPayload.modify("modifyByPath", ctx, flags.code(), build(modifyExp).bytes());
        return new Command(CALL, Packed.integer(type.code()), Packed.integer(SYSTEM_CDT | MODIFY_LOCAL),
                Packed.ofOwned(payload), bin);
    }

    /**
     * The current element of a path filter or modify expression, read as {@code type}: {@code [122, type,
     * part]} (VAR_BUILTIN). UNKNOWN when the element is of another type.
     *
     * @throws IllegalArgumentException for a null argument, or {@link LoopVarPart#INDEX} with a type other
     *         than INT (the server rejects it with PARAMETER_ERROR 4)
     */
    public static Exp loopVar(Type type, LoopVarPart part) {
        requireArgument(type, "loopVar", "type");
        requireArgument(part, "loopVar", "part");
        if (part == LoopVarPart.INDEX && type != Type.INT) {
            throw new IllegalArgumentException("loopVar: part INDEX is an INT, got type " + type);
        }
        return new Command(VAR_BUILTIN, Packed.integer(type.code()), Packed.integer(part.code()));
    }

    /** {@link #loopVar} of type INT. */
    public static Exp intLoopVar(LoopVarPart part) {
        return loopVar(Type.INT, part);
    }

    /** {@link #loopVar} of type FLOAT. */
    public static Exp floatLoopVar(LoopVarPart part) {
        return loopVar(Type.FLOAT, part);
    }

    /** {@link #loopVar} of type STRING. */
    public static Exp stringLoopVar(LoopVarPart part) {
        return loopVar(Type.STRING, part);
    }

    /** {@link #loopVar} of type BOOL. */
    public static Exp boolLoopVar(LoopVarPart part) {
        return loopVar(Type.BOOL, part);
    }

    /** {@link #loopVar} of type BLOB. */
    public static Exp blobLoopVar(LoopVarPart part) {
        return loopVar(Type.BLOB, part);
    }

    /** {@link #loopVar} of type LIST. */
    public static Exp listLoopVar(LoopVarPart part) {
        return loopVar(Type.LIST, part);
    }

    /** {@link #loopVar} of type MAP. */
    public static Exp mapLoopVar(LoopVarPart part) {
        return loopVar(Type.MAP, part);
    }

    /** {@link #loopVar} of type GEO. */
    public static Exp geoJsonLoopVar(LoopVarPart part) {
        return loopVar(Type.GEO, part);
    }

    /** {@link #loopVar} of type HLL. */
    public static Exp hllLoopVar(LoopVarPart part) {
        return loopVar(Type.HLL, part);
    }

    /** {@link #loopVar} of type NIL. */
    public static Exp nilLoopVar(LoopVarPart part) {
        return loopVar(Type.NIL, part);
    }

    /**
     * As the result of a path modify expression: delete the current element {@code [100]} (RESULT_REMOVE;
     * the official client's {@code removeResults()}, the C client's {@code as_exp_remove_result()}).
     */
    public static Exp removeResult() {
        return new Command(RESULT_REMOVE);
    }

    /**
     * True when {@code value} equals some element of the list {@code list} (server 8.1+): {@code [9, value,
     * list]}. A literal list must be {@link #val(List)} (quoted).
     *
     * @throws IllegalArgumentException for a null argument
     */
    public static Exp inList(Exp value, Exp list) {
        requireArgument(value, "inList", "value");
        requireArgument(list, "inList", "list");
        return new Command(IN_LIST, value, list);
    }

    /**
     * The keys of the map {@code map} as a list (server 8.1+): {@code [101, map]}.
     *
     * @throws IllegalArgumentException if {@code map} is null
     */
    public static Exp mapKeys(Exp map) {
        requireArgument(map, "mapKeys", "map");
        return new Command(MAP_KEYS, map);
    }

    /**
     * The values of the map {@code map} as a list (server 8.1+): {@code [102, map]}.
     *
     * @throws IllegalArgumentException if {@code map} is null
     */
    public static Exp mapValues(Exp map) {
        requireArgument(map, "mapValues", "map");
        return new Command(MAP_VALUES, map);
    }

    // ------------------------------------------------------------------------------------------ helpers

    static Exp requireOperand(Exp exp) {
        if (exp == null) {
            throw new NullPointerException("expression operand must not be null");
        }
        if (exp instanceof Def) {
            throw new IllegalArgumentException("def(name, exp) is only valid as a leading operand of let(...)");
        }
        return exp;
    }

    private static void requireArgument(Object value, String method, String argument) {
        if (value == null) {
            throw new IllegalArgumentException(method + ": " + argument + " must not be null");
        }
    }

    static void requireNonNull(Object value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
    }

    private static Exp variadic(int op, int min, String name, Exp[] exps) {
        requireNonNull(exps, name + " operands");
        if (exps.length < min) {
            throw new IllegalArgumentException(name + " needs at least " + min + " operand" + (min == 1 ? "" : "s")
                    + ", got " + exps.length);
        }
        return new Command(op, exps);
    }

    private static Exp packedObject(Object value) {
        MsgPackWriter out = new MsgPackWriter();
        out.packObject(value);
        return Packed.ofOwned(out.toByteArray());
    }

    private static String requireVariableName(String name) {
        requireNonNull(name, "variable name");
        if (!VARIABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("variable name must start with a letter or '_' and contain only letters, "
                    + "digits and '_', got \"" + name + "\"");
        }
        return name;
    }
}
