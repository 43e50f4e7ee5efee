package io.spikesdk.cdt;

/**
 * The two special values of the CDT comparison order, usable inside operation arguments (values,
 * value ranges, value lists, context values), never stored.
 *
 * <ul>
 *   <li>{@link #WILDCARD} ({@code d4 ff 00}) compares equal to anything: {@code List.of("x", WILDCARD)}
 *       matches every list of two or more elements whose first element is {@code "x"}.</li>
 *   <li>{@link #INFINITY} ({@code d4 ff 01}) compares greater than every other value:
 *       {@code getByValueRange(bin, List.of(1), List.of(1, INFINITY), ...)} selects every list starting with 1.</li>
 * </ul>
 *
 * <p>A value to be stored (append, put, set ...) that contains one of them is rejected by the server
 * with PARAMETER_ERROR (4).
 */
public final class CdtValue {
    /** Matches any value ({@code d4 ff 00}). */
    public static final CdtValue WILDCARD = new CdtValue(0, "WILDCARD");
    /** Greater than every other value ({@code d4 ff 01}). */
    public static final CdtValue INFINITY = new CdtValue(1, "INFINITY");

    private final int marker;
    private final String name;

    private CdtValue(int marker, String name) {
        this.marker = marker;
        this.name = name;
    }

    /** The data byte of the {@code d4 ff xx} ext element: 0 for WILDCARD, 1 for INFINITY. */
    public int marker() {
        return marker;
    }

    @Override
    public String toString() {
        return name;
    }
}
