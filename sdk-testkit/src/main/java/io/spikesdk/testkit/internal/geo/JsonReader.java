package io.spikesdk.testkit.internal.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A minimal JSON reader for GeoJSON, as strict as the real server's (jansson): objects become {@link Map} (a repeated
 * key keeps its last value), arrays {@link List}, numbers {@link Double}, plus strings, booleans and null; the text
 * must be one object or array. Numbers follow the JSON grammar; an integer beyond 64 bits or a real beyond the double
 * range is refused.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 64;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    private final String s;
    private int pos;

    private JsonReader(String s) {
        this.s = s;
    }

    static Object read(String text) throws GeoJsonException {
        JsonReader r = new JsonReader(text);
        r.skipSpace();
        if (r.pos >= text.length() || (text.charAt(r.pos) != '{' && text.charAt(r.pos) != '[')) {
            throw new GeoJsonException("JSON text must be an object or an array");
        }
        Object v = r.value(0);
        r.skipSpace();
        if (r.pos != text.length()) {
            throw new GeoJsonException("trailing characters after JSON value");
        }
        return v;
    }

    private Object value(int depth) throws GeoJsonException {
        if (depth > MAX_DEPTH) {
            throw new GeoJsonException("JSON nesting too deep");
        }
        skipSpace();
        if (pos >= s.length()) {
            throw new GeoJsonException("truncated JSON");
        }
        char c = s.charAt(pos);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        if (s.startsWith("true", pos) || s.startsWith("null", pos)) {
            pos += 4;
            return c == 't' ? Boolean.TRUE : null;
        }
        if (s.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        return number();
    }

    private Map<String, Object> object(int depth) throws GeoJsonException {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new GeoJsonException("JSON object key expected");
            }
            String key = string();
            skipSpace();
            expect(':');
            out.put(key, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return out;
            }
        }
    }

    private List<Object> array(int depth) throws GeoJsonException {
        List<Object> out = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return out;
            }
        }
    }

    private String string() throws GeoJsonException {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw new GeoJsonException("truncated JSON escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new GeoJsonException("invalid JSON escape");
                    }
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private Double number() throws GeoJsonException {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        String token = s.substring(start, pos);
        if (!NUMBER.matcher(token).matches()) {
            throw new GeoJsonException("invalid JSON value");
        }
        if (INTEGER.matcher(token).matches()) {
            try {
                return (double) Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw new GeoJsonException("JSON integer too big");
            }
        }
        double d = Double.parseDouble(token);
        if (Double.isInfinite(d)) {
            throw new GeoJsonException("JSON real number overflow");
        }
        return d;
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private char peek() throws GeoJsonException {
        if (pos >= s.length()) {
            throw new GeoJsonException("truncated JSON");
        }
        return s.charAt(pos);
    }

    private char next() throws GeoJsonException {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) throws GeoJsonException {
        if (next() != c) {
            throw new GeoJsonException("'" + c + "' expected in JSON");
        }
    }
}
