package io.spikesdk.testkit.internal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testkit.CommandKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    @Test
    void continuationsParkOnlyWhilePausedAndResumeRunsThemInOrderAfterTheListeners() {
        FaultPlan plan = new FaultPlan();
        List<String> ran = new ArrayList<>();
        plan.addResumeListener(() -> ran.add("listener"));
        assertFalse(plan.parkWhilePaused(() -> ran.add("not paused")));

        plan.pause();
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertTrue(plan.parkWhilePaused(() -> ran.add("parked " + n)));
        }
        assertEquals(List.of(), ran, "nothing runs while paused");
        plan.resume();
        assertEquals(List.of("listener", "parked 0", "parked 1", "parked 2"), ran);

        ran.clear();
        plan.resume();
        assertEquals(List.of("listener"), ran, "each parked continuation runs once");
    }

    @Test
    void clearResumesAndRunsWhatWasParked() {
        FaultPlan plan = new FaultPlan();
        List<String> ran = new ArrayList<>();
        plan.pause();
        plan.parkWhilePaused(() -> ran.add("held"));
        plan.clear();
        assertFalse(plan.paused());
        assertEquals(List.of("held"), ran);
    }

    @Test
    void aContinuationParkedAgainDuringResumeWaitsForTheNextResume() {
        FaultPlan plan = new FaultPlan();
        List<String> ran = new ArrayList<>();
        plan.pause();
        plan.parkWhilePaused(() -> {
            plan.pause(); // paused again before this continuation ran: it parks its next step
            plan.parkWhilePaused(() -> ran.add("second step"));
        });
        plan.resume();
        assertTrue(plan.paused());
        assertEquals(List.of(), ran);
        plan.resume();
        assertEquals(List.of("second step"), ran);
    }

    @Test
    void namespaceLatencyIsTheFirstMatchingRulesAndZeroRemovesIt() {
        FaultPlan plan = new FaultPlan();
        plan.addLatency("slow", CommandKind.READ, Duration.ofMillis(5));
        plan.addLatency("slow", null, Duration.ofMillis(9));
        assertEquals(Duration.ofMillis(5).toNanos(), plan.latencyNanos("slow", CommandKind.READ));
        assertEquals(Duration.ofMillis(9).toNanos(), plan.latencyNanos("slow", CommandKind.WRITE));
        assertEquals(0, plan.latencyNanos("test", CommandKind.READ));
        plan.addLatency("slow", CommandKind.READ, Duration.ZERO);
        assertEquals(Duration.ofMillis(9).toNanos(), plan.latencyNanos("slow", CommandKind.READ));
    }
}
