package io.spikesdk.testkit.internal.storage;

/**
 * The limits of one set, changed with {@code set-config:context=namespace;id=<ns>;set=<set>;<key>=<value>}.
 *
 * @param stopWritesCount once the set holds this many records, writes creating one fail with FAIL_FORBIDDEN (22); 0 = off
 * @param stopWritesSize once the set's records use more than this many bytes, every write to it fails with 22; 0 = off
 * @param disableEviction the set's records are never evicted (they still expire)
 */
public record SetConfig(long stopWritesCount, long stopWritesSize, boolean disableEviction) {
    /** No limits. */
    public static final SetConfig NONE = new SetConfig(0, 0, false);

    /**
     * This configuration with one setting changed, as the real server's set-config does (which, reading
     * {@code stop-writes-count} with C's {@code atoll}, takes a non-number as 0).
     *
     * @throws IllegalArgumentException for an unknown setting or a refused value
     */
    public SetConfig with(String key, String value) {
        return switch (key) {
            case "stop-writes-count" -> new SetConfig(leadingNumber(value), stopWritesSize, disableEviction);
            case "stop-writes-size" -> {
                long size = ConfigValues.integer(key, value);
                ConfigValues.check(size >= 0, key + " must not be negative");
                yield new SetConfig(stopWritesCount, size, disableEviction);
            }
            case "disable-eviction" -> new SetConfig(stopWritesCount, stopWritesSize, ConfigValues.bool(key, value));
            default -> throw new IllegalArgumentException("unknown set setting '" + key + "'");
        };
    }

    /** C's atoll: the leading decimal digits (after an optional sign), 0 when there are none. */
    private static long leadingNumber(String value) {
        int end = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        try {
            return Long.parseLong(value.substring(0, end).replace("+", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
