package io.spikesdk.api;

/**
 * Factories for the basic record operations of an {@code operate} command (spec {@code OPERATOR_*}).
 *
 * <p>List, map, bit, HLL and expression operations are built by their own classes in {@code sdk-cdt-ops}.
 */
public final class Operations {

    private static final Operation GET_ALL = new Operation(Operation.Type.READ, null, null);
    private static final Operation GET_HEADER = new Operation(Operation.Type.READ_HEADER, null, null);
    private static final Operation TOUCH = new Operation(Operation.Type.TOUCH, null, null);
    private static final Operation DELETE = new Operation(Operation.Type.DELETE, null, null);

    private Operations() {
    }

    /** Writes a bin (spec {@code OPERATOR_WRITE}); a {@link Value#NULL} value deletes the bin. */
    public static Operation put(Bin bin) {
        if (bin == null) {
            throw new NullPointerException("put needs a bin, got null");
        }
        return new Operation(Operation.Type.WRITE, bin.name(), bin.value());
    }

    /** Writes {@code Value.of(value)} to bin {@code name}. */
    public static Operation put(String name, Object value) {
        return put(Bin.of(name, value));
    }

    /** Appends to a string bin (spec {@code OPERATOR_APPEND}); the server answers 12 for other types. */
    public static Operation append(String name, String value) {
        return new Operation(Operation.Type.APPEND, requireBin(name, "append"), new Value.StringValue(value));
    }

    /** Prepends to a string bin (spec {@code OPERATOR_PREPEND}). */
    public static Operation prepend(String name, String value) {
        return new Operation(Operation.Type.PREPEND, requireBin(name, "prepend"), new Value.StringValue(value));
    }

    /** Adds to an integer bin, creating it when missing (spec {@code OPERATOR_INCR}). */
    public static Operation add(String name, long delta) {
        return new Operation(Operation.Type.ADD, requireBin(name, "add"), new Value.LongValue(delta));
    }

    /** Adds to a double bin, creating it when missing. */
    public static Operation add(String name, double delta) {
        return new Operation(Operation.Type.ADD, requireBin(name, "add"), new Value.DoubleValue(delta));
    }

    /** Reads all bins (spec {@code OPERATOR_READ} without a bin). */
    public static Operation get() {
        return GET_ALL;
    }

    /** Reads one bin (spec {@code OPERATOR_READ}). */
    public static Operation get(String name) {
        return new Operation(Operation.Type.READ, requireBin(name, "get"), null);
    }

    /** Reads only the generation and TTL. */
    public static Operation getHeader() {
        return GET_HEADER;
    }

    /** Resets the TTL to the write policy's expiration (spec {@code OPERATOR_TOUCH}); the record must exist. */
    public static Operation touch() {
        return TOUCH;
    }

    /** Deletes the record; later operations in the same command see no record. */
    public static Operation delete() {
        return DELETE;
    }

    private static String requireBin(String name, String op) {
        if (name == null) {
            throw new NullPointerException(op + " needs a bin name, got null");
        }
        return name;
    }
}
