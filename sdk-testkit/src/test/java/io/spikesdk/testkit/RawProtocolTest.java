package io.spikesdk.testkit;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Wire-level behaviours the official client never exercises (docs/embedded-server.md R2, R4, R9, W2). */
class RawProtocolTest {
    private static EmbeddedAerospike server;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawConnection connect() throws Exception {
        return new RawConnection(server.host(), server.port());
    }

    private static Frames write(String key) {
        return Frames.forKey(key).info(0, INFO2_WRITE, 0);
    }

    private static MessageView readAll(RawConnection raw, String key) throws Exception {
        return raw.message(Frames.forKey(key).info(INFO1_READ | INFO1_GET_ALL, 0, 0).build());
    }

    @Test
    void particleValidation() throws Exception {
        try (RawConnection raw = connect()) {
            assertEquals(4, raw.message(write("p").op(OpType.WRITE, ParticleType.BOOL, "b", new byte[] {2}).build())
                    .resultCode());
            assertEquals(4, raw.message(write("p").op(OpType.WRITE, ParticleType.BOOL, "b", new byte[] {1, 0}).build())
                    .resultCode());
            assertEquals(4, raw.message(write("p").op(OpType.WRITE, ParticleType.DOUBLE, "f", new byte[4]).build())
                    .resultCode());
            assertEquals(4, raw.message(write("p").op(OpType.WRITE, 5, "x", new byte[] {1}).build()).resultCode());
            assertEquals(4, raw.message(write("p").op(OpType.WRITE, ParticleType.INTEGER, "i", new byte[3]).build())
                    .resultCode());
            assertEquals(0, raw.message(write("p")
                    .op(OpType.WRITE, ParticleType.INTEGER, "i", Frames.hex("fffffffe"))
                    .op(OpType.WRITE, ParticleType.JAVA_BLOB, "j", new byte[] {7, 7})
                    .op(OpType.WRITE, ParticleType.PYTHON_BLOB, "py", new byte[] {9}).build()).resultCode());
            MessageView r = readAll(raw, "p");
            assertEquals(3, r.opCount());
            assertEquals(4294967294L, Bytes.getLong(r.opValue(0), 0), "4-byte integers are zero-extended");
            assertEquals(ParticleType.JAVA_BLOB, r.opParticleType(1));
            assertArrayEquals(new byte[] {7, 7}, r.opValue(1));
            assertEquals(ParticleType.PYTHON_BLOB, r.opParticleType(2));
        }
    }

    @Test
    void incrementTypeRules() throws Exception {
        try (RawConnection raw = connect()) {
            raw.message(write("incr").op(OpType.WRITE, ParticleType.INTEGER, "i", Frames.int64(1)).build());
            assertEquals(0, raw.message(write("incr").op(OpType.INCR, ParticleType.INTEGER, "i",
                    Frames.hex("ffffffff")).build()).resultCode());
            MessageView r = readAll(raw, "incr");
            assertEquals(4294967296L, Bytes.getLong(r.opValue(0), 0));
            assertEquals(12, raw.message(write("incr").op(OpType.INCR, ParticleType.STRING, "i",
                    "1".getBytes(StandardCharsets.UTF_8)).build()).resultCode());
            assertEquals(4, raw.message(write("incr").op(OpType.INCR, ParticleType.INTEGER, "i", new byte[3]).build())
                    .resultCode());
        }
    }

    /**
     * A replace (REPLACE_ONLY or CREATE_OR_REPLACE) whose ops leave no bin never loaded the old bins, so the server
     * answers 2 with the record's generation and leaves an existing record as it was (CE 8.1.2.0; found by the
     * batch differential harness, where the Java client sends such a row for a BatchWrite of read ops only).
     */
    @Test
    void replaceLeavingNoBinIsNotFoundAndKeepsTheRecord() throws Exception {
        try (RawConnection raw = connect()) {
            raw.message(write("rep").op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)).build());
            raw.message(write("rep").op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(2)).build());
            for (int info3 : new int[] {MsgFlags.INFO3_REPLACE_ONLY, MsgFlags.INFO3_CREATE_OR_REPLACE}) {
                MessageView r = raw.message(Frames.forKey("rep").info(INFO1_READ | MsgFlags.INFO1_GET_ALL,
                        MsgFlags.INFO2_WRITE, info3).op(OpType.READ, 0, "", new byte[0]).build());
                assertEquals(2, r.resultCode());
                assertEquals(2, r.generation());
            }
            assertEquals(2, Bytes.getLong(readAll(raw, "rep").opValue(0), 0));
        }
    }

    @Test
    void emptyBinNameIsARealBin() throws Exception {
        try (RawConnection raw = connect()) {
            assertEquals(0, raw.message(write("empty").op(OpType.WRITE, ParticleType.INTEGER, "", Frames.int64(5))
                    .build()).resultCode());
            MessageView r = raw.message(Frames.forKey("empty").info(INFO1_READ, 0, 0)
                    .op(OpType.READ, 0, "", new byte[0]).build());
            assertEquals(1, r.opCount());
            assertEquals(0, r.opNameLength(0));
            assertEquals(5, Bytes.getLong(r.opValue(0), 0));
        }
    }

    /** Check-order facts the official client cannot send, as CE 8.1.2.0 answered the same frames. */
    @Test
    void checkOrderOfHandMadeFrames() throws Exception {
        try (RawConnection raw = connect()) {
            raw.message(write("order").op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)).build());
            assertEquals(4, raw.message(write("order").set(null)
                    .op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(2)).build()).resultCode(),
                    "an update without a set field on a record in a set");
            assertEquals(21, raw.message(write("order").op(OpType.WRITE, ParticleType.INTEGER, "a\0", Frames.int64(2))
                    .build()).resultCode(), "a NUL byte in a bin name");
            MessageView unknownOp = raw.message(write("order").ttl(315_360_001).op(6, 0, "a", new byte[0]).build());
            assertEquals(4, unknownOp.resultCode(), "an unknown op fails where it is applied, after the TTL");
            assertEquals(1, unknownOp.generation(), "errors after the lookup carry the record's generation");
            assertEquals(21, raw.message(Frames.forKey("order").info(INFO1_READ, 0, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "sixteen_chars_xx", Frames.int64(1)).build()).resultCode(),
                    "a read checks each op's bin name before its kind");
            assertEquals(4, raw.message(Frames.forKey("order").info(INFO1_READ, 0, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)).build()).resultCode(),
                    "a write op in a read");
            assertEquals(0, raw.message(Frames.forKey("order").ttl(101).info(INFO1_READ, 0, 0)
                    .op(OpType.READ, 0, "a", new byte[0]).build()).resultCode(),
                    "a read-touch percent over 100 is only checked on an expiring record");
        }
    }

    /** CE 8.1.2.0 stores 32 767 bins and refuses the 32 768th with 4 (checked after the ops, not as a bin name). */
    @Test
    void aRecordHoldsAtMost32767Bins() throws Exception {
        try (RawConnection raw = connect()) {
            Frames full = write("bins");
            for (int i = 0; i < 32_767; i++) {
                full.op(OpType.WRITE, ParticleType.INTEGER, "b" + i, Frames.int64(1));
            }
            assertEquals(0, raw.message(full.build()).resultCode());
            MessageView more = raw.message(write("bins").op(OpType.WRITE, ParticleType.INTEGER, "extra",
                    Frames.int64(1)).build());
            assertEquals(4, more.resultCode());
            assertEquals(1, more.generation());
        }
    }

    @Test
    void structuralErrorsAre4AndKeepTheConnection() throws Exception {
        try (RawConnection raw = connect()) {
            raw.message(write("s").op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)).build());
            assertEquals(4, raw.message(Frames.forKey("s").info(0, INFO2_WRITE, 0).build()).resultCode(), "0 ops");
            assertEquals(4, raw.message(Frames.forKey("s").info(INFO1_READ, 0, 0).build()).resultCode(),
                    "read with 0 ops and no GET_ALL");
            assertEquals(4, raw.message(Frames.forKey("s").info(0, 0, 0)
                    .op(OpType.READ, 0, "a", new byte[0]).build()).resultCode(), "neither READ nor WRITE");
            assertEquals(4, raw.message(Frames.forKey("s").digest(new byte[19]).info(INFO1_READ | INFO1_GET_ALL, 0, 0)
                    .build()).resultCode(), "19-byte digest");
            assertEquals(4, raw.message(write("s").op(6, 0, "a", new byte[0]).build()).resultCode(), "op type 6");
            assertEquals(4, raw.message(write("s").op(OpType.READ, 0, "a", new byte[0]).build()).resultCode(),
                    "READ op in a write without info1 READ");
            MessageView replaceTouch = raw.message(Frames.forKey("s").info(0, INFO2_WRITE, INFO3_REPLACE_ONLY)
                    .op(OpType.TOUCH, 0, "", new byte[0]).build());
            assertEquals(4, replaceTouch.resultCode());
            assertEquals(0, replaceTouch.generation(), "the op checks come before the record lookup: no generation");
            assertEquals(4, raw.message(Frames.forKey("s").info(INFO1_READ | INFO1_GET_ALL, INFO2_WRITE
                    | INFO2_RESPOND_ALL_OPS, 0).op(OpType.READ, 0, "", new byte[0]).build()).resultCode());
            byte[] trailing = Frames.forKey("s").info(INFO1_READ | INFO1_GET_ALL, 0, 0).build();
            byte[] longer = java.util.Arrays.copyOf(trailing, trailing.length + 2);
            Bytes.putLong(longer, 0, (2L << 56) | (3L << 48) | (longer.length - 8));
            assertEquals(4, raw.message(longer).resultCode(), "trailing bytes");
            assertEquals(0, readAll(raw, "s").resultCode(), "connection still served");
        }
    }

    @Test
    void getAllWinsOverNamedReadsAndNoBinDataReturnsNone() throws Exception {
        try (RawConnection raw = connect()) {
            raw.message(write("g").op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1))
                    .op(OpType.WRITE, ParticleType.INTEGER, "b", Frames.int64(2)).build());
            MessageView all = raw.message(Frames.forKey("g").info(INFO1_READ | INFO1_GET_ALL, 0, 0)
                    .op(OpType.READ, 0, "a", new byte[0]).build());
            assertEquals(2, all.opCount());
            MessageView none = raw.message(Frames.forKey("g").info(INFO1_READ | 0x20, 0, 0)
                    .op(OpType.READ, 0, "a", new byte[0]).build());
            assertEquals(0, none.opCount());
            assertEquals(1, none.generation());
        }
    }

    @Test
    void setAndKeyMismatch() throws Exception {
        try (RawConnection raw = connect()) {
            raw.message(write("id").stringKey("id").op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1))
                    .build());
            assertEquals(4, raw.message(Frames.forKey("id").set("other").info(INFO1_READ | INFO1_GET_ALL, 0, 0)
                    .build()).resultCode());
            assertEquals(4, raw.message(Frames.forKey("id").set("other").info(0, INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "a", Frames.int64(1)).build()).resultCode());
            assertEquals(0, raw.message(Frames.forKey("id").set(null).info(INFO1_READ | INFO1_GET_ALL, 0, 0)
                    .build()).resultCode(), "no set field + right digest reads the record");
            assertEquals(19, raw.message(Frames.forKey("id").stringKey("nope").info(INFO1_READ | INFO1_GET_ALL, 0, 0)
                    .build()).resultCode());
        }
    }

    @Test
    void geoJsonCellsFromTheClientAreReplacedByTheServers() throws Exception {
        byte[] json = "{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}".getBytes(StandardCharsets.UTF_8);
        byte[] withCell = new byte[3 + 8 + json.length];
        withCell[2] = 1;
        System.arraycopy(json, 0, withCell, 11, json.length);
        try (RawConnection raw = connect()) {
            assertEquals(0, raw.message(write("geo").op(OpType.WRITE, ParticleType.GEOJSON, "g", withCell).build())
                    .resultCode());
            byte[] stored = readAll(raw, "geo").opValue(0);
            assertEquals(3 + 8 + json.length, stored.length);
            assertEquals(1, Bytes.getShort(stored, 1), "the point's own leaf cell, as the real server stores it");
            assertEquals(0x101b4a5f93e10dd1L, Bytes.getLong(stored, 3));
        }
    }

    /** Which ops leave a reply entry (observed on CE 8.1.2.0): a CDT read of an existing bin always does in a write. */
    @Test
    void operateEntriesPerOpKind() throws Exception {
        byte[] getByIndexNone = Frames.hex("93130000");
        byte[] size = Frames.hex("9110");
        try (RawConnection raw = connect()) {
            raw.message(write("slots").op(OpType.WRITE, ParticleType.LIST, "l", Frames.hex("920102")).build());
            MessageView inWrite = raw.message(Frames.forKey("slots").info(INFO1_READ, INFO2_WRITE, 0)
                    .op(OpType.CDT_READ, ParticleType.BLOB, "l", getByIndexNone)
                    .op(OpType.CDT_READ, ParticleType.BLOB, "nob", size)
                    .op(OpType.READ, 0, "nob", new byte[0])
                    .op(OpType.WRITE, ParticleType.INTEGER, "x", Frames.int64(1))
                    .op(OpType.CDT_READ, ParticleType.BLOB, "l", size).build());
            assertEquals(2, inWrite.opCount());
            assertEquals(OpType.CDT_READ, inWrite.opType(0));
            assertEquals(ParticleType.NULL, inWrite.opParticleType(0));
            assertEquals("l", inWrite.opNameLatin1(0));
            assertEquals(2L, Bytes.getLong(inWrite.opValue(1), 0));

            MessageView pureRead = raw.message(Frames.forKey("slots").info(INFO1_READ, 0, 0)
                    .op(OpType.CDT_READ, ParticleType.BLOB, "l", getByIndexNone)
                    .op(OpType.CDT_READ, ParticleType.BLOB, "l", size).build());
            assertEquals(1, pureRead.opCount(), "a pure read drops the empty result");

            MessageView all = raw.message(Frames.forKey("slots").info(INFO1_READ, INFO2_WRITE | INFO2_RESPOND_ALL_OPS, 0)
                    .op(OpType.CDT_READ, ParticleType.BLOB, "nob", size)
                    .op(OpType.TOUCH, 0, "", new byte[0])
                    .op(OpType.WRITE, ParticleType.INTEGER, "x", Frames.int64(2))
                    .op(OpType.INCR, ParticleType.INTEGER, "x", Frames.int64(1)).build());
            assertEquals(3, all.opCount(), "every op but TOUCH");
            assertEquals(OpType.INCR, all.opType(2));
            assertEquals(ParticleType.NULL, all.opParticleType(2));
        }
    }

    @Test
    void enterpriseAndSecurityFrames() throws Exception {
        try (RawConnection raw = connect()) {
            byte[] compressed = Frames.hex("0204000000000010" + "0000000000000000" + "0000000000000000");
            byte[] reply = raw.exchange(compressed);
            assertEquals("0203000000000016160000000019", Frames.toHex(reply).substring(0, 28));
            assertEquals(30, reply.length);
            byte[] login = Frames.hex("0202000000000010" + "00000014000000000000000000000000");
            assertEquals("0202000000000010" + "00330000000000000000000000000000", Frames.toHex(raw.exchange(login)));
            byte[] loginV0 = Frames.hex("0002000000000010" + "00000014000000000000000000000000");
            assertEquals("0202000000000010" + "00330000000000000000000000000000", Frames.toHex(raw.exchange(loginV0)));
            MessageView durable = raw.message(Frames.forKey("x").info(0, INFO2_WRITE | 0x02 | 0x10, 0).build());
            assertEquals(25, durable.resultCode());
        }
    }

    @Test
    void badFramesCloseOnlyThatConnection() throws Exception {
        for (String header : new String[] {"0303000000000000", "0209000000000000", "0203000010000000",
            "1603010200010000", "0203000000000004"}) {
            try (RawConnection bad = connect()) {
                bad.send(Frames.hex(header + "00000000"));
                assertTrue(bad.isClosedByServer(), "closed after header " + header);
            }
        }
        try (RawConnection good = connect()) {
            assertEquals(server.nodeId(), good.info("node").get("node"));
        }
    }

    @Test
    void udfCallOnAServerWithoutModules() throws Exception {
        try (RawConnection raw = connect()) {
            MessageView r = raw.message(write("udf").field(30, "mod".getBytes(StandardCharsets.UTF_8))
                    .field(31, "fn".getBytes(StandardCharsets.UTF_8)).field(32, new byte[] {(byte) 0x90}).build());
            assertEquals(100, r.resultCode());
            assertEquals("FAILURE", r.opNameLatin1(0));
        }
    }
}
