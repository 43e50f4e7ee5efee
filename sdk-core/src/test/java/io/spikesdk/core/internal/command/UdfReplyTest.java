package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a record UDF call reads the server's answer: the SUCCESS bin, the FAILURE bin of code 100, other codes. */
class UdfReplyTest {
    private static final Key KEY = Key.of("test", "s", "k");
    private static final int READ = 1;
    private static final int STRING = 3;
    private static final int INTEGER = 1;
    private static FakeNode node;
    private static AerospikeClient client;

    @BeforeAll
    static void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        node.close();
    }

    private static void answer(int resultCode, byte[] op) {
        node.respondWith((frame, i) -> FakeNode.Action.reply(op == null ? FakeNode.reply(resultCode, 0, 0)
            : FakeNode.replyWithOps(resultCode, 0, 0, op, 1)));
    }

    @Test
    void theSuccessBinIsTheResult() {
        answer(0, FakeNode.op(READ, INTEGER, "SUCCESS", new byte[] {0, 0, 0, 0, 0, 0, 0, 42}));
        assertEquals(42L, client.execute(null, KEY, "m", "f"));
        answer(0, null);
        assertNull(client.execute(null, KEY, "m", "f"));
    }

    @Test
    void theFailureBinIsAUdfExceptionWithTheText() {
        answer(100, FakeNode.op(READ, STRING, "FAILURE", "m.lua:3: boom".getBytes(StandardCharsets.UTF_8)));
        UdfException e = assertThrows(UdfException.class, () -> client.execute(null, KEY, "m", "f", Value.of(1L)));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertEquals("m.lua:3: boom", e.udfError());
        assertEquals("UDF failed: m.lua:3: boom", e.detail());
        assertEquals("BB9FA4E000001", e.node());
    }

    @Test
    void code100WithoutAFailureBinIsStillAUdfException() {
        answer(100, null);
        UdfException e = assertThrows(UdfException.class, () -> client.execute(null, KEY, "m", "f"));
        assertNull(e.udfError());
    }

    @Test
    void filteredOutIsNullUnlessThePolicyFailsOnIt() {
        answer(ResultCode.FILTERED_OUT.code(), null);
        assertNull(client.execute(null, KEY, "m", "f"));
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> client.execute(WritePolicy.builder().failOnFilteredOut(true).build(), KEY, "m", "f"));
        assertEquals(ResultCode.FILTERED_OUT, e.resultCode());
    }

    @Test
    void anyOtherCodeIsItsException() {
        answer(ResultCode.KEY_NOT_FOUND_ERROR.code(), null);
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR,
            assertThrows(AerospikeException.class, () -> client.execute(null, KEY, "m", "f")).resultCode());
    }
}
