package io.spikesdk.testkit.internal.node;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_BATCH;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.internal.storage.Digest;

/**
 * What a parsed AS_MSG addresses, for routing, fault matching and the activity log.
 *
 * @param kind READ, WRITE, DELETE or OTHER
 * @param namespace the namespace field, or null
 * @param digest the 20-byte digest, or null when the message names no single record
 * @param partitionId the digest's partition, or -1
 * @param masterOnly whether only the partition master may serve it
 */
record DataCommand(CommandKind kind, String namespace, byte[] digest, int partitionId, boolean masterOnly) {
    private static final int MAX_READ_TOUCH_PCT = 100;

    /** Whether it addresses one record and can be routed to that record's partition owner. */
    boolean routable() {
        return digest != null;
    }

    static DataCommand of(MessageView msg) {
        String namespace = msg.fieldString(FieldType.NAMESPACE);
        byte[] digest = msg.fieldBytes(FieldType.DIGEST_RIPE);
        CommandKind kind = kindOf(msg);
        if (kind == CommandKind.OTHER || digest == null || digest.length != Digest.SIZE) {
            return new DataCommand(CommandKind.OTHER, namespace, null, -1, false);
        }
        long touchPct = msg.recordTtl() & 0xFFFF_FFFFL;
        boolean readTouch = kind == CommandKind.READ && touchPct > 0 && touchPct <= MAX_READ_TOUCH_PCT;
        return new DataCommand(kind, namespace, digest, new Digest(digest).partitionId(),
                kind != CommandKind.READ || readTouch);
    }

    private static CommandKind kindOf(MessageView msg) {
        if ((msg.info1() & INFO1_BATCH) != 0) {
            return CommandKind.OTHER;
        }
        int info2 = msg.info2();
        if ((info2 & INFO2_WRITE) != 0) {
            return (info2 & INFO2_DELETE) != 0 ? CommandKind.DELETE : CommandKind.WRITE;
        }
        return (msg.info1() & INFO1_READ) != 0 ? CommandKind.READ : CommandKind.OTHER;
    }
}
