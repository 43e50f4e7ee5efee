package io.spikesdk.cdt.internal;

import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/**
 * Packs the path select/modify payload (CDT op {@code 0xFE}, server 8.1+) as the official client does:
 * select {@code [0xFE, [id1, v1, ...], flags]}, modify {@code [0xFE, [id1, v1, ...], flags | 4, exp]} with
 * the modify expression's bytes inline.
 */
public final class PathPayload {
    /** The CDT op code of a path select / modify. */
    public static final int SELECT_OP = 0xFE;
    /** The flag bit that turns a select into a modify (APPLY). */
    public static final int APPLY = 4;

    private PathPayload() {
    }

    /**
     * The select payload; flags are sent as given.
     *
     * @throws IllegalArgumentException if {@code ctx} is null or empty, or a level is null
     */
    public static byte[] select(String method, CTX[] ctx, int flags) {
        MsgPackWriter writer = start(method, ctx, 3);
        writer.packLong(flags);
        return writer.toByteArray();
    }

    /**
     * The modify payload: {@code flags | APPLY} and then {@code modifyExp} (packed expression bytes) inline.
     *
     * @throws IllegalArgumentException if {@code ctx} is null or empty, or a level is null
     */
    public static byte[] modify(String method, CTX[] ctx, int flags, byte[] modifyExp) {
        MsgPackWriter writer = start(method, ctx, 4);
        writer.packLong(flags | APPLY);
        writer.packRaw(modifyExp, 0, modifyExp.length);
        return writer.toByteArray();
    }

    /** Checks a path's levels: at least one, none null. */
    public static void requirePath(String method, CTX[] ctx) {
        if (ctx == null || ctx.length == 0) {
            throw new IllegalArgumentException(method + ": ctx must hold at least one level");
        }
        for (int i = 0; i < ctx.length; i++) {
            if (ctx[i] == null) {
                throw new IllegalArgumentException(method + ": ctx[" + i + "] must not be null");
            }
        }
    }

    private static MsgPackWriter start(String method, CTX[] ctx, int size) {
        requirePath(method, ctx);
        MsgPackWriter writer = new MsgPackWriter(64);
        writer.packArrayHeader(size);
        writer.packLong(SELECT_OP);
        byte[] levels = CTX.toBytes(ctx);
        writer.packRaw(levels, 0, levels.length);
        return writer;
    }
}
