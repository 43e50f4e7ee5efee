package io.spikesdk.testkit.internal.ops;

/**
 * The outcome of one complex op.
 *
 * @param resultCode 0 on success, else the server result code that fails the whole command
 * @param binChange what happens to the op's bin
 * @param newType particle type of the new bin value when {@code binChange == SET}
 * @param newValue new bin value when {@code binChange == SET}
 * @param resultType particle type of the op's result entry, or -1 when the op produces no entry
 * @param resultValue the result entry's value bytes (empty for a NULL particle)
 */
public record ComplexOpResult(int resultCode, BinChange binChange, int newType, byte[] newValue, int resultType,
        byte[] resultValue) {

    private static final byte[] EMPTY = new byte[0];

    /** What a complex op does to its bin. */
    public enum BinChange {
        UNCHANGED, SET, DELETE
    }

    /** A failed op: the command answers {@code code} and nothing is applied. */
    public static ComplexOpResult error(int code) {
        return new ComplexOpResult(code, BinChange.UNCHANGED, 0, EMPTY, -1, EMPTY);
    }

    /** A successful read: bin unchanged, one result entry. */
    public static ComplexOpResult read(int resultType, byte[] resultValue) {
        return new ComplexOpResult(0, BinChange.UNCHANGED, 0, EMPTY, resultType, resultValue);
    }

    /** A successful modify that stores a new value and optionally returns a result (-1 = none). */
    public static ComplexOpResult modify(int newType, byte[] newValue, int resultType, byte[] resultValue) {
        return new ComplexOpResult(0, BinChange.SET, newType, newValue, resultType, resultValue);
    }

    /** Whether the op produced a result entry. */
    public boolean hasResult() {
        return resultType >= 0;
    }
}
