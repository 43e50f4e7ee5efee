package io.spikesdk.api;

import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.api.internal.StoredBlob;

import java.util.Map;

/** The implementation behind {@link ApiAccess}: reaches the package-private factories of this package. */
final class ApiFactories implements ApiAccess.Factories {

    static {
        ApiAccess.register(new ApiFactories());
    }

    private ApiFactories() {
    }

    @Override
    public Record record(Key key, Map<String, Object> ownedBins, int generation, int ttl, Map<String, StoredBlob> blobs) {
        return new Record(key, ownedBins, generation, ttl, blobs);
    }

    @Override
    public Value.BytesValue owningBytes(byte[] owned, int particleType) {
        return Value.BytesValue.owning(owned, particleType);
    }

    @Override
    public void completeBatchRecord(BatchRecord row, Record record, int resultCode, boolean inDoubt) {
        row.complete(record, resultCode, inDoubt);
    }

    @Override
    public io.spikesdk.api.internal.PartitionCursor cursor(PartitionFilter filter) {
        return filter.cursor();
    }

    @Override
    public Key key(String namespace, String set, Value userKey, byte[] ownedDigest) {
        return Key.fromReply(namespace, set, userKey, ownedDigest);
    }

    @Override
    public io.spikesdk.api.internal.TxnState txnState(Txn txn) {
        return txn.internalState();
    }

    @Override
    public Txn txn(long id, int timeoutSeconds) {
        return new Txn(id, timeoutSeconds);
    }
}
