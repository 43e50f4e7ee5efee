package io.spikesdk.testkit.internal.inspect;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.RequestOperation;
import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What the activity log keeps of a data request beyond its kind and digest: the set, the user key when the client
 * sent it, and the operations with their values as short text. Values are rendered when the request is logged, so
 * the log never holds on to large values.
 *
 * @param set the set name, or null
 * @param userKey the user key (Long, String, byte[] or Double) when sent, else null
 * @param operations the operations in request order
 */
public record RequestDetail(String set, Object userKey, List<RequestOperation> operations) {
    /** Operations kept per request; a longer request ends with one {@code MORE} operation counting the rest. */
    public static final int MAX_OPERATIONS = 100;

    /** No set, no key, no operations. */
    public static final RequestDetail NONE = new RequestDetail(null, null, List.of());

    private static final String[] OP_NAMES = new String[17];

    static {
        OP_NAMES[OpType.READ] = "READ";
        OP_NAMES[OpType.WRITE] = "WRITE";
        OP_NAMES[OpType.CDT_READ] = "CDT_READ";
        OP_NAMES[OpType.CDT_MODIFY] = "CDT_MODIFY";
        OP_NAMES[OpType.INCR] = "INCR";
        OP_NAMES[OpType.EXP_READ] = "EXP_READ";
        OP_NAMES[OpType.EXP_MODIFY] = "EXP_MODIFY";
        OP_NAMES[OpType.APPEND] = "APPEND";
        OP_NAMES[OpType.PREPEND] = "PREPEND";
        OP_NAMES[OpType.TOUCH] = "TOUCH";
        OP_NAMES[OpType.BIT_READ] = "BIT_READ";
        OP_NAMES[OpType.BIT_MODIFY] = "BIT_MODIFY";
        OP_NAMES[OpType.DELETE] = "DELETE";
        OP_NAMES[OpType.HLL_READ] = "HLL_READ";
        OP_NAMES[OpType.HLL_MODIFY] = "HLL_MODIFY";
    }

    public RequestDetail {
        operations = List.copyOf(operations);
    }

    /** The detail of a parsed AS_MSG. */
    public static RequestDetail of(MessageView msg) {
        String set = msg.fieldString(FieldType.SET);
        Object key = JavaValues.ofKeyField(msg.fieldBytes(FieldType.KEY));
        int kept = Math.min(msg.opCount(), MAX_OPERATIONS);
        List<RequestOperation> ops = new ArrayList<>(kept + 2);
        for (int i = 0; i < kept; i++) {
            ops.add(operation(msg, i));
        }
        if (kept < msg.opCount()) {
            ops.add(new RequestOperation("MORE", null, (msg.opCount() - kept) + " more operations"));
        }
        String module = msg.fieldString(FieldType.UDF_PACKAGE_NAME);
        if (module != null && msg.findField(FieldType.UDF_OP) < 0) {
            ops.add(new RequestOperation("UDF", null, module + "." + msg.fieldString(FieldType.UDF_FUNCTION)));
        }
        return new RequestDetail(set == null || set.isEmpty() ? null : set, key, ops);
    }

    private static RequestOperation operation(MessageView msg, int i) {
        int type = msg.opType(i);
        String name = type >= 0 && type < OP_NAMES.length && OP_NAMES[type] != null ? OP_NAMES[type] : "OP_" + type;
        String bin = msg.opNameLength(i) == 0 ? null : msg.opNameLatin1(i);
        String value = msg.opValueLength(i) == 0 && msg.opParticleType(i) == ParticleType.NULL ? null
                : valueText(type, msg.opParticleType(i), msg.opValue(i));
        return new RequestOperation(name, bin, value);
    }

    private static String valueText(int opType, int particleType, byte[] value) {
        boolean msgpackArgs = opType == OpType.CDT_READ || opType == OpType.CDT_MODIFY || opType == OpType.BIT_READ
                || opType == OpType.BIT_MODIFY || opType == OpType.HLL_READ || opType == OpType.HLL_MODIFY
                || opType == OpType.EXP_READ || opType == OpType.EXP_MODIFY;
        if (msgpackArgs) {
            try {
                return ValueText.of(JavaValues.ofElement(MsgpackReader.readFully(value)));
            } catch (CdtException e) {
                return ValueText.of(value);
            }
        }
        try {
            return ValueText.of(JavaValues.ofParticle(particleType, value));
        } catch (RuntimeException malformed) {
            // the log shows what was sent; the command itself answers the error
            return ValueText.of(value);
        }
    }
}
