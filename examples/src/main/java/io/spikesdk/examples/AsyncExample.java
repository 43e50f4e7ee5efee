package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.LongAdder;

/**
 * The async client: 10,000 concurrent gets from one thread, run by two NIO event loops and completed on a
 * two-thread executor, then one chain of dependent commands (put, then add, then get), then a scan read ten
 * records at a time through its {@link Flow.Publisher}. Uses the server given as
 * the first argument ({@code host:port}), or an embedded one.
 */
public final class AsyncExample {
    static final int GETS = 10_000;

    private AsyncExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, AsyncExample::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        ExecutorService completions = Executors.newFixedThreadPool(2);
        ClientConfig config = ClientConfig.builder().hosts(hosts)
            .async(AsyncConfig.builder().eventLoops(2).maxCommandsPerNode(100).completionExecutor(completions).build())
            .build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key[] keys = new Key[100];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = Key.of("test", "async-demo", i);
                client.put(keys[i], Bin.of("n", i));
            }
            // tag::async[]
            AsyncAerospikeClient async = client.async();
            // the commands wait for a free slot (at most 100 in flight) instead of failing: allow them the time
            Policy patient = Policy.builder().totalTimeout(30_000).build();
            LongAdder sum = new LongAdder();
            CompletableFuture<?>[] gets = new CompletableFuture<?>[GETS];
            for (int i = 0; i < GETS; i++) {
                gets[i] = async.get(patient, keys[i % keys.length]).thenAccept(r -> sum.add(r.getLong("n")));
            }
            CompletableFuture.allOf(gets).join();
            out.println(GETS + " gets done, sum of n = " + sum.sum());
            // end::async[]

            // tag::chain[]
            Key counter = Key.of("test", "async-demo", "counter");
            Record result = async.put(counter, Bin.of("count", 1))
                .thenCompose(ignored -> async.add(counter, Bin.of("count", 41)))
                .thenCompose(ignored -> async.get(counter))
                .join();
            out.println("put, add, get -> count = " + result.getLong("count"));
            // end::chain[]

            // tag::scan[]
            LongAdder scanned = new LongAdder();
            CompletableFuture<Void> done = new CompletableFuture<>();
            async.scan(null, "test", "async-demo", "n").subscribe(new Flow.Subscriber<KeyRecord>() {
                private Flow.Subscription subscription;
                private int left;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription = s;
                    left = 10;
                    s.request(10); // the client reads from the node only while fewer records wait than requested
                }

                @Override
                public void onNext(KeyRecord r) {
                    scanned.add(r.record().getLong("n"));
                    if (--left == 0) {
                        left = 10;
                        subscription.request(10);
                    }
                }

                @Override
                public void onError(Throwable e) {
                    done.completeExceptionally(e);
                }

                @Override
                public void onComplete() {
                    done.complete(null);
                }
            });
            done.join();
            out.println("scanned, sum of n = " + scanned.sum());
            // end::scan[]
        } finally {
            completions.shutdown();
        }
    }
}
