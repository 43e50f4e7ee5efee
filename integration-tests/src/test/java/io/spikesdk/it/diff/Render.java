package io.spikesdk.it.diff;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exact, typed text for values, used both to compare outcomes and to show cases. Types stay visible
 * ({@code 5} vs {@code 5.0d}, {@code -0.0d}, {@code b'0a'}); list and ordered-map entry order is kept; a
 * {@code HashMap} (the client's type for maps the server sent without an order flag) has no order, so
 * its entries are shown sorted by their text, which makes two equal hash maps render the same.
 */
final class Render {
    private Render() {
    }

    static String value(Object v) {
        StringBuilder out = new StringBuilder();
        append(out, v);
        return out.toString();
    }

    private static void append(StringBuilder out, Object v) {
        if (v == null) {
            out.append("nil");
        } else if (v instanceof Long || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Double d) {
            out.append(d).append('d');
        } else if (v instanceof String s) {
            quote(out, s);
        } else if (v instanceof byte[] b) {
            out.append("b'").append(HexFormat.of().formatHex(b)).append('\'');
        } else if (v instanceof ByteBuffer bb) {
            byte[] b = new byte[bb.remaining()];
            bb.duplicate().get(b);
            out.append("bb'").append(HexFormat.of().formatHex(b)).append('\'');
        } else if (v instanceof Map.Entry<?, ?> e) {
            append(out, e.getKey());
            out.append('=');
            append(out, e.getValue());
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                append(out, list.get(i));
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (v instanceof Enum<?> special) {
            out.append(special);
        } else {
            out.append(v.getClass().getSimpleName()).append('(').append(v).append(')');
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        List<String> entries = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            entries.add(value(e.getKey()) + ": " + value(e.getValue()));
        }
        String prefix;
        if (map instanceof SortedMap) {
            prefix = "sorted";
        } else if (map instanceof java.util.LinkedHashMap) {
            prefix = "";
        } else if (map instanceof java.util.HashMap) {
            entries.sort(null);
            prefix = "";
        } else {
            prefix = map.getClass().getSimpleName();
        }
        out.append(prefix).append('{').append(String.join(", ", entries)).append('}');
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Bins sorted by name: {@code a=5, l=[1, 2]}. */
    static String bins(Map<String, Object> bins) {
        if (bins == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(bins).entrySet()) {
            out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append('=');
            append(out, e.getValue());
        }
        return out.toString();
    }
}
