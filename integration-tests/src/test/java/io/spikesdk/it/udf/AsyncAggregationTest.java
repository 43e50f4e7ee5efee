package io.spikesdk.it.udf;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Statement;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.Value;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The async client's {@code queryAggregate} as a {@link Flow.Publisher}: the same results as the synchronous
 * call, one value per request, failures through {@code onError}, a cancel that stops it, and the stage off the
 * event loops (on the completion executor).
 */
@Timeout(60)
class AsyncAggregationTest {
    private static final String SET = "it_async_aggregate";
    private static final String MODULE = "it_async_stream";
    private static final int RECORDS = 40;
    private static final ExecutorService COMPLETIONS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "it-async-aggregate-completion");
        t.setDaemon(true);
        return t;
    });
    private static AerospikeClient client;
    private static AsyncAerospikeClient async;

    @BeforeAll
    static void setUp() {
        client = Aerospike.client(TestTarget.config().async(AsyncConfig.builder().completionExecutor(COMPLETIONS)
            .build()).build()).connect();
        client.registerUdf(UdfModules.STREAM, MODULE + ".lua", Language.LUA).waitTillComplete();
        for (int i = 0; i < RECORDS; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i));
        }
        async = client.async();
    }

    @AfterAll
    static void tearDown() {
        client.removeUdf(MODULE + ".lua");
        client.close();
        COMPLETIONS.shutdownNow();
    }

    private static Statement all() {
        return Statement.builder(TestTarget.NAMESPACE).set(SET).build();
    }

    /** Collects every value, requesting one at a time; records the threads of the signals. */
    private static final class OneByOne implements Flow.Subscriber<Object> {
        final CompletableFuture<List<Object>> done = new CompletableFuture<>();
        final List<Object> values = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        final int cancelAfter;
        Flow.Subscription subscription;

        OneByOne(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(Object item) {
            values.add(item);
            threads.add(Thread.currentThread().getName());
            if (values.size() == cancelAfter) {
                subscription.cancel();
                done.complete(values);
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable e) {
            done.completeExceptionally(e);
        }

        @Override
        public void onComplete() {
            done.complete(values);
        }
    }

    private static OneByOne run(QueryPolicy policy, String module, String function, int cancelAfter, Value... args)
        throws Exception {
        OneByOne subscriber = new OneByOne(cancelAfter);
        async.queryAggregate(policy, all(), module, function, args).subscribe(subscriber);
        subscriber.done.get(30, TimeUnit.SECONDS);
        return subscriber;
    }

    private static Throwable failure(QueryPolicy policy, String module, String function, Value... args) {
        OneByOne subscriber = new OneByOne(Integer.MAX_VALUE);
        async.queryAggregate(policy, all(), module, function, args).subscribe(subscriber);
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
            () -> subscriber.done.get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    private static List<Object> sync(String function, Value... args) {
        List<Object> out = new ArrayList<>();
        client.queryAggregate(null, all(), MODULE, function, args).forEachRemaining(out::add);
        return out;
    }

    @Test
    void reducedResultsEqualTheSynchronousCall() throws Exception {
        assertEquals(List.of(780L), sync("sum", Value.of("n")));
        assertEquals(sync("sum", Value.of("n")), run(null, MODULE, "sum", Integer.MAX_VALUE, Value.of("n")).values);
        assertEquals(sync("average", Value.of("n")),
            run(null, MODULE, "average", Integer.MAX_VALUE, Value.of("n")).values);
    }

    @Test
    void everyValueComesOnePerRequestOnTheCompletionExecutor() throws Exception {
        OneByOne subscriber = run(null, MODULE, "values", Integer.MAX_VALUE, Value.of("n"));
        assertEquals(RECORDS, subscriber.values.size());
        TreeSet<Object> sorted = new TreeSet<>(subscriber.values);
        assertEquals(RECORDS, sorted.size());
        assertEquals(0L, sorted.first());
        assertEquals(39L, sorted.last());
        assertTrue(subscriber.threads.stream().allMatch(t -> t.equals("it-async-aggregate-completion")),
            subscriber.threads.toString());
    }

    @Test
    void moreValuesThanTheQueueHoldsAllComeThrough() throws Exception {
        String set = "it_async_aggregate_many";
        int many = 1500; // above the 512 values that pause the node streams
        for (int i = 0; i < many; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, set, i), Bin.of("n", i));
        }
        OneByOne subscriber = new OneByOne(Integer.MAX_VALUE);
        async.queryAggregate(null, Statement.builder(TestTarget.NAMESPACE).set(set).build(), MODULE, "values",
            Value.of("n")).subscribe(subscriber);
        List<Object> values = subscriber.done.get(30, TimeUnit.SECONDS);
        TreeSet<Object> sorted = new TreeSet<>(values);
        assertEquals(many, values.size());
        assertEquals(many, sorted.size());
        assertEquals((long) many - 1, sorted.last());
    }

    @Test
    void withAnInPlaceCompletionExecutorTheStageStillLeavesTheEventLoops() throws Exception {
        try (AerospikeClient inPlace = Aerospike.client(TestTarget.config().async(AsyncConfig.builder()
            .completionExecutor(Runnable::run).build()).build()).connect()) {
            OneByOne subscriber = new OneByOne(Integer.MAX_VALUE);
            inPlace.async().queryAggregate(null, all(), MODULE, "values", Value.of("n")).subscribe(subscriber);
            assertEquals(RECORDS, subscriber.done.get(30, TimeUnit.SECONDS).size());
            assertTrue(subscriber.threads.stream().allMatch(t -> t.equals("spike-async-aggregate")),
                subscriber.threads.toString());
        }
    }

    @Test
    void aCancelStopsTheAggregationAndTheClientGoesOn() throws Exception {
        assertEquals(3, run(null, MODULE, "values", 3, Value.of("n")).values.size());
        assertEquals(List.of(780L), run(null, MODULE, "sum", Integer.MAX_VALUE, Value.of("n")).values);
    }

    @Test
    void failuresArriveThroughOnError() {
        UdfException server = assertInstanceOf(UdfException.class, failure(null, MODULE, "fail_on_server"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, server.resultCode());
        UdfException stage = assertInstanceOf(UdfException.class,
            failure(null, MODULE, "fail_after_reduce", Value.of("n")));
        assertTrue(stage.udfError().contains("client stage failed at 780"), stage.udfError());
        UdfException missing = assertInstanceOf(UdfException.class, failure(null, "it_async_no_such_module", "sum"));
        assertTrue(missing.getMessage().contains("not registered"), missing.getMessage());
        QueryPolicy even = QueryPolicy.builder()
            .filterExpression(Exp.build(Exp.eq(Exp.mod(Exp.intBin("n"), Exp.val(2)), Exp.val(0)))).build();
        assertEquals(ResultCode.UNSUPPORTED_FEATURE,
            assertInstanceOf(AerospikeException.class, failure(even, MODULE, "sum", Value.of("n"))).resultCode());
    }
}
