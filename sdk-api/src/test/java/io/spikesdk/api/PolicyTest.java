package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolicyTest {

    @Test
    void readDefaults() {
        Policy p = Policy.DEFAULT;
        assertEquals(30_000, p.socketTimeout());
        assertEquals(1_000, p.totalTimeout());
        assertEquals(2, p.maxRetries());
        assertEquals(0, p.sleepBetweenRetries());
        assertEquals(ReadModeAP.ONE, p.readModeAP());
        assertEquals(ReadModeSC.SESSION, p.readModeSC());
        assertEquals(Replica.SEQUENCE, p.replica());
        assertFalse(p.sendKey());
        assertNull(p.filterExpression());
        assertFalse(p.failOnFilteredOut());
        assertFalse(p.compress());
        assertEquals(0, p.readTouchTtlPercent());
        assertEquals(p, Policy.builder().build());
    }

    @Test
    void writeDefaults() {
        WritePolicy w = WritePolicy.DEFAULT;
        assertEquals(0, w.maxRetries());
        assertEquals(30_000, w.socketTimeout());
        assertEquals(1_000, w.totalTimeout());
        assertEquals(RecordExistsAction.UPDATE, w.recordExistsAction());
        assertEquals(GenerationPolicy.NONE, w.generationPolicy());
        assertEquals(0, w.generation());
        assertEquals(0, w.expiration());
        assertEquals(CommitLevel.COMMIT_ALL, w.commitLevel());
        assertFalse(w.durableDelete());
        assertFalse(w.respondAllOps());
        assertFalse(w.xdr());
        Policy asRead = w;
        assertEquals(Replica.SEQUENCE, asRead.replica());
    }

    @Test
    void builderSetsEveryReadKnob() {
        Expression filter = Expression.of(new byte[] {(byte) 0x93, 1, 2, 3});
        Policy p = Policy.builder().socketTimeout(5).totalTimeout(50).maxRetries(4).sleepBetweenRetries(7)
            .readModeAP(ReadModeAP.ALL).readModeSC(ReadModeSC.LINEARIZE).replica(Replica.PREFER_RACK).sendKey(true)
            .filterExpression(filter).failOnFilteredOut(true).compress(true).readTouchTtlPercent(80).build();
        assertEquals(5, p.socketTimeout());
        assertEquals(50, p.totalTimeout());
        assertEquals(4, p.maxRetries());
        assertEquals(7, p.sleepBetweenRetries());
        assertEquals(ReadModeAP.ALL, p.readModeAP());
        assertEquals(ReadModeSC.LINEARIZE, p.readModeSC());
        assertEquals(Replica.PREFER_RACK, p.replica());
        assertTrue(p.sendKey());
        assertSame(filter, p.filterExpression());
        assertTrue(p.failOnFilteredOut());
        assertTrue(p.compress());
        assertEquals(80, p.readTouchTtlPercent());
        assertEquals(p, p.toBuilder().build());
        assertEquals(p.hashCode(), p.toBuilder().build().hashCode());
    }

    @Test
    void toBuilderChangesOnlyACopy() {
        Policy p = Policy.builder().totalTimeout(500).build();
        Policy q = p.toBuilder().maxRetries(0).build();
        assertEquals(2, p.maxRetries());
        assertEquals(0, q.maxRetries());
        assertEquals(500, q.totalTimeout());
        assertNotEquals(p, q);
    }

    @Test
    void writeBuilderChainsReadAndWriteKnobs() {
        WritePolicy w = WritePolicy.builder().totalTimeout(200).sendKey(true)
            .recordExistsAction(RecordExistsAction.CREATE_ONLY).generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(7).expiration(-1).commitLevel(CommitLevel.COMMIT_MASTER).durableDelete(true)
            .respondAllOps(true).xdr(true).maxRetries(1).build();
        assertEquals(200, w.totalTimeout());
        assertTrue(w.sendKey());
        assertEquals(RecordExistsAction.CREATE_ONLY, w.recordExistsAction());
        assertEquals(GenerationPolicy.EXPECT_GEN_EQUAL, w.generationPolicy());
        assertEquals(7, w.generation());
        assertEquals(-1, w.expiration());
        assertEquals(CommitLevel.COMMIT_MASTER, w.commitLevel());
        assertTrue(w.durableDelete() && w.respondAllOps() && w.xdr());
        assertEquals(1, w.maxRetries());
        WritePolicy copy = w.toBuilder().expiration(-2).build();
        assertEquals(-2, copy.expiration());
        assertEquals(RecordExistsAction.CREATE_ONLY, copy.recordExistsAction());
        assertEquals(w, w.toBuilder().build());
    }

    @Test
    void toBuilderThroughThePolicyTypeKeepsTheWritePolicy() {
        Policy p = WritePolicy.builder().expiration(60).build();
        Policy q = p.toBuilder().totalTimeout(9).build();
        WritePolicy w = assertInstanceOf(WritePolicy.class, q);
        assertEquals(60, w.expiration());
        assertEquals(9, w.totalTimeout());
    }

    @Test
    void writeBuilderFromAReadPolicy() {
        Policy read = Policy.builder().totalTimeout(77).sendKey(true).build();
        WritePolicy w = WritePolicy.builder(read).build();
        assertEquals(77, w.totalTimeout());
        assertTrue(w.sendKey());
        assertEquals(RecordExistsAction.UPDATE, w.recordExistsAction());
        assertNotEquals(read, w);
    }

    @Test
    void invalidSettingsAreRejectedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.builder().socketTimeout(-1));
        assertTrue(e.getMessage().contains("socketTimeout") && e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().totalTimeout(-5));
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().maxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().sleepBetweenRetries(-1));
        assertThrows(NullPointerException.class, () -> Policy.builder().readModeAP(null));
        assertThrows(NullPointerException.class, () -> Policy.builder().readModeSC(null));
        assertThrows(NullPointerException.class, () -> Policy.builder().replica(null));
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().readTouchTtlPercent(101));
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().readTouchTtlPercent(-2));
        Policy.builder().readTouchTtlPercent(-1);
        assertThrows(IllegalArgumentException.class, () -> WritePolicy.builder().expiration(-3));
        assertThrows(IllegalArgumentException.class, () -> WritePolicy.builder().generation(-1));
        assertThrows(NullPointerException.class, () -> WritePolicy.builder().recordExistsAction(null));
        assertThrows(NullPointerException.class, () -> WritePolicy.builder().generationPolicy(null));
        assertThrows(NullPointerException.class, () -> WritePolicy.builder().commitLevel(null));
        assertThrows(IllegalArgumentException.class, () -> WritePolicy.builder().totalTimeout(-1));
    }

    @Test
    void timesAreAlsoTakenAsDurationsRoundedUpToWholeMilliseconds() {
        Policy p = Policy.builder().socketTimeout(Duration.ofSeconds(2)).totalTimeout(Duration.ofMillis(1500))
            .sleepBetweenRetries(Duration.ofMillis(20)).build();
        assertEquals(Policy.builder().socketTimeout(2000).totalTimeout(1500).sleepBetweenRetries(20).build(), p);
        assertEquals(1, Policy.builder().socketTimeout(Duration.ofNanos(1)).build().socketTimeout(),
            "a positive timeout never becomes 0 (none)");
        assertEquals(3, Policy.builder().totalTimeout(Duration.ofMillis(2).plusNanos(1)).build().totalTimeout());
        assertEquals(0, Policy.builder().totalTimeout(Duration.ZERO).build().totalTimeout());
        assertEquals(Integer.MAX_VALUE, Policy.builder().socketTimeout(Duration.ofMillis(Integer.MAX_VALUE)).build().socketTimeout());
        WritePolicy w = WritePolicy.builder().totalTimeout(Duration.ofSeconds(3)).socketTimeout(Duration.ZERO)
            .sleepBetweenRetries(Duration.ofMillis(5)).durableDelete(true).build();
        assertEquals(3000, w.totalTimeout());
        assertEquals(0, w.socketTimeout());
        assertEquals(5, w.sleepBetweenRetries());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Policy.builder().socketTimeout(Duration.ofMillis(-1)));
        assertTrue(e.getMessage().contains("socketTimeout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().totalTimeout(Duration.ofDays(30)));
        assertThrows(IllegalArgumentException.class, () -> Policy.builder().sleepBetweenRetries(Duration.ofSeconds(Long.MAX_VALUE)));
        NullPointerException n = assertThrows(NullPointerException.class, () -> Policy.builder().totalTimeout((Duration) null));
        assertTrue(n.getMessage().contains("totalTimeout"), n.getMessage());
    }

    @Test
    void policiesBundle() {
        assertSame(Policy.DEFAULT, Policies.DEFAULT.read());
        assertSame(WritePolicy.DEFAULT, Policies.DEFAULT.write());
        WritePolicy w = WritePolicy.builder().sendKey(true).build();
        Policies p = Policies.builder().write(w).build();
        assertSame(w, p.write());
        assertSame(Policy.DEFAULT, p.read());
        assertEquals(p, p.toBuilder().build());
        assertThrows(NullPointerException.class, () -> Policies.builder().read(null));
        assertThrows(NullPointerException.class, () -> Policies.builder().write(null));
    }

    @Test
    void toStringNamesTheSettings() {
        assertTrue(WritePolicy.DEFAULT.toString().startsWith("WritePolicy[socketTimeout=30000"), WritePolicy.DEFAULT.toString());
        assertTrue(WritePolicy.DEFAULT.toString().contains("recordExistsAction=UPDATE"));
    }
}
