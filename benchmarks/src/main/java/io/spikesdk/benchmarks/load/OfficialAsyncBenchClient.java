package io.spikesdk.benchmarks.load;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.async.EventLoop;
import com.aerospike.client.async.EventPolicy;
import com.aerospike.client.async.NioEventLoops;
import com.aerospike.client.listener.RecordArrayListener;
import com.aerospike.client.listener.RecordListener;
import com.aerospike.client.listener.WriteListener;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;

/**
 * {@link AsyncBenchClient} over the official client's async API on direct NIO event loops ({@link NioEventLoops}):
 * the same loop count as this SDK's client, {@link EventPolicy#maxCommandsInProcess} = the in-flight count spread
 * over the loops, and each lane pinned to one loop (the client's own benchmark and examples chain a command on the
 * loop of the previous one).
 */
final class OfficialAsyncBenchClient implements AsyncBenchClient {
    /** Thread name prefix of the event loops (also the official client's default). */
    private static final String POOL_NAME = "aerospike-nio-event-loop";

    private final NioEventLoops loops;
    private final AerospikeClient client;
    private final String namespace;
    private final String set;
    private final String[] binNames;
    private final Policy read;
    private final WritePolicy write;
    private final BatchPolicy batch;

    OfficialAsyncBenchClient(ClientSettings s, int eventLoops, int inFlight) {
        this.namespace = s.namespace();
        this.set = s.set();
        this.binNames = s.binNames();
        EventPolicy events = new EventPolicy();
        // the lanes spread evenly over the loops never exceed this; the client refuses a limit below 5
        events.maxCommandsInProcess = Math.max(5, (inFlight + eventLoops - 1) / eventLoops);
        this.loops = new NioEventLoops(events, eventLoops, true, POOL_NAME);
        ClientPolicy policy = new ClientPolicy();
        policy.eventLoops = loops;
        policy.maxConnsPerNode = s.maxConnsPerNode();
        policy.asyncMaxConnsPerNode = Math.max(s.maxConnsPerNode(), inFlight + eventLoops);
        read = new Policy();
        read.socketTimeout = s.timeoutMs();
        read.totalTimeout = s.timeoutMs();
        write = new WritePolicy();
        write.socketTimeout = s.timeoutMs();
        write.totalTimeout = s.timeoutMs();
        batch = new BatchPolicy();
        batch.socketTimeout = s.timeoutMs();
        batch.totalTimeout = s.timeoutMs();
        policy.readPolicyDefault = read;
        policy.writePolicyDefault = write;
        policy.batchPolicyDefault = batch;
        try {
            this.client = new AerospikeClient(policy, OfficialBenchClient.hosts(s.hosts()));
        } catch (RuntimeException e) {
            loops.close();
            throw e;
        }
    }

    @Override
    public ClientKind kind() {
        return ClientKind.OFFICIAL;
    }

    @Override
    public Issuer issuer(int lane, int lanes, Completion completion) {
        return new OfficialIssuer(loops.get(lane % loops.getSize()), completion);
    }

    @Override
    public boolean isTimeout(Throwable failure) {
        return failure instanceof AerospikeException.Timeout;
    }

    @Override
    public String[] threadNamePrefixes() {
        return new String[] {POOL_NAME};
    }

    @Override
    public void close() {
        client.close();
        loops.close();
    }

    /** One lane's issuer on its event loop; it is also the listener of every command it starts. */
    private final class OfficialIssuer implements Issuer, RecordListener, WriteListener, RecordArrayListener {
        private final EventLoop loop;
        private final Completion completion;

        OfficialIssuer(EventLoop loop, Completion completion) {
            this.loop = loop;
            this.completion = completion;
        }

        @Override
        public void put(long key, Object[] values) {
            Bin[] bins = new Bin[values.length];
            for (int i = 0; i < bins.length; i++) {
                bins[i] = new Bin(binNames[i], Value.get(values[i]));
            }
            client.put(loop, this, write, new Key(namespace, set, key), bins);
        }

        @Override
        public void get(long key) {
            client.get(loop, this, read, new Key(namespace, set, key));
        }

        @Override
        public void batchGet(long[] keys) {
            Key[] array = new Key[keys.length];
            for (int i = 0; i < array.length; i++) {
                array[i] = new Key(namespace, set, keys[i]);
            }
            client.get(loop, this, batch, array);
        }

        @Override
        public void onSuccess(Key key, Record record) {
            completion.completed(null);
        }

        @Override
        public void onSuccess(Key key) {
            completion.completed(null);
        }

        @Override
        public void onSuccess(Key[] keys, Record[] records) {
            completion.completed(null);
        }

        @Override
        public void onFailure(AerospikeException failure) {
            completion.completed(failure);
        }
    }
}
