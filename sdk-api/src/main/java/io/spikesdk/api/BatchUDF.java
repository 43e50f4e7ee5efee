package io.spikesdk.api;

import java.util.Objects;

/**
 * A batch row that applies a registered Lua function ({@code package.function(record, args...)}) to one record.
 * The function's return value comes back in the {@code SUCCESS} bin of {@link #record()}; when it fails, the row's
 * result code is 100 (UDF_BAD_RESPONSE) and the record holds the {@code FAILURE} bin with the error.
 */
public final class BatchUDF extends BatchRecord {
    private final BatchUDFPolicy policy;
    private final String packageName;
    private final String functionName;
    private final Value[] args;

    /** A UDF row with the client's default {@link BatchUDFPolicy}. */
    public BatchUDF(Key key, String packageName, String functionName, Value... args) {
        this(null, key, packageName, functionName, args);
    }

    /** A UDF row with its own policy ({@code null}: the client's default). */
    public BatchUDF(BatchUDFPolicy policy, Key key, String packageName, String functionName, Value... args) {
        super(key);
        this.policy = policy;
        this.packageName = Objects.requireNonNull(packageName, "packageName");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(args, "args");
        for (int i = 0; i < args.length; i++) {
            Objects.requireNonNull(args[i], "args[" + i + "]");
        }
        if (packageName.isEmpty() || functionName.isEmpty()) {
            throw new IllegalArgumentException("packageName and functionName must not be empty");
        }
        this.args = args;
    }

    /** The row's own policy, or null for the client's default. */
    public BatchUDFPolicy policy() {
        return policy;
    }

    /** The Lua module (without {@code .lua}). */
    public String packageName() {
        return packageName;
    }

    public String functionName() {
        return functionName;
    }

    /** The function's arguments after the record. */
    public Value[] args() {
        return args;
    }

    @Override
    public boolean hasWrite() {
        return true;
    }
}
