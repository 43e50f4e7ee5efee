package io.spikesdk.benchmarks.load;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policies;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * {@link AsyncBenchClient} over this SDK's {@link AerospikeClient#async()}: {@link AsyncConfig#eventLoops()} loops,
 * at most the in-flight count of commands per node, auto-batching when asked, and futures completed on the event
 * loop itself (a direct completion executor), as the official client calls its listeners on its event loop.
 */
final class SpikeAsyncBenchClient implements AsyncBenchClient {
    private final AerospikeClient client;
    private final AsyncAerospikeClient async;
    private final String namespace;
    private final String set;
    private final String[] binNames;

    SpikeAsyncBenchClient(ClientSettings s, int eventLoops, int inFlight, boolean autoBatch) {
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
                .async(AsyncConfig.builder().eventLoops(eventLoops).maxCommandsPerNode(inFlight)
                        .completionExecutor(Runnable::run).autoBatch(autoBatch).build())
                .build();
        this.client = Aerospike.client(config).connect();
        this.async = client.async();
    }

    @Override
    public ClientKind kind() {
        return ClientKind.SPIKE;
    }

    @Override
    public Issuer issuer(int lane, int lanes, Completion completion) {
        return new SpikeIssuer(completion);
    }

    @Override
    public boolean isTimeout(Throwable failure) {
        return failure instanceof CommandTimeoutException;
    }

    @Override
    public String[] threadNamePrefixes() {
        return new String[] {"spike-async-"};
    }

    @Override
    public void close() {
        client.close();
    }

    /** One lane's issuer; it is also the callback of every future it starts. */
    private final class SpikeIssuer implements Issuer, BiConsumer<Object, Throwable> {
        private final Completion completion;

        SpikeIssuer(Completion completion) {
            this.completion = completion;
        }

        @Override
        public void put(long key, Object[] values) {
            Bin[] bins = new Bin[values.length];
            for (int i = 0; i < bins.length; i++) {
                bins[i] = new Bin(binNames[i], Value.of(values[i]));
            }
            async.put(null, Key.of(namespace, set, key), bins).whenComplete(this);
        }

        @Override
        public void get(long key) {
            async.get(null, Key.of(namespace, set, key)).whenComplete(this);
        }

        @Override
        public void batchGet(long[] keys) {
            Key[] batch = new Key[keys.length];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = Key.of(namespace, set, keys[i]);
            }
            async.get(null, batch).whenComplete(this);
        }

        @Override
        public void accept(Object result, Throwable failure) {
            completion.completed(failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure);
        }
    }
}
