package io.spikesdk.it.cdt;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;

/** Runs table rows through our client. */
final class OurTarget implements CdtTarget {
    private final AerospikeClient client;

    OurTarget(AerospikeClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "spike";
    }

    @Override
    public boolean unorderedMaps() {
        return false;
    }

    @Override
    public String operate(Key key, CdtCall call) {
        Record r;
        try {
            r = client.operate(key, call.ours());
        } catch (AerospikeException e) {
            Class<?> expected = AerospikeException.create(e.resultCode(), null, null, false, 0).getClass();
            throw new Failure(e.resultCode().code(), expected == e.getClass(), e);
        }
        return r == null || !r.bins().containsKey(call.bin()) ? "-" : Notation.render(r.getValue(call.bin()));
    }

    @Override
    public Snapshot read(Key key, String bin) {
        Record r = client.get(key);
        String shown = r == null || !r.bins().containsKey(bin) ? "-" : Notation.render(r.getValue(bin));
        return new Snapshot(shown, r == null ? 0 : r.generation());
    }
}
