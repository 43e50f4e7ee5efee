package io.spikesdk.it.cdt;

import io.spikesdk.cdt.CdtValue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compact text form of CDT values for test tables: {@code 12}, {@code -3}, {@code 1.5}, {@code nil},
 * {@code true}, {@code 'a b'} or a bare word {@code abc} (strings), {@code 0x0a0b} (blobs),
 * {@code [..]} lists, {@code {k:v,..}} maps (in the written order), {@code WILD} and {@code INF}
 * (selection markers). Parsing gives Long, Double, String, byte[], Boolean, null, ArrayList and
 * LinkedHashMap; {@link #render} prints any value returned by either client back in this form.
 */
final class Notation {
    private final String text;
    private int pos;

    private Notation(String text) {
        this.text = text;
    }

    /** Parses one value. */
    static Object parse(String text) {
        Notation n = new Notation(text);
        Object v = n.value();
        n.skipSpace();
        if (n.pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + n.pos + " in " + text);
        }
        return v;
    }

    /** Parses one value (short name for test tables). */
    static Object v(String text) {
        return parse(text);
    }

    /** Parses a list literal into a list. */
    @SuppressWarnings("unchecked")
    static List<Object> list(String text) {
        return (List<Object>) parse(text);
    }

    /** Parses a map literal into a map. */
    @SuppressWarnings("unchecked")
    static Map<Object, Object> map(String text) {
        return (Map<Object, Object>) parse(text);
    }

    /** Renders a value, keeping map iteration order. */
    static String render(Object v) {
        return render(v, false);
    }

    /**
     * Renders a value; with {@code sortMaps} map entries are sorted by their rendered key, for clients
     * that return maps in hash order. A list of {@link Map.Entry} (the official client's KEY_VALUE
     * result) renders as a map.
     */
    static String render(Object v, boolean sortMaps) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, sortMaps);
        return sb.toString();
    }

    /** Re-renders a notation string canonically. */
    static String canonical(String text, boolean sortMaps) {
        return render(parse(text), sortMaps);
    }

    private static void write(StringBuilder sb, Object v, boolean sortMaps) {
        if (v == null) {
            sb.append("nil");
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            sb.append(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(((Number) v).doubleValue());
        } else if (v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof String s) {
            writeString(sb, s);
        } else if (v instanceof byte[] b) {
            sb.append("0x").append(HexFormat.of().formatHex(b));
        } else if (v instanceof CdtValue c) {
            sb.append(c == CdtValue.WILDCARD ? "WILD" : "INF");
        } else if (v instanceof List<?> list && isEntryList(list)) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (Object e : list) {
                map.put(((Map.Entry<?, ?>) e).getKey(), ((Map.Entry<?, ?>) e).getValue());
            }
            write(sb, map, sortMaps);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, list.get(i), sortMaps);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            writeMap(sb, map, sortMaps);
        } else {
            sb.append(v);
        }
    }

    private static boolean isEntryList(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> e instanceof Map.Entry);
    }

    private static void writeMap(StringBuilder sb, Map<?, ?> map, boolean sortMaps) {
        Map<String, String> rendered = sortMaps ? new TreeMap<>() : new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            rendered.put(render(e.getKey(), sortMaps), render(e.getValue(), sortMaps));
        }
        sb.append('{');
        Iterator<Map.Entry<String, String>> it = rendered.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, String> e = it.next();
            sb.append(e.getKey()).append(':').append(e.getValue()).append(it.hasNext() ? "," : "");
        }
        sb.append('}');
    }

    private static void writeString(StringBuilder sb, String s) {
        if (s.matches("[A-Za-z_][A-Za-z0-9_]*") && !isKeyword(s)) {
            sb.append(s);
        } else {
            sb.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
        }
    }

    private static boolean isKeyword(String s) {
        return s.equals("nil") || s.equals("true") || s.equals("false") || s.equals("WILD") || s.equals("INF");
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(pos);
        if (c == '[') {
            return listValue();
        }
        if (c == '{') {
            return mapValue();
        }
        if (c == '\'' || c == '"') {
            return quoted(c);
        }
        if (text.startsWith("0x", pos)) {
            int start = pos + 2;
            pos = start;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            return HexFormat.of().parseHex(text, start, pos);
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        return word();
    }

    private List<Object> listValue() {
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (text.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            char c = text.charAt(pos++);
            if (c == ']') {
                return list;
            }
            expect(c, ',');
        }
    }

    private Map<Object, Object> mapValue() {
        pos++;
        Map<Object, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (text.charAt(pos) == '}') {
            pos++;
            return map;
        }
        while (true) {
            Object key = value();
            skipSpace();
            expect(text.charAt(pos++), ':');
            map.put(key, value());
            skipSpace();
            char c = text.charAt(pos++);
            if (c == '}') {
                return map;
            }
            expect(c, ',');
        }
    }

    private String quoted(char quote) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            sb.append(c == '\\' ? text.charAt(pos++) : c);
        }
        pos++;
        return sb.toString();
    }

    private Object number() {
        int start = pos;
        pos++;
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String s = text.substring(start, pos);
        return s.contains(".") || s.contains("e") || s.contains("E") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
    }

    private Object word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String w = text.substring(start, pos);
        switch (w) {
            case "nil": return null;
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "WILD": return CdtValue.WILDCARD;
            case "INF": return CdtValue.INFINITY;
            case "":
                throw new IllegalArgumentException("unexpected '" + text.charAt(pos) + "' at " + pos + " in " + text);
            default: return w;
        }
    }

    private void expect(char actual, char wanted) {
        if (actual != wanted) {
            throw new IllegalArgumentException("expected '" + wanted + "' at " + (pos - 1) + " in " + text);
        }
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
