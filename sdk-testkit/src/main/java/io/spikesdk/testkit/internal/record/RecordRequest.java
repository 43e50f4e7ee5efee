package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.Arrays;

/** The addressing part of a single-record request: namespace, digest, optional set, key and filter. */
final class RecordRequest {
    private static final int MAX_BIN_NAME = 15;

    final MessageView msg;
    final NamespaceStore store;
    final Digest digest;
    final byte[] digestBytes;
    final String setName;
    final byte[] key;
    final byte[] filter;

    RecordRequest(MessageView msg, NamespaceStore store, byte[] digestBytes) {
        this.msg = msg;
        this.store = store;
        this.digestBytes = digestBytes;
        this.digest = new Digest(digestBytes);
        String set = msg.fieldString(FieldType.SET);
        this.setName = set == null || set.isEmpty() ? null : set;
        this.key = msg.fieldBytes(FieldType.KEY);
        this.filter = msg.fieldBytes(FieldType.FILTER_EXP);
    }

    /** BIN_NAME_TOO_LONG when an op names a bin over 15 bytes (checked before the record is read). */
    void checkBinNames() throws CommandFailure {
        for (int i = 0; i < msg.opCount(); i++) {
            if (msg.opNameLength(i) > MAX_BIN_NAME) {
                throw new CommandFailure(ResultCode.BIN_NAME_TOO_LONG.code());
            }
        }
    }

    /** A set field naming another set gives 4; a key field differing from the stored key gives 19. */
    void checkIdentity(StoredRecord record) throws CommandFailure {
        if (setName != null && !setName.equals(record.setName())) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
        if (key != null && record.key() != null && !Arrays.equals(key, record.key())) {
            throw new CommandFailure(ResultCode.KEY_MISMATCH.code());
        }
    }
}
