package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.Arrays;
import java.util.Objects;

/** The addressing part of a single-record request: namespace, digest, optional set, key and filter. */
final class RecordRequest {
    private static final int MAX_BIN_NAME = 15;
    private static final int MAX_SET_NAME_BYTES = 63;

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

    /** BIN_NAME_TOO_LONG when op {@code i} names a bin of over 15 bytes or with a NUL byte. */
    static void checkBinName(MessageView msg, int i) throws CommandFailure {
        if (msg.opNameLength(i) > MAX_BIN_NAME || msg.opNameLatin1(i).indexOf('\0') >= 0) {
            throw new CommandFailure(ResultCode.BIN_NAME_TOO_LONG.code());
        }
    }

    /**
     * A write creating a record names its set (when it has one) before anything else can fail it: a name of over 63
     * bytes gives 4, any other enters the namespace's set table for good.
     */
    void createSet() throws CommandFailure {
        if (setName == null) {
            return;
        }
        if (msg.fieldBytes(FieldType.SET).length > MAX_SET_NAME_BYTES) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
        store.addSet(setName);
    }

    /**
     * The set's stop-writes-count (for a write creating a record) and stop-writes-size: FAIL_FORBIDDEN (22), as the
     * real server answers once the set's name is known.
     */
    void checkSetLimits(boolean creating) throws CommandFailure {
        int code = setName == null ? 0 : store.setStopWritesCode(setName, creating);
        if (code != 0) {
            throw new CommandFailure(code);
        }
    }

    /** Reads and deletes: a set field, when present and not empty, must name the record's set (else 4). */
    void checkSet(StoredRecord record) throws CommandFailure {
        if (setName != null && !setName.equals(record.setName())) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    /** Writes that update: the set field must name the record's set, and its absence means no set (else 4). */
    void checkSetOnUpdate(StoredRecord record) throws CommandFailure {
        if (!Objects.equals(setName, record.setName())) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    /** A key field differing from the record's stored key gives 19 (nothing to compare without either). */
    void checkKey(StoredRecord record) throws CommandFailure {
        if (key != null && record.key() != null && !Arrays.equals(key, record.key())) {
            throw new CommandFailure(ResultCode.KEY_MISMATCH.code());
        }
    }
}
