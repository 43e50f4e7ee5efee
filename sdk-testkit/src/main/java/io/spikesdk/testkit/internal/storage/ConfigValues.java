package io.spikesdk.testkit.internal.storage;

/** Parses configuration values the way the server's {@code set-config} does; a refusal says why. */
final class ConfigValues {
    private ConfigValues() {
    }

    static long integer(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " needs a number, got '" + value + "'");
        }
    }

    /** A number of seconds with an optional unit: {@code s}, {@code m}, {@code h} or {@code d}. */
    static long seconds(String key, String value) {
        long unit = 1;
        String digits = value;
        if (!value.isEmpty()) {
            switch (Character.toLowerCase(value.charAt(value.length() - 1))) {
                case 's' -> unit = 1;
                case 'm' -> unit = 60;
                case 'h' -> unit = 3600;
                case 'd' -> unit = 86_400;
                default -> unit = 0;
            }
            digits = unit == 0 ? value : value.substring(0, value.length() - 1);
            unit = Math.max(unit, 1);
        }
        long n = integer(key, digits);
        check(n >= 0, key + " must be an unsigned number with optional time unit (s, m, h, or d)");
        return Math.multiplyExact(n, unit);
    }

    static int percent(String key, String value) {
        long pct = integer(key, value);
        check(pct >= 0 && pct <= 100, key + " must be between 0 and 100");
        return (int) pct;
    }

    static boolean bool(String key, String value) {
        check(value.equals("true") || value.equals("false"), key + " needs true or false, got '" + value + "'");
        return Boolean.parseBoolean(value);
    }

    static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
