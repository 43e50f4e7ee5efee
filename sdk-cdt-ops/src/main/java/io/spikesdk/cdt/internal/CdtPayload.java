package io.spikesdk.cdt.internal;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Operation;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/**
 * Packs a CDT operation payload exactly as the official client does: {@code [op, args...]}, or with
 * contexts {@code [0xFF, [id1, v1, ...], [op, args...]]}; and wraps it into an {@link Operation}
 * carrying a BLOB (particle 4) value.
 */
public final class CdtPayload {
    /** The op code of the context wrapper. */
    public static final int CONTEXT_OP = 0xFF;
    /** The particle type of the operation value. */
    public static final int BLOB = 4;

    private CdtPayload() {
    }

    /** A list read (op type 3) operation. */
    public static Operation read(String bin, byte[] payload) {
        return new Operation(Operation.Type.CDT_READ, bin, ApiAccess.owningBytes(payload, BLOB));
    }

    /** A list modify (op type 4) operation. */
    public static Operation modify(String bin, byte[] payload) {
        return new Operation(Operation.Type.CDT_MODIFY, bin, ApiAccess.owningBytes(payload, BLOB));
    }

    /** A map read (op type 3) operation. */
    public static Operation mapRead(String bin, byte[] payload) {
        return new Operation(Operation.Type.MAP_READ, bin, ApiAccess.owningBytes(payload, BLOB));
    }

    /** A map modify (op type 4) operation. */
    public static Operation mapModify(String bin, byte[] payload) {
        return new Operation(Operation.Type.MAP_MODIFY, bin, ApiAccess.owningBytes(payload, BLOB));
    }

    /** Packs {@code [opCode, args...]}, wrapped in the context envelope when {@code ctx} is not empty. */
    public static byte[] pack(int opCode, CTX[] ctx, Object... args) {
        return packWithCreateFlag(opCode, ctx, 0, args);
    }

    /**
     * Like {@link #pack}, but ORs {@code lastCreateFlag} into the id of the last context level (how the
     * official client builds list/map "create" operations).
     */
    public static byte[] packWithCreateFlag(int opCode, CTX[] ctx, int lastCreateFlag, Object... args) {
        MsgPackWriter writer = new MsgPackWriter(64);
        if (ctx != null && ctx.length > 0) {
            writer.packArrayHeader(3);
            writer.packLong(CONTEXT_OP);
            writer.packArrayHeader(ctx.length * 2);
            for (int i = 0; i < ctx.length; i++) {
                CTX level = ctx[i];
                if (level == null) {
                    throw new NullPointerException("context level " + i + " is null");
                }
                int id = i == ctx.length - 1 ? level.id() | lastCreateFlag : level.id();
                writer.packLong(id);
                packContextValue(writer, level.value());
            }
        }
        writer.packArrayHeader(args.length + 1);
        writer.packLong(opCode);
        for (Object arg : args) {
            writer.packObject(arg);
        }
        return writer.toByteArray();
    }

    /**
     * Packs one context level's value: an {@link Expression} (expression levels of path selects) inline as
     * its raw bytes, as the official client does; anything else as a msgpack value.
     */
    public static void packContextValue(MsgPackWriter writer, Object value) {
        if (value instanceof Expression expression) {
            byte[] bytes = expression.bytes();
            writer.packRaw(bytes, 0, bytes.length);
        } else {
            writer.packObject(value);
        }
    }
}
