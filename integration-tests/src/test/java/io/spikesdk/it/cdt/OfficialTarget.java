package io.spikesdk.it.cdt;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import io.spikesdk.api.Key;

/** Runs table rows through the official Java client. */
final class OfficialTarget implements CdtTarget {
    private final AerospikeClient client;

    OfficialTarget(AerospikeClient client) {
        this.client = client;
    }

    /** Our key as the official client's key (same namespace, set and user key, hence same digest). */
    static com.aerospike.client.Key key(Key key) {
        return new com.aerospike.client.Key(key.namespace(), key.setName(), (String) key.userKey().toObject());
    }

    @Override
    public String name() {
        return "official";
    }

    @Override
    public boolean unorderedMaps() {
        return true;
    }

    @Override
    public String operate(Key key, CdtCall call) {
        com.aerospike.client.Record r;
        try {
            r = client.operate(null, key(key), call.theirs());
        } catch (AerospikeException e) {
            throw new Failure(e.getResultCode(), true, e);
        }
        return r == null || r.bins == null || !r.bins.containsKey(call.bin()) ? "-" : Notation.render(r.bins.get(call.bin()), true);
    }

    @Override
    public Snapshot read(Key key, String bin) {
        com.aerospike.client.Record r = client.get(null, key(key));
        String shown = r == null || r.bins == null || !r.bins.containsKey(bin) ? "-" : Notation.render(r.bins.get(bin), true);
        return new Snapshot(shown, r == null ? 0 : r.generation);
    }
}
