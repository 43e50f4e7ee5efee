package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.support.Clients;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The result codes a real server answers, seen through the official client (and raw frames where it hides them). */
class OfficialClientErrorsTest {
    private static EmbeddedAerospike server;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
        client = Clients.connect(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static int code(Runnable r) {
        return assertThrows(AerospikeException.class, r::run).getResultCode();
    }

    @Test
    void binTypeErrors() {
        Key key = new Key("test", "err", "types");
        client.put(null, key, new Bin("i", 1), new Bin("s", "x"), new Bin("f", 1.5));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.add(null, key, new Bin("s", 1))));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.add(null, key, new Bin("i", 1.5))));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.add(null, key, new Bin("f", 1))));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.add(null, key, new Bin("i", "x"))));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.append(null, key, new Bin("i", "x"))));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.prepend(null, key, new Bin("i", "x"))));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(() -> client.append(null, key, new Bin("s", new byte[] {1}))));
        assertEquals(1, client.get(null, key).generation, "failed commands change nothing");
    }

    @Test
    void integerIncrementWrapsSilently() {
        Key key = new Key("test", "err", "wrap");
        client.put(null, key, new Bin("i", Long.MAX_VALUE));
        client.add(null, key, new Bin("i", 1));
        assertEquals(Long.MIN_VALUE, client.get(null, key).getLong("i"));
    }

    @Test
    void binNameLongerThan15BytesIs21() {
        Key key = new Key("test", "err", "names");
        assertEquals(ResultCode.BIN_NAME_TOO_LONG, code(() -> client.put(null, key, new Bin("abcdefghijklmnop", 1))));
        client.put(null, key, new Bin("abcdefghijklmno", 1));
        assertEquals(1L, client.get(null, key).getLong("abcdefghijklmno"));
    }

    @Test
    void notFoundCases() {
        Key missing = new Key("test", "err", "missing");
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, code(() -> client.touch(null, missing)));
        assertNull(client.operate(null, missing, Operation.get("a")), "a read-only operate gets 2: null record");
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, code(() -> client.operate(null, missing, Operation.touch())));
        assertEquals(false, client.delete(null, missing));
    }

    @Test
    void unknownNamespaceIsRejectedByTheClientAndByTheServer() throws Exception {
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.put(null, new Key("nosuchns", "s", "k"), new Bin("a", 1)));
        assertEquals(ResultCode.INVALID_NAMESPACE, e.getResultCode());
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            MessageView reply = raw.message(Frames.forKey("k").namespace("nosuchns").info(0, MsgFlags.INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)).build());
            assertEquals(ResultCode.INVALID_NAMESPACE, reply.resultCode());
            reply = raw.message(Frames.forKey("k").namespace(null).info(MsgFlags.INFO1_READ | MsgFlags.INFO1_GET_ALL,
                    0, 0).build());
            assertEquals(ResultCode.INVALID_NAMESPACE, reply.resultCode());
        }
    }

    @Test
    void recordTooBigKeepsTheConnectionUsable() {
        Key key = new Key("test", "err", "big");
        byte[] tooBig = new byte[1_153_433];
        assertEquals(ResultCode.RECORD_TOO_BIG, code(() -> client.put(null, key, new Bin("b", tooBig))));
        assertEquals(ResultCode.RECORD_TOO_BIG, code(() -> client.put(null, key, new Bin("b", new byte[9 << 20]))));
        client.put(null, key, new Bin("b", new byte[1_048_516 - 7]));
        assertEquals(1, client.get(null, key).generation);
    }

    @Test
    void recordTooBigOnOneRawConnectionThenNextRequest() throws Exception {
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            MessageView big = raw.message(Frames.forKey("rawbig").info(0, MsgFlags.INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.BLOB, "b", new byte[1_048_676]).build());
            assertEquals(ResultCode.RECORD_TOO_BIG, big.resultCode());
            MessageView ok = raw.message(Frames.forKey("rawbig").info(0, MsgFlags.INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.BLOB, "b", new byte[1_048_516]).build());
            assertEquals(ResultCode.OK, ok.resultCode());
        }
    }

    @Test
    void maxRecordSizeIsConfigurable() {
        try (EmbeddedAerospike small = EmbeddedAerospike.builder().port(0).maxRecordSize(1000).build().start();
                AerospikeClient c = Clients.connect(small)) {
            Key key = new Key("test", "s", "k");
            c.put(null, key, new Bin("b", new byte[900]));
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> c.put(null, key, new Bin("b", new byte[1000])));
            assertEquals(ResultCode.RECORD_TOO_BIG, e.getResultCode());
        }
    }
}
