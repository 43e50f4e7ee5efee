package io.spikesdk.api.internal;

import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.Key;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.Record;
import io.spikesdk.api.Txn;
import io.spikesdk.api.Value;

import java.util.Map;

/**
 * The SDK modules' way to the API's non-public factories: a {@link Record} that owns its bin map and keeps its
 * stored blobs, a {@link Value.BytesValue} that owns its array (no copy on the hot path). The package is exported
 * only to {@code io.spikesdk.cdt} and {@code io.spikesdk.core}, so these stay out of the public API.
 */
public final class ApiAccess {

    /** Implemented in {@code io.spikesdk.api}, where the non-public constructors are visible. */
    public interface Factories {
        Record record(Key key, Map<String, Object> ownedBins, int generation, int ttl, Map<String, StoredBlob> blobs);

        Value.BytesValue owningBytes(byte[] owned, int particleType);

        void completeBatchRecord(BatchRecord row, Record record, int resultCode, boolean inDoubt);

        PartitionCursor cursor(PartitionFilter filter);

        Key key(String namespace, String set, Value userKey, byte[] ownedDigest);

        TxnState txnState(Txn txn);

        Txn txn(long id, int timeoutSeconds);
    }

    private static Factories factories;

    static {
        try {
            // its static initializer calls register(): the one implementation lives in the api package
            Class.forName("io.spikesdk.api.ApiFactories", true, ApiAccess.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ApiAccess() {
    }

    /** Called once, by the api package's implementation. */
    public static void register(Factories implementation) {
        if (factories != null) {
            throw new IllegalStateException("ApiAccess factories are already registered");
        }
        factories = implementation;
    }

    /**
     * A record that takes ownership of {@code bins} (not copied; must not be modified afterwards) and keeps the
     * raw form of its blob bins for {@code Record.getObject(bin, type)}.
     */
    public static Record record(Key key, Map<String, Object> bins, int generation, int ttl, Map<String, StoredBlob> blobs) {
        return factories.record(key, bins, generation, ttl, blobs);
    }

    /**
     * A bytes value that takes ownership of {@code bytes} without copying them: the caller must not modify the
     * array afterwards.
     *
     * @throws io.spikesdk.api.ParameterException if {@code bytes} is null or the type is outside 0..255
     */
    public static Value.BytesValue owningBytes(byte[] bytes, int particleType) {
        return factories.owningBytes(bytes, particleType);
    }

    /** Sets the outcome of a batch row (record, result code, in-doubt). */
    public static void completeBatchRecord(BatchRecord row, Record record, int resultCode, boolean inDoubt) {
        factories.completeBatchRecord(row, record, resultCode, inDoubt);
    }

    /** The per-partition progress a scan reads and updates. */
    public static PartitionCursor cursor(PartitionFilter filter) {
        return factories.cursor(filter);
    }

    /** A key as a scan reply carries it: the digest (owned, not copied) and the user key when the record stored it. */
    public static Key key(String namespace, String set, Value userKey, byte[] ownedDigest) {
        return factories.key(namespace, set, userKey, ownedDigest);
    }

    /** The mutable state of a transaction, which the commands that run in it update. */
    public static TxnState txnState(Txn txn) {
        return factories.txnState(txn);
    }

    /** A transaction with the given id (tests compare requests with another client's transaction of that id). */
    public static Txn txn(long id, int timeoutSeconds) {
        return factories.txn(id, timeoutSeconds);
    }
}
