package io.spikesdk.benchmarks.load;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Host;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import java.util.List;

/** {@link BenchClient} over the official Aerospike Java client (aerospike-client-jdk8). */
final class OfficialBenchClient implements BenchClient {
    private final AerospikeClient client;
    private final String namespace;
    private final String set;
    private final String[] binNames;

    OfficialBenchClient(ClientSettings s) {
        this.namespace = s.namespace();
        this.set = s.set();
        this.binNames = s.binNames();
        ClientPolicy policy = new ClientPolicy();
        policy.maxConnsPerNode = s.maxConnsPerNode();
        Policy read = new Policy();
        read.socketTimeout = s.timeoutMs();
        read.totalTimeout = s.timeoutMs();
        WritePolicy write = new WritePolicy();
        write.socketTimeout = s.timeoutMs();
        write.totalTimeout = s.timeoutMs();
        policy.readPolicyDefault = read;
        policy.writePolicyDefault = write;
        BatchPolicy batch = new BatchPolicy();
        batch.socketTimeout = s.timeoutMs();
        batch.totalTimeout = s.timeoutMs();
        policy.batchPolicyDefault = batch;
        this.client = new AerospikeClient(policy, hosts(s.hosts()));
    }

    static Host[] hosts(List<io.spikesdk.api.Host> hosts) {
        Host[] result = new Host[hosts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Host(hosts.get(i).name(), hosts.get(i).port());
        }
        return result;
    }

    @Override
    public ClientKind kind() {
        return ClientKind.OFFICIAL;
    }

    @Override
    public void put(long key, Object[] values) {
        Bin[] bins = new Bin[values.length];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin(binNames[i], Value.get(values[i]));
        }
        client.put(null, new Key(namespace, set, key), bins);
    }

    @Override
    public boolean get(long key) {
        return client.get(null, new Key(namespace, set, key)) != null;
    }

    @Override
    public int batchGet(long[] keys) {
        Key[] batch = new Key[keys.length];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = new Key(namespace, set, keys[i]);
        }
        int found = 0;
        for (Record r : client.get(null, batch)) {
            if (r != null) {
                found++;
            }
        }
        return found;
    }

    @Override
    public boolean isTimeout(RuntimeException e) {
        return e instanceof AerospikeException.Timeout;
    }

    @Override
    public void close() {
        client.close();
    }
}
