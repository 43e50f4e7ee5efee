package io.spikesdk.testkit.internal.scan;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.Digest;
import java.nio.charset.StandardCharsets;

/**
 * A background scan or query running a record UDF on every match (Java {@code execute(policy, statement, package,
 * function, args)}: UDF_OP 2 with the package, function and arguments): each match gets one internal UDF apply with
 * the request's UDF fields, filter, TTL and durable-delete bit, counted as succeeded or failed by its result.
 */
final class BackgroundUdf {
    /** UDF_OP: 1 aggregation, 2 background UDF. */
    static final int BACKGROUND = 2;
    static final int AGGREGATION = 1;

    private BackgroundUdf() {
    }

    /** The UDF_OP value, or -1 when the field is absent or not one byte. */
    static int udfOp(MessageView msg) {
        int f = msg.findField(FieldType.UDF_OP);
        return f < 0 || msg.fieldLength(f) != 1 ? -1 : msg.buffer()[msg.fieldOffset(f)] & 0xFF;
    }

    /** A background UDF needs UDF_OP 2, a package and a function, and carries no ops and no READ bit. */
    static boolean valid(MessageView msg) {
        return udfOp(msg) == BACKGROUND && msg.fieldString(FieldType.UDF_PACKAGE_NAME) != null
                && msg.fieldString(FieldType.UDF_FUNCTION) != null && msg.opCount() == 0
                && (msg.info1() & INFO1_READ) == 0;
    }

    static void buildApply(MessageView msg, String namespace, String setName, Digest digest, MessageWriter out) {
        int info2 = INFO2_WRITE | (msg.info2() & INFO2_DURABLE_DELETE);
        out.beginFrame(0, info2, 0, 0, 0, msg.recordTtl(), 0);
        out.field(FieldType.NAMESPACE, namespace.getBytes(StandardCharsets.UTF_8));
        if (setName != null) {
            out.field(FieldType.SET, setName.getBytes(StandardCharsets.UTF_8));
        }
        out.field(FieldType.DIGEST_RIPE, digest.bytes());
        byte[] filter = msg.fieldBytes(FieldType.FILTER_EXP);
        if (filter != null) {
            out.field(FieldType.FILTER_EXP, filter);
        }
        out.field(FieldType.UDF_PACKAGE_NAME, msg.fieldBytes(FieldType.UDF_PACKAGE_NAME));
        out.field(FieldType.UDF_FUNCTION, msg.fieldBytes(FieldType.UDF_FUNCTION));
        byte[] args = msg.fieldBytes(FieldType.UDF_ARGLIST);
        out.field(FieldType.UDF_ARGLIST, args == null || args.length == 0 ? new byte[] {(byte) 0x90} : args);
        out.finish();
    }
}
