package io.spikesdk.testkit.internal.exp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for GeoJSON: objects become {@link Map}, arrays {@link List}, numbers {@link Double},
 * plus strings, booleans and null. Malformed text raises PARAMETER_ERROR.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private JsonReader(String s) {
        this.s = s;
    }

    static Object read(String text) throws ExpException {
        JsonReader r = new JsonReader(text);
        Object v = r.value(0);
        r.skipSpace();
        if (r.pos != text.length()) {
            throw ExpException.param("trailing characters after JSON value");
        }
        return v;
    }

    private Object value(int depth) throws ExpException {
        if (depth > MAX_DEPTH) {
            throw ExpException.param("JSON nesting too deep");
        }
        skipSpace();
        if (pos >= s.length()) {
            throw ExpException.param("truncated JSON");
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

    private Map<String, Object> object(int depth) throws ExpException {
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
                throw ExpException.param("JSON object key expected");
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

    private List<Object> array(int depth) throws ExpException {
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

    private String string() throws ExpException {
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
                        throw ExpException.param("truncated JSON escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw ExpException.param("invalid JSON escape");
                    }
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private Double number() throws ExpException {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return Double.valueOf(s.substring(start, pos));
        } catch (NumberFormatException e) {
            throw ExpException.param("invalid JSON value");
        }
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private char peek() throws ExpException {
        if (pos >= s.length()) {
            throw ExpException.param("truncated JSON");
        }
        return s.charAt(pos);
    }

    private char next() throws ExpException {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) throws ExpException {
        if (next() != c) {
            throw ExpException.param("'" + c + "' expected in JSON");
        }
    }
}
