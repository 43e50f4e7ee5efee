package io.spikesdk.testkit.internal.storage;

/**
 * A namespace's consistency mode and transaction settings (Enterprise features the embedded server models).
 *
 * @param strongConsistency strong-consistency: the namespace is SC (transactions allowed, {@code replicas} regime 1)
 * @param mrtDurationSeconds mrt-duration: the lifetime of a transaction whose client sent no timeout
 * @param disableMrtWrites disable-mrt-writes: writes inside transactions are refused (FAIL_FORBIDDEN, 22)
 * @param allowExpunge strong-consistency-allow-expunge (reported; non-durable deletes are accepted either way)
 */
public record ConsistencyConfig(boolean strongConsistency, int mrtDurationSeconds, boolean disableMrtWrites,
        boolean allowExpunge) {
    /** The real server's mrt-duration default. */
    public static final int DEFAULT_MRT_DURATION = 10;
    static final int MIN_MRT_DURATION = 1;
    static final int MAX_MRT_DURATION = 120;

    /** An AP namespace (the default). */
    public static final ConsistencyConfig AP = new ConsistencyConfig(false, DEFAULT_MRT_DURATION, false, false);

    /** A strong-consistency namespace with the default transaction settings. */
    public static final ConsistencyConfig SC = new ConsistencyConfig(true, DEFAULT_MRT_DURATION, false, false);

    /** Whether {@code key} is one of the settings this record holds (as set-config names it). */
    public static boolean handles(String key) {
        return key.equals("mrt-duration") || key.equals("disable-mrt-writes")
                || key.equals("strong-consistency-allow-expunge");
    }

    /**
     * This configuration with one setting changed as {@code set-config} changes it: {@code mrt-duration} (1..120
     * seconds), {@code disable-mrt-writes}, {@code strong-consistency-allow-expunge}; all of them only for a
     * strong-consistency namespace.
     *
     * @throws IllegalArgumentException for an unknown setting, an AP namespace or a value out of range
     */
    public ConsistencyConfig with(String key, String value) {
        ConfigValues.check(strongConsistency, key + " is only applicable with strong-consistency");
        return switch (key) {
            case "mrt-duration" -> {
                long seconds = ConfigValues.integer(key, value);
                ConfigValues.check(seconds >= MIN_MRT_DURATION && seconds <= MAX_MRT_DURATION,
                        key + " must be between " + MIN_MRT_DURATION + " and " + MAX_MRT_DURATION + " seconds");
                yield new ConsistencyConfig(true, (int) seconds, disableMrtWrites, allowExpunge);
            }
            case "disable-mrt-writes" ->
                new ConsistencyConfig(true, mrtDurationSeconds, ConfigValues.bool(key, value), allowExpunge);
            case "strong-consistency-allow-expunge" ->
                new ConsistencyConfig(true, mrtDurationSeconds, disableMrtWrites, ConfigValues.bool(key, value));
            default -> throw new IllegalArgumentException("unknown namespace setting '" + key + "'");
        };
    }
}
