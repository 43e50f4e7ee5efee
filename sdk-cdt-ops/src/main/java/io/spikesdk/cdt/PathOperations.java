package io.spikesdk.cdt;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Operation;
import io.spikesdk.cdt.internal.CdtPayload;
import io.spikesdk.cdt.internal.PathPayload;

import java.nio.charset.StandardCharsets;

/**
 * Path select and modify operations (server 8.1+; the official client's {@code CdtOperation}): walk a
 * {@link CTX} path whose levels may fan out ({@link CTX#allChildren}, {@link CTX#allChildrenWithFilter},
 * {@link CTX#andFilter}, {@link CTX#mapKeysIn}) and return or rewrite every element reached.
 *
 * <pre>{@code
 * client.operate(key, PathOperations.selectByPath("doc", SelectFlags.VALUE,
 *     CTX.mapKey("items"), CTX.allChildrenWithFilter(Exp.gt(Exp.intLoopVar(LoopVarPart.VALUE), Exp.val(10)))));
 * }</pre>
 */
public final class PathOperations {
    private static final int BIN_NAME_MAX = 15;

    private PathOperations() {
    }

    /**
     * Selects the elements the path reaches (op type CDT_READ 3, payload {@code [0xFE, [ctx...], flags]});
     * {@code flags} chooses the result shape. The APPLY bit (4) is cleared, as the official client does.
     *
     * @throws IllegalArgumentException for a null, empty or over-long (&gt; 15 bytes) bin name, null flags,
     *         or no / a null context level (the official client sends a malformed {@code [0xFE, flags]} for an
     *         empty path)
     */
    public static Operation selectByPath(String bin, SelectFlags flags, CTX... ctx) {
        requireBin("selectByPath", bin);
        requireFlags("selectByPath", flags);
        return CdtPayload.read(bin, PathPayload.select("selectByPath", ctx, flags.code() & ~PathPayload.APPLY));
    }

    /**
     * Replaces every element the path reaches by the value of {@code modifyExp} evaluated on it (op type
     * CDT_MODIFY 4, payload {@code [0xFE, [ctx...], flags | 4, modifyExp]}); the expression reads the element
     * through the loop variables ({@code Exp.intLoopVar(LoopVarPart.VALUE)} ...) and may return
     * {@code Exp.removeResult()} to delete it. Returns nothing.
     *
     * @throws IllegalArgumentException for a null, empty or over-long bin name, null flags or expression, or
     *         no / a null context level
     */
    public static Operation modifyByPath(String bin, ModifyFlags flags, Expression modifyExp, CTX... ctx) {
        requireBin("modifyByPath", bin);
        requireFlags("modifyByPath", flags);
        if (modifyExp == null) {
            throw new IllegalArgumentException("modifyByPath: modifyExp must not be null");
        }
        return CdtPayload.modify(bin, PathPayload.modify("modifyByPath", ctx, flags.code(), modifyExp.bytes()));
    }

    private static void requireBin(String method, String bin) {
        if (bin == null || bin.isEmpty()) {
            throw new IllegalArgumentException(method + ": bin must not be null or empty");
        }
        if (bin.getBytes(StandardCharsets.UTF_8).length > BIN_NAME_MAX) {
            throw new IllegalArgumentException(method + ": bin name longer than " + BIN_NAME_MAX + " bytes: " + bin);
        }
    }

    private static void requireFlags(String method, Object flags) {
        if (flags == null) {
            throw new IllegalArgumentException(method + ": flags must not be null");
        }
    }
}
