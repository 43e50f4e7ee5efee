package io.spikesdk.it.query;

import io.spikesdk.it.AsyncBridge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.HashMap;
import java.util.Map;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.Statement;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Background jobs through our client: {@code execute} applies write operations to what a filter expression or an
 * index filter selects, on every node, and its {@link ExecuteTask} waits until every node finished; a set never
 * written is no error; read operations and no operations are refused before sending.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class ExecuteCallsTest {
    private static final String SET = "it_execute_client";
    private static final int RECORDS = 40;
    private static final Map<String, AerospikeClient> CLIENTS = new HashMap<>();
    private static AerospikeClient base;
    private AerospikeClient client;

    @Parameter
    String mode;

    @BeforeEach
    void bridge() {
        client = CLIENTS.computeIfAbsent(mode, m -> AsyncBridge.of(m, base));
    }

    @BeforeAll
    static void setUp() {
        base = Aerospike.client(TestTarget.config().build()).connect();
        AerospikeClient client = base;
        for (int i = 0; i < RECORDS; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i));
        }
        client.dropIndex(TestTarget.NAMESPACE, SET, "it_exec_n");
        client.createIndex(TestTarget.NAMESPACE, SET, "it_exec_n", "n", IndexType.NUMERIC).waitTillComplete();
    }

    @AfterAll
    static void tearDown() {
        base.dropIndex(TestTarget.NAMESPACE, SET, "it_exec_n");
        CLIENTS.forEach((m, c) -> assertEquals(m.equals("async"), AsyncBridge.asyncCalls(c) > 0, "ran " + m));
        base.close();
    }

    private static Set<Long> tagged(String bin) {
        try (RecordStream stream = base.scan(null, TestTarget.NAMESPACE, SET)) {
            return stream.stream().filter(r -> r.record().bins().containsKey(bin))
                .map(r -> r.record().getLong("n")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<Long> range(long from, long to) {
        Set<Long> out = new TreeSet<>();
        for (long i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void filterExpressionSelectsTheRecords() {
        Expression below10 = Exp.build(Exp.lt(Exp.intBin("n"), Exp.val(10)));
        ExecuteTask task = client.execute(WritePolicy.builder().filterExpression(below10).build(),
            Statement.builder(TestTarget.NAMESPACE).set(SET).build(), Operations.put("low", "yes"));
        task.waitTillComplete();
        assertTrue(task.isDone());
        assertEquals(range(0, 9), tagged("low"));
    }

    @Test
    void indexFilterSelectsTheRecords() {
        ExecuteTask task = client.execute(null, Statement.builder(TestTarget.NAMESPACE).set(SET)
            .filter(Filter.range("n", 20, 24)).build(), Operations.add("hits", 1), Operations.put("mid", 1));
        task.waitTillComplete();
        assertEquals(range(20, 24), tagged("mid"));
    }

    @Test
    void aSetNeverWrittenAndRefusedOperations() {
        client.execute(null, Statement.builder(TestTarget.NAMESPACE).set("it_execute_never").build(),
            Operations.put("x", 1)).waitTillComplete();
        Statement all = Statement.builder(TestTarget.NAMESPACE).set(SET).build();
        assertThrows(IllegalArgumentException.class, () -> client.execute(null, all, Operations.get("n")));
        assertThrows(IllegalArgumentException.class, () -> client.execute(null, all, new Operation[0]));
        assertThrows(NullPointerException.class, () -> client.execute(null, null, Operations.put("x", 1)));
    }
}
