package io.spikesdk.testkit;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_NOBINDATA;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_ROLL_BACK;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_ROLL_FORWARD;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_VERIFY_READ;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aerospike.client.Key;
import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transaction commands as the official client sends them, byte for byte, including the retries it makes: the
 * monitor's deadline, and that mark roll-forward, roll and close are idempotent the way the client expects.
 */
class TransactionProtocolTest {
    private static final String MONITOR_SET = "<ERO~MRT";
    private static final long TXN = 0x1234_5678_9ABCL;
    private static EmbeddedAerospike server;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC)).namespace("test", ns -> ns.strongConsistency(true).mrtDuration(20))
                .namespace("bar").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void theMonitorCarriesTheDeadlineAndTheCommitStepsAreIdempotent() throws Exception {
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            assertEquals(125, raw.message(markRollForward().build()).resultCode(), "no monitor: aborted");
            MessageView created = raw.message(monitor().info(0, INFO2_WRITE, 0).ttl(0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "id", Frames.int64(TXN)).build());
            assertEquals(0, created.resultCode());
            long now = server.clock().millis() / 1000 - ServerClock.CITRUSLEAF_EPOCH_SECONDS;
            assertEquals(now + 20, deadline(created), "now + mrt-duration");
            assertEquals(0, raw.message(markRollForward().build()).resultCode());
            assertEquals(124, raw.message(markRollForward().build()).resultCode(), "already marked: committed");
            assertEquals(124, raw.message(monitor().info(0, INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "id", Frames.int64(TXN)).build()).resultCode());
            assertEquals(0, raw.message(roll("k", INFO4_TXN_ROLL_FORWARD)).resultCode(), "nothing to roll");
            assertEquals(0, raw.message(roll("k", INFO4_TXN_ROLL_FORWARD)).resultCode(), "again");
            assertEquals(0, raw.message(close()).resultCode());
            assertEquals(2, raw.message(close()).resultCode(), "already closed");
        }
    }

    @Test
    void aTimeoutSentAsTheMonitorTtlSetsTheDeadline() throws Exception {
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            MessageView created = raw.message(monitor().info(0, INFO2_WRITE, 0).ttl(3)
                    .op(OpType.WRITE, ParticleType.INTEGER, "id", Frames.int64(TXN)).build());
            long now = server.clock().millis() / 1000 - ServerClock.CITRUSLEAF_EPOCH_SECONDS;
            assertEquals(now + 3, deadline(created));
            assertEquals(0, raw.message(roll("k", INFO4_TXN_ROLL_BACK)).resultCode());
        }
    }

    @Test
    void verifyReadComparesTheCommittedVersion() throws Exception {
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            assertEquals(121, raw.message(verify("absent", 1)).resultCode(), "no record: mismatch");
            raw.message(Frames.forKey("v").info(0, INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "b", Frames.int64(1)).build());
            MessageView read = raw.message(Frames.forKey("v").info(INFO1_READ | INFO1_NOBINDATA, 0, 0)
                    .field(FieldType.TXN_ID, le(TXN, 8)).build());
            int at = read.findField(FieldType.RECORD_VERSION);
            assertEquals(7, read.fieldLength(at));
            long version = 0;
            for (int i = 6; i >= 0; i--) {
                version = version << 8 | read.buffer()[read.fieldOffset(at) + i] & 0xFF;
            }
            assertEquals(0, raw.message(verify("v", version)).resultCode());
            assertEquals(121, raw.message(verify("v", version + 1)).resultCode());
        }
    }

    @Test
    void transactionCommandsOutsideStrongConsistencyAreUnsupported() throws Exception {
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            byte[] read = Frames.forKey("ap").namespace("bar").info(INFO1_READ | INFO1_NOBINDATA, 0, 0)
                    .field(FieldType.TXN_ID, le(TXN, 8)).build();
            assertEquals(16, raw.message(read).resultCode());
            assertEquals(16, raw.message(monitor().namespace("bar").info(0, INFO2_WRITE, 0)
                    .op(OpType.WRITE, ParticleType.INTEGER, "id", Frames.int64(TXN)).build()).resultCode());
        }
    }

    private static Frames monitor() {
        return Frames.forKey("unused").set(MONITOR_SET).digest(new Key("test", MONITOR_SET, TXN).digest);
    }

    private static Frames markRollForward() {
        return monitor().info(0, INFO2_WRITE, 0).op(OpType.WRITE, ParticleType.BOOL, "fwd", new byte[] {1});
    }

    private static byte[] close() {
        return monitor().info(0, INFO2_WRITE | INFO2_DELETE | INFO2_DURABLE_DELETE, 0).build();
    }

    private static byte[] roll(String key, int info4) {
        return Frames.forKey(key).info(0, INFO2_WRITE | INFO2_DURABLE_DELETE, 0).info4(info4)
                .field(FieldType.TXN_ID, le(TXN, 8)).build();
    }

    private static byte[] verify(String key, long version) {
        return Frames.forKey(key).info(INFO1_READ | INFO1_NOBINDATA, 0, 0).info4(INFO4_TXN_VERIFY_READ)
                .field(FieldType.RECORD_VERSION, le(version, 7)).build();
    }

    private static long deadline(MessageView reply) {
        int at = reply.findField(FieldType.TXN_DEADLINE);
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            v = v << 8 | reply.buffer()[reply.fieldOffset(at) + i] & 0xFF;
        }
        return v;
    }

    private static byte[] le(long value, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }
}
