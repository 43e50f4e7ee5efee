package io.spikesdk.core.internal.command;

import io.spikesdk.api.Bin;
import io.spikesdk.api.Operation;
import java.util.StringJoiner;

/** Describes a request's ops for error messages: {@code ADD on bin "n"}, {@code ops WRITE on bin "a", ...}. */
final class OpDescriptions {
    /** Ops described before the list is cut short. */
    private static final int MAX_LISTED = 5;

    private OpDescriptions() {
    }

    /**
     * @param ops the request's {@code Bin[]}, {@code Operation[]}, {@code String[]} or null
     * @param binOpCode the wire op code of every bin of a {@code Bin[]}
     * @return e.g. {@code ADD on bin "n"}; empty when no op names a bin
     */
    static String of(Object ops, int binOpCode) {
        StringJoiner listed = new StringJoiner(", ");
        int described = 0;
        if (ops instanceof Bin[] bins) {
            String op = binOpName(binOpCode);
            for (Bin bin : bins) {
                described = add(listed, described, op, bin.name());
            }
        } else if (ops instanceof Operation[] operations) {
            for (Operation operation : operations) {
                if (operation.binName() != null) {
                    described = add(listed, described, operation.type().name(), operation.binName());
                }
            }
        } else if (ops instanceof String[] names) {
            for (String name : names) {
                described = add(listed, described, "READ", name);
            }
        }
        if (described == 0) {
            return "";
        }
        if (described > MAX_LISTED) {
            listed.add("... (" + described + " ops)");
        }
        return (described == 1 ? "" : "ops ") + listed;
    }

    private static int add(StringJoiner listed, int described, String op, String bin) {
        if (described < MAX_LISTED) {
            listed.add(op + " on bin \"" + bin + "\"");
        }
        return described + 1;
    }

    private static String binOpName(int wireCode) {
        for (Operation.Type type : Operation.Type.values()) {
            if (type.code() == wireCode) {
                return type.name();
            }
        }
        return "op " + wireCode;
    }
}
