package io.spikesdk.it.udf;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An aggregation ({@code queryAggregate}) is one call for the {@link MetricsListener}, as a query is: started once,
 * its node commands report it as their parent, completed once when its results end, on the synchronous and the
 * async client.
 */
@Timeout(60)
class AggregationCallMetricsTest {
    private static final String SET = "it_aggregate_calls";
    private static final String MODULE = "it_aggregate_calls";
    private static final int RECORDS = 30;

    private static final List<Object> STARTED = new CopyOnWriteArrayList<>();
    private static final Map<Object, Optional<Throwable>> COMPLETED = new ConcurrentHashMap<>();
    private static final List<CommandOutcome> COMMANDS = new CopyOnWriteArrayList<>();
    private static AerospikeClient client;

    /** Tokens of started calls; node command outcomes with their parents. */
    private static final class Recording implements MetricsListener {
        @Override
        public void commandCompleted(CommandOutcome outcome) {
            if (outcome.type() == CommandType.QUERY) {
                COMMANDS.add(new Snapshot(outcome.parentCall(), outcome.failed()));
            }
        }

        @Override
        public Object callStarted(CommandType type, String namespace, String setName) {
            Object token = type + " " + namespace + "/" + setName + " #" + STARTED.size();
            STARTED.add(token);
            return token;
        }

        @Override
        public void callCompleted(Object call, Throwable failure) {
            COMPLETED.put(call, Optional.ofNullable(failure));
        }
    }

    /** The parts of an outcome the test checks (the listener's view is only valid during the call). */
    private record Snapshot(Object parent, boolean failedFlag) implements CommandOutcome {
        public CommandType type() {
            return CommandType.QUERY;
        }

        public String namespace() {
            return null;
        }

        public String setName() {
            return null;
        }

        public String nodeName() {
            return null;
        }

        public io.spikesdk.api.Host nodeHost() {
            return null;
        }

        public long latencyNanos() {
            return 0;
        }

        public int resultCode() {
            return 0;
        }

        public boolean failed() {
            return failedFlag;
        }

        public int attempts() {
            return 1;
        }

        public boolean timedOut() {
            return false;
        }

        public boolean inDoubt() {
            return false;
        }

        public long bytesSent() {
            return 0;
        }

        public long bytesReceived() {
            return 0;
        }

        public Object parentCall() {
            return parent;
        }
    }

    @BeforeAll
    static void setUp() {
        client = Aerospike.client(TestTarget.config().metricsListener(new Recording()).build()).connect();
        client.registerUdf(UdfModules.STREAM, MODULE + ".lua", Language.LUA).waitTillComplete();
        for (int i = 0; i < RECORDS; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i));
        }
    }

    @AfterAll
    static void tearDown() {
        client.removeUdf(MODULE + ".lua");
        client.close();
    }

    @BeforeEach
    void clear() {
        STARTED.clear();
        COMPLETED.clear();
        COMMANDS.clear();
    }

    private static Statement all() {
        return Statement.builder(TestTarget.NAMESPACE).set(SET).build();
    }

    private static Object theCall() {
        assertEquals(1, STARTED.size(), "one call started: " + STARTED);
        Object token = STARTED.get(0);
        assertEquals("QUERY " + TestTarget.NAMESPACE + "/" + SET + " #0", token);
        assertFalse(COMMANDS.isEmpty(), "node commands reported");
        for (CommandOutcome command : COMMANDS) {
            assertEquals(token, command.parentCall(), "each node command's parent is the call");
        }
        return token;
    }

    @Test
    void aSynchronousAggregationIsOneCall() {
        List<Object> values = new ArrayList<>();
        client.queryAggregate(null, all(), MODULE, "sum", Value.of("n")).forEachRemaining(values::add);
        assertEquals(List.of((long) RECORDS * (RECORDS - 1) / 2), values);
        Object token = theCall();
        assertEquals(Optional.empty(), COMPLETED.get(token), "completed without failure");
    }

    @Test
    void anAsyncAggregationIsOneCallEndedWithItsFailure() throws Exception {
        CompletableFuture<List<Object>> done = new CompletableFuture<>();
        client.async().queryAggregate(null, all(), MODULE, "sum", Value.of("n")).subscribe(new Flow.Subscriber<>() {
            private final List<Object> values = new ArrayList<>();

            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Object item) {
                values.add(item);
            }

            @Override
            public void onError(Throwable e) {
                done.completeExceptionally(e);
            }

            @Override
            public void onComplete() {
                done.complete(values);
            }
        });
        assertEquals(List.of((long) RECORDS * (RECORDS - 1) / 2), done.get(30, TimeUnit.SECONDS));
        Object token = theCall();
        assertEquals(Optional.empty(), COMPLETED.get(token));

        clear();
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        client.async().queryAggregate(null, all(), MODULE, "fail_on_server")
            .subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(1);
                }

                @Override
                public void onNext(Object item) {
                }

                @Override
                public void onError(Throwable e) {
                    failed.complete(e);
                }

                @Override
                public void onComplete() {
                    failed.complete(null);
                }
            });
        Throwable failure = failed.get(30, TimeUnit.SECONDS);
        assertTrue(failure != null, "a Lua error on the server fails the aggregation");
        assertEquals(1, STARTED.size());
        assertEquals(Optional.of(failure), COMPLETED.get(STARTED.get(0)), "the call ends with the subscriber's error");
    }
}
