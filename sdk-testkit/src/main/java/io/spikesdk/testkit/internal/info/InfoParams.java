package io.spikesdk.testkit.internal.info;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code key=value;key=value} parameters of one info command, looked up as the server does:
 * exact key match, the value running to the next ';' or the end. The error texts are the server's
 * (code 20 when the parameter is {@code namespace}, else 4).
 */
final class InfoParams {
    private final String params;

    InfoParams(String params) {
        this.params = params;
    }

    /** The value of {@code key}, empty when the key is absent (a present key may have an empty value). */
    Optional<String> get(String key) {
        int tokenStart = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (c == '=') {
                if (params.regionMatches(tokenStart, key, 0, key.length()) && i - tokenStart == key.length()) {
                    int end = params.indexOf(';', i + 1);
                    return Optional.of(params.substring(i + 1, end < 0 ? params.length() : end));
                }
            } else if (c == ';') {
                tokenStart = i + 1;
            }
        }
        return Optional.empty();
    }

    /** Every {@code key=value} pair in order (the first value of a repeated key); pairs without '=' are left out. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : params.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    /** The first of {@code aliases} present, as the server's aliased parameters ({@code namespace} / {@code id}). */
    Optional<String> getAny(String... aliases) {
        for (String alias : aliases) {
            Optional<String> value = get(alias);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** {@code ERROR:<code>:missing '<key>'}: a required parameter is absent. */
    static String missing(String key) {
        return error(key, "missing '" + key + "'");
    }

    /** {@code ERROR:<code>:missing '<key>' value}: a parameter is present with an empty value. */
    static String missingValue(String key) {
        return error(key, "missing '" + key + "' value");
    }

    /** {@code ERROR:<code>:'<key>' value too long}. */
    static String tooLong(String key) {
        return error(key, "'" + key + "' value too long");
    }

    private static String error(String key, String message) {
        return "ERROR:" + ("namespace".equals(key) ? 20 : 4) + ":" + message;
    }
}
