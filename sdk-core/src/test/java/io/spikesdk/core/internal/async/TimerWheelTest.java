package io.spikesdk.core.internal.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The wheel on a virtual clock: never early, at most one tick late, O(1) disarm, safe re-entry. */
class TimerWheelTest {
    private static final long MS = 1_000_000L;
    private static final long T0 = 1_000_000 * MS;

    private static final class Recorded extends TimerWheel.Timeout {
        final List<Long> firedAt;
        final long[] clock;
        Runnable onExpiry = () -> { };

        Recorded(List<Long> firedAt, long[] clock) {
            this.firedAt = firedAt;
            this.clock = clock;
        }

        @Override
        void expired() {
            firedAt.add(clock[0]);
            onExpiry.run();
        }
    }

    @Test
    void neverEarlyAndAtMostOneTickLate() {
        SplittableRandom random = new SplittableRandom(7);
        long[] clock = {T0};
        TimerWheel wheel = new TimerWheel(clock[0]);
        List<long[]> expected = new ArrayList<>();
        List<Recorded> timers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Recorded t = new Recorded(new ArrayList<>(), clock);
            long deadline = T0 + random.nextLong(3_000 * MS); // beyond one revolution (256 ticks of 5 ms) too
            wheel.arm(t, deadline);
            timers.add(t);
            expected.add(new long[] {deadline});
        }
        while (clock[0] < T0 + 3_100 * MS) {
            clock[0] += random.nextLong(1, 3 * MS);
            wheel.advance(clock[0]);
        }
        assertTrue(wheel.isEmpty());
        for (int i = 0; i < timers.size(); i++) {
            Recorded t = timers.get(i);
            assertEquals(1, t.firedAt.size(), "fired once: timer " + i);
            long late = t.firedAt.get(0) - expected.get(i)[0];
            assertTrue(late >= 0, "early by " + -late + " ns: timer " + i);
            assertTrue(late < TimerWheel.TICK_NANOS + 3 * MS, "late by " + late + " ns: timer " + i);
            assertFalse(t.armed());
        }
    }

    @Test
    void disarmedOrRearmedTimersDoNotFireAtTheOldDeadline() {
        long[] clock = {T0};
        TimerWheel wheel = new TimerWheel(clock[0]);
        Recorded a = new Recorded(new ArrayList<>(), clock);
        Recorded b = new Recorded(new ArrayList<>(), clock);
        Recorded c = new Recorded(new ArrayList<>(), clock);
        wheel.arm(a, T0 + 10 * MS);
        wheel.arm(b, T0 + 10 * MS);
        wheel.arm(c, T0 + 10 * MS);
        wheel.disarm(b);                 // the middle of a slot's list
        wheel.arm(c, T0 + 50 * MS);      // the head, moved
        clock[0] = T0 + 20 * MS;
        wheel.advance(clock[0]);
        assertEquals(List.of(T0 + 20 * MS), a.firedAt);
        assertTrue(b.firedAt.isEmpty());
        assertTrue(c.firedAt.isEmpty());
        assertTrue(c.armed());
        clock[0] = T0 + 60 * MS;
        wheel.advance(clock[0]);
        assertEquals(List.of(T0 + 60 * MS), c.firedAt);
        assertTrue(wheel.isEmpty());
    }

    @Test
    void anExpiryMayDisarmAnotherDueTimerOrArmItself() {
        long[] clock = {T0};
        TimerWheel wheel = new TimerWheel(clock[0]);
        Recorded first = new Recorded(new ArrayList<>(), clock);
        Recorded second = new Recorded(new ArrayList<>(), clock);
        wheel.arm(first, T0 + 7 * MS);
        wheel.arm(second, T0 + 7 * MS);
        // whichever fires first disarms the other and re-arms itself for later
        first.onExpiry = () -> {
            wheel.disarm(second);
            wheel.arm(first, clock[0] + 30 * MS);
        };
        second.onExpiry = () -> {
            wheel.disarm(first);
            wheel.arm(second, clock[0] + 30 * MS);
        };
        clock[0] = T0 + 12 * MS;
        wheel.advance(clock[0]);
        assertEquals(1, first.firedAt.size() + second.firedAt.size());
        clock[0] = T0 + 50 * MS;
        wheel.advance(clock[0]);
        assertEquals(2, first.firedAt.size() + second.firedAt.size(), "the re-armed one fired again");
        Recorded again = first.firedAt.size() == 2 ? first : second;
        Recorded never = again == first ? second : first;
        assertTrue(never.firedAt.isEmpty() && !never.armed(), "disarmed while due: never told");
        assertTrue(again.armed(), "it re-armed itself once more");
    }

    @Test
    void aDeadlineAlreadyPastFiresAtTheNextAdvanceOfATick() {
        long[] clock = {T0};
        TimerWheel wheel = new TimerWheel(clock[0]);
        Recorded t = new Recorded(new ArrayList<>(), clock);
        wheel.arm(t, T0 - 100 * MS);
        wheel.advance(clock[0]);
        assertTrue(t.firedAt.isEmpty(), "same tick: not processed yet");
        clock[0] += TimerWheel.TICK_NANOS;
        wheel.advance(clock[0]);
        assertEquals(1, t.firedAt.size());
        assertTrue(wheel.millisToNextTick(clock[0]) >= 1);
    }
}
