package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;

/**
 * One server behind the official client (plus a raw reader for the stored bytes); runs a case on its
 * own key and records the {@link Outcome}.
 */
final class Target implements AutoCloseable {
    private final String name;
    private final AerospikeClient client;
    private final WireReader wire;

    Target(String name, AerospikeClient client, WireReader wire) {
        this.name = name;
        this.client = client;
        this.wire = wire;
    }

    String name() {
        return name;
    }

    Outcome run(Case c, Key key) {
        WritePolicy cleanup = new WritePolicy();
        WriteSpec.timeouts(cleanup);
        client.delete(cleanup, key);
        try {
            c.setup().apply(client, key);
        } catch (AerospikeException e) {
            client.delete(cleanup, key);
            return new Outcome(code(e), "-", false, "-", 0, 0, "-", 0, 0, "-");
        }
        String rc = "ok";
        boolean inDoubt = false;
        String result = "-";
        int generation = 0;
        int expiration = 0;
        try {
            Object r = c.command().execute(client, key);
            result = Outcome.describe(r);
            generation = Outcome.generation(r);
            expiration = Outcome.expiration(r);
        } catch (AerospikeException e) {
            rc = code(e);
            inDoubt = e.getInDoubt();
        } catch (RuntimeException e) {
            rc = "java:" + e.getClass().getSimpleName();
        }
        String after;
        int afterGeneration = 0;
        int afterExpiration = 0;
        try {
            Policy read = new Policy();
            WriteSpec.timeouts(read);
            Record r = client.get(read, key);
            after = r == null ? "none" : "{" + Render.bins(r.bins) + "}";
            afterGeneration = Outcome.generation(r);
            afterExpiration = Outcome.expiration(r);
        } catch (AerospikeException e) {
            after = "read " + code(e);
        }
        String stored = wire.read(key.namespace, key.setName, key.digest);
        client.delete(cleanup, key);
        return new Outcome("ok", rc, inDoubt, result, generation, expiration, after, afterGeneration, afterExpiration, stored);
    }

    private static String code(AerospikeException e) {
        return "rc" + e.getResultCode();
    }

    @Override
    public void close() throws java.io.IOException {
        client.close();
        wire.close();
    }
}
