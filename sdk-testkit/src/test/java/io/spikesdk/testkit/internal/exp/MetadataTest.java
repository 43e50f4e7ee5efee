package io.spikesdk.testkit.internal.exp;

import static io.spikesdk.testkit.internal.exp.Eval.buildCode;
import static io.spikesdk.testkit.internal.exp.Eval.isFalse;
import static io.spikesdk.testkit.internal.exp.Eval.isTrue;
import static io.spikesdk.testkit.internal.exp.Eval.longOf;
import static io.spikesdk.testkit.internal.exp.Eval.stringOf;
import static io.spikesdk.testkit.internal.exp.Eval.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.exp.Exp;
import io.spikesdk.testkit.internal.storage.ServerClock;
import org.junit.jupiter.api.Test;

/** Record metadata and key expressions, with the units of docs/embedded-server.md C-8.4. */
class MetadataTest {
    private static final long LAST_UPDATE = 1_795_702_619_958L;
    private static final long NOW = LAST_UPDATE + 1;
    private static final long VOID = 1_795_703_619L - ServerClock.CITRUSLEAF_EPOCH_SECONDS;

    /** Written with ttl 1000 and a stored key, as in the observed run. */
    private static final FakeRecord REC = FakeRecord.of().intBin("a", 1).set("obs_cdt").stringKey("e17")
            .voidTime(VOID).times(LAST_UPDATE, NOW);

    @Test
    void timesAndTtlObservedC84() {
        assertEquals(1000, longOf(Exp.ttl(), REC));
        assertEquals(1_795_703_619_000_000_000L, longOf(Exp.voidTime(), REC));
        assertEquals(1_795_702_619_958_000_000L, longOf(Exp.lastUpdate(), REC));
        assertEquals(1, longOf(Exp.sinceUpdate(), REC));
    }

    @Test
    void neverExpiringRecordsAnswerMinusOne() {
        FakeRecord r = FakeRecord.of().intBin("a", 1);
        assertEquals(-1, longOf(Exp.ttl(), r));
        assertEquals(-1, longOf(Exp.voidTime(), r));
        assertEquals(0, longOf(Exp.sinceUpdate(), FakeRecord.of().times(NOW, LAST_UPDATE)), "clock skew floors at 0");
        FakeRecord almostExpired = FakeRecord.of().voidTime(VOID).times(0, (VOID + ServerClock.CITRUSLEAF_EPOCH_SECONDS)
                * 1000 + 500);
        assertEquals(1, longOf(Exp.ttl(), almostExpired));
    }

    @Test
    void sizesSetKeyAndFlagsObservedC84() {
        long size = 64;
        assertEquals(size, longOf(Exp.recordSize(), REC));
        assertEquals(size, longOf(Exp.memorySize(), REC), "in-memory namespace: MEMORY_SIZE = RECORD_SIZE");
        assertEquals(0, longOf(Exp.deviceSize(), REC));
        assertEquals("obs_cdt", stringOf(Exp.setName(), REC));
        assertEquals("", stringOf(Exp.setName(), FakeRecord.of()));
        isTrue(Exp.keyExists(), REC);
        isFalse(Exp.keyExists(), FakeRecord.of());
        isFalse(Exp.isTombstone(), REC);
        assertEquals("e17", stringOf(Exp.key(Exp.Type.STRING), REC));
        unknown(Exp.eq(Exp.key(Exp.Type.INT), Exp.val(1)), REC);
        unknown(Exp.eq(Exp.key(Exp.Type.STRING), Exp.val("x")), FakeRecord.of());
        assertEquals(-7, longOf(Exp.key(Exp.Type.INT), FakeRecord.of().intKey(-7)));
        isTrue(Exp.eq(Exp.key(Exp.Type.BLOB), Exp.val(new byte[] {1, 2})), FakeRecord.of().blobKey(new byte[] {1, 2}));
        assertEquals(4, buildCode(FakeRecord.hex("92 50 07")), "KEY of type FLOAT");
        assertEquals(4, buildCode(FakeRecord.hex("92 40 00")), "DIGEST_MODULO 0");
        assertEquals(4, buildCode(FakeRecord.hex("92 45 01")), "TTL takes no operand");
    }

    @Test
    void digestModuloReadsBytes16To19LittleEndianObservedC84() {
        byte[] digest = new com.aerospike.client.Key("test", "obs_cdt", "e18").digest;
        assertEquals(564889, longOf(Exp.digestModulo(1000003), FakeRecord.of().digest(digest)));
        byte[] d = new byte[20];
        d[16] = 1;
        assertEquals(1, longOf(Exp.digestModulo(1000), FakeRecord.of().digest(d)));
        d[16] = (byte) 0xff;
        d[19] = (byte) 0xff;
        assertEquals(0xff0000ffL % 7, longOf(Exp.digestModulo(7), FakeRecord.of().digest(d)), "unsigned");
    }
}
