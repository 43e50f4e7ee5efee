package io.spikesdk.benchmarks.load;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policies;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;

/** {@link BenchClient} over this SDK (sdk-core found through {@link Aerospike#client}). */
final class SpikeBenchClient implements BenchClient {
    private final AerospikeClient client;
    private final String namespace;
    private final String set;
    private final String[] binNames;

    SpikeBenchClient(ClientSettings s) {
        this.namespace = s.namespace();
        this.set = s.set();
        this.binNames = s.binNames();
        Policy read = Policy.builder().socketTimeout(s.timeoutMs()).totalTimeout(s.timeoutMs()).build();
        WritePolicy write = WritePolicy.builder().socketTimeout(s.timeoutMs()).totalTimeout(s.timeoutMs()).build();
        BatchPolicy batch = BatchPolicy.builder().socketTimeout(s.timeoutMs()).totalTimeout(s.timeoutMs()).build();
        ClientConfig config = ClientConfig.builder()
                .hosts(s.hosts())
                .maxConnsPerNode(s.maxConnsPerNode())
                .defaults(Policies.builder().read(read).write(write).batch(batch).build())
                .build();
        this.client = Aerospike.client(config).connect();
    }

    @Override
    public ClientKind kind() {
        return ClientKind.SPIKE;
    }

    @Override
    public void put(long key, Object[] values) {
        Bin[] bins = new Bin[values.length];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin(binNames[i], Value.of(values[i]));
        }
        client.put(Key.of(namespace, set, key), bins);
    }

    @Override
    public boolean get(long key) {
        return client.get(Key.of(namespace, set, key)) != null;
    }

    @Override
    public int batchGet(long[] keys) {
        Key[] batch = new Key[keys.length];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = Key.of(namespace, set, keys[i]);
        }
        int found = 0;
        for (Record r : client.get(batch)) {
            if (r != null) {
                found++;
            }
        }
        return found;
    }

    @Override
    public boolean isTimeout(RuntimeException e) {
        return e instanceof CommandTimeoutException;
    }

    @Override
    public void close() {
        client.close();
    }
}
