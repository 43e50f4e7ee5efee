package io.spikesdk.api;

import java.util.Objects;

/**
 * One operation of an {@code operate} command: a type, an optional bin name and an optional value.
 *
 * <p>Built by {@link Operations} (and the CDT, bit, HLL and expression builders, whose operations carry
 * their msgpack payload as a BLOB {@link Value.BytesValue}). Immutable.
 */
public final class Operation {

    /** Operation types and their wire codes. */
    public enum Type {
        /** Read one bin, or all bins when the bin name is null. */
        READ(1, false),
        /** Read only the generation and TTL. */
        READ_HEADER(1, false),
        /** Write (replace) a bin; {@link Value#NULL} deletes it. */
        WRITE(2, true),
        /** Read from a list bin (wire type CDT read). */
        CDT_READ(3, false),
        /** Modify a list bin (wire type CDT modify). */
        CDT_MODIFY(4, true),
        /**
         * Read from a map bin. Same wire type as {@link #CDT_READ}; kept apart because a command with map
         * operations asks the server to answer every operation (as the official client's MAP_READ).
         */
        MAP_READ(3, false),
        /** Modify a map bin. Same wire type as {@link #CDT_MODIFY}; see {@link #MAP_READ}. */
        MAP_MODIFY(4, true),
        /** Add a number to an integer or double bin (creates it when missing). */
        ADD(5, true),
        /** Evaluate an expression and return its result. */
        EXP_READ(7, false),
        /** Evaluate an expression and write its result to a bin. */
        EXP_MODIFY(8, true),
        /** Append to a string (or blob) bin. */
        APPEND(9, true),
        /** Prepend to a string (or blob) bin. */
        PREPEND(10, true),
        /** Reset the record's TTL (and bump its generation). */
        TOUCH(11, true),
        /** Read bits of a blob bin. */
        BIT_READ(12, false),
        /** Modify bits of a blob bin. */
        BIT_MODIFY(13, true),
        /** Delete the whole record. */
        DELETE(14, true),
        /** Read a HyperLogLog bin. */
        HLL_READ(15, false),
        /** Modify a HyperLogLog bin. */
        HLL_MODIFY(16, true);

        private final int code;
        private final boolean write;

        Type(int code, boolean write) {
            this.code = code;
            this.write = write;
        }

        /** The op type byte sent on the wire (shared by the list and map kinds of a CDT operation). */
        public int code() {
            return code;
        }

        /** Whether the operation changes the record (makes the command a write). */
        public boolean isWrite() {
            return write;
        }
    }

    private final Type type;
    private final String binName;
    private final Value value;

    /**
     * Creates an operation.
     *
     * @param type the type (required)
     * @param binName the bin, or {@code null} for record-level operations
     * @param value the operand, or {@code null} when the operation has none
     * @throws NullPointerException if {@code type} is null
     */
    public Operation(Type type, String binName, Value value) {
        if (type == null) {
            throw new NullPointerException("an operation needs a type, got null");
        }
        this.type = type;
        this.binName = binName;
        this.value = value;
    }

    /** The type. */
    public Type type() {
        return type;
    }

    /** The bin name, or {@code null}. */
    public String binName() {
        return binName;
    }

    /** The operand, or {@code null}. */
    public Value value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Operation)) {
            return false;
        }
        Operation op = (Operation) o;
        return type == op.type && Objects.equals(binName, op.binName) && Objects.equals(value, op.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, binName, value);
    }

    @Override
    public String toString() {
        return type + (binName != null ? "(" + binName + (value != null ? ", " + value : "") + ")"
                                       : (value != null ? "(" + value + ")" : ""));
    }
}
