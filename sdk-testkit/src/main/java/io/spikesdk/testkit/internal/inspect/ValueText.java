package io.spikesdk.testkit.internal.inspect;

import io.spikesdk.api.GeoJson;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Short, readable text of a Java value for logs and failure messages: long values are cut with "...". */
public final class ValueText {
    /** Characters kept of a value before it is cut. */
    public static final int MAX_CHARS = 120;
    private static final int MAX_BYTES_SHOWN = 16;

    private ValueText() {
    }

    /** The value as text of at most about {@link #MAX_CHARS} characters. */
    public static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.length() <= MAX_CHARS ? sb.toString() : sb.substring(0, MAX_CHARS) + "...";
    }

    private static void append(StringBuilder sb, Object v) {
        if (sb.length() > MAX_CHARS) {
            return;
        }
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else if (v instanceof byte[] b) {
            sb.append("bytes[").append(b.length).append("]");
            if (b.length > 0) {
                int shown = Math.min(b.length, MAX_BYTES_SHOWN);
                sb.append(' ').append(HexFormat.of().formatHex(b, 0, shown)).append(shown < b.length ? "..." : "");
            }
        } else if (v instanceof GeoJson g) {
            sb.append("GeoJSON ").append(g.json());
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (Iterator<?> it = list.iterator(); it.hasNext() && sb.length() <= MAX_CHARS;) {
                append(sb, it.next());
                sb.append(it.hasNext() ? ", " : "");
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext()
                    && sb.length() <= MAX_CHARS;) {
                Map.Entry<?, ?> e = it.next();
                append(sb, e.getKey());
                sb.append(": ");
                append(sb, e.getValue());
                sb.append(it.hasNext() ? ", " : "");
            }
            sb.append('}');
        } else {
            sb.append(v);
        }
    }
}
