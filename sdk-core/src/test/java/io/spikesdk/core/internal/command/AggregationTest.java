package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ResultStream;
import io.spikesdk.api.Statement;
import io.spikesdk.api.UdfException;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An aggregation against a scripted node: how the node's answers (values in SUCCESS bins, a FAILURE bin followed by
 * a LAST with an error, a single refusal message, no such set) reach the client stage and the caller.
 */
class AggregationTest {
    private static final String SOURCE = """
        local function add(a, b) return a + b end
        function sum(stream) return stream : reduce(add) end
        function all(stream) return stream end
        """;
    private static final int READ = 1;
    private static final int INTEGER = 1;
    private static final int STRING = 3;
    private static final int LAST = 1;

    private FakeNode node;
    private AerospikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        node.setInfo("udf-get:filename=m.lua", "type=LUA;content="
            + Base64.getEncoder().encodeToString(SOURCE.getBytes(StandardCharsets.UTF_8)) + ";");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static byte[] message(int info3, int resultCode, byte[] op) {
        ByteBuffer b = ByteBuffer.allocate(22 + (op == null ? 0 : op.length));
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) info3).put((byte) 0).put((byte) resultCode);
        b.putInt(0).putInt(0).putInt(0).putShort((short) 0).putShort((short) (op == null ? 0 : 1));
        if (op != null) {
            b.put(op);
        }
        return b.array();
    }

    private static byte[] success(long value) {
        return message(0, 0, FakeNode.op(READ, INTEGER, "SUCCESS", ByteBuffer.allocate(8).putLong(value).array()));
    }

    private static byte[] frame(byte[]... messages) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            body.writeBytes(m);
        }
        ByteBuffer b = ByteBuffer.allocate(8 + body.size());
        b.putLong((2L << 56) | (3L << 48) | body.size()).put(body.toByteArray());
        return b.array();
    }

    private void answer(byte[]... messages) {
        node.respondWith((frame, i) -> FakeNode.Action.reply(frame(messages)));
    }

    private List<Object> run(String function) {
        try (ResultStream stream = client.queryAggregate(null, Statement.builder("test").set("s").build(), "m",
                function)) {
            List<Object> out = new ArrayList<>();
            stream.forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void theNodesValuesGoThroughTheClientStage() {
        answer(success(5), success(7), message(LAST, 0, null));
        assertEquals(List.of(12L), run("sum"));
        assertEquals(List.of(5L, 7L), run("all"));
    }

    @Test
    void aFailureBinIsAUdfExceptionWithTheNodesText() {
        answer(message(0, 0, FakeNode.op(READ, STRING, "FAILURE",
            "UDF: Execution Error 2 : m.lua:2: boom".getBytes(StandardCharsets.UTF_8))), message(LAST, 1, null));
        UdfException e = assertThrows(UdfException.class, () -> run("sum"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertEquals("UDF: Execution Error 2 : m.lua:2: boom", e.udfError());
    }

    @Test
    void aRefusalIsOneMessageWithItsCode() {
        answer(message(0, ResultCode.UNSUPPORTED_FEATURE.code(), null));
        assertEquals(ResultCode.UNSUPPORTED_FEATURE,
            assertThrows(AerospikeException.class, () -> run("sum")).resultCode());
    }

    @Test
    void aSetTheNodeDoesNotHaveIsNoResult() {
        answer(message(0, ResultCode.KEY_NOT_FOUND_ERROR.code(), null));
        assertEquals(List.of(), run("sum"));
    }

    @Test
    void closingBeforeTheEndStopsTheAggregation() {
        List<byte[]> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(success(i));
        }
        many.add(message(LAST, 0, null));
        answer(many.toArray(new byte[0][]));
        ResultStream stream = client.queryAggregate(null, Statement.builder("test").set("s").build(), "m", "all");
        assertTrue(stream.hasNext());
        assertEquals(0L, stream.next());
        stream.close();
        assertFalse(stream.hasNext());
        // the client still works: the stopped reader's connection was closed, not reused half read
        answer(success(1), message(LAST, 0, null));
        assertEquals(List.of(1L), run("sum"));
    }

    @Test
    void anUnknownModuleIsRefusedBeforeTheQuery() {
        node.setInfo("udf-get:filename=m.lua", "error=not_found");
        UdfException e = assertThrows(UdfException.class, () -> run("sum"));
        assertTrue(e.getMessage().contains("module m is not registered"), e.getMessage());
        assertEquals(0, node.messageCount());
    }
}
