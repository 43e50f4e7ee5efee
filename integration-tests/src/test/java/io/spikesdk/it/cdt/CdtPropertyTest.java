package io.spikesdk.it.cdt;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.it.TestTarget;
import io.spikesdk.it.cdt.model.ListModel;
import io.spikesdk.it.cdt.model.MapModel;
import io.spikesdk.it.cdt.model.ModelError;
import io.spikesdk.it.cdt.model.RandomValues;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random lists and maps (mixed types, nesting, duplicates) and random operation sequences sent
 * through our client, compared after every step with an independent reference model
 * ({@link ListModel}, {@link MapModel}). Seeded and reproducible: {@code -Dcdt.seed=N} replays a run,
 * and every failure names its seed, round and step. Against a real server it runs fewer steps.
 */
class CdtPropertyTest {
    private static final long SEED = Long.getLong("cdt.seed", 0x5EEDL);
    private static final int STEPS = TestTarget.isRealServer() ? 400 : 4000;
    private static final int STEPS_PER_ROUND = 40;
    private static final long BUDGET_MS = 12_000;

    private final AerospikeClient client = CdtTables.ours();

    @Test
    void listsBehaveLikeTheReferenceModel() {
        run("lists", this::listRound);
    }

    @Test
    void mapsBehaveLikeTheReferenceModel() {
        run("maps", this::mapRound);
    }

    private interface Round {
        int run(Key key, RandomValues values, String where);
    }

    private void run(String name, Round round) {
        RandomValues values = new RandomValues(new Random(SEED));
        long deadline = System.currentTimeMillis() + BUDGET_MS;
        int steps = 0;
        for (int r = 0; steps < STEPS && System.currentTimeMillis() < deadline; r++) {
            Key key = Key.of(TestTarget.NAMESPACE, CdtTables.SET, "prop-" + name + "-" + r);
            steps += round.run(key, values, "seed " + SEED + ", " + name + " round " + r);
        }
        assertTrue(steps >= Math.min(STEPS, 500), "only " + steps + " steps ran within the time budget");
    }

    private int listRound(Key key, RandomValues values, String where) {
        boolean ordered = values.random().nextInt(3) == 0;
        ListModel model = new ListModel(values.list(8), ordered);
        client.delete(key);
        if (ordered) {
            client.operate(key, ListOperations.setOrder("l", ListOrder.ORDERED),
                ListOperations.appendItems(ListPolicy.of(ListOrder.ORDERED, ListWriteFlags.DEFAULT), "l", model.items()));
        } else {
            client.put(key, Bin.of("l", model.items()));
        }
        ListSteps steps = new ListSteps(values, model, ordered);
        for (int i = 0; i < STEPS_PER_ROUND; i++) {
            check(key, "l", steps.next(), () -> Notation.render(model.items()), where + (ordered ? " (ordered)" : "") + " step " + i);
        }
        return STEPS_PER_ROUND;
    }

    private int mapRound(Key key, RandomValues values, String where) {
        MapModel model = new MapModel(values.map(8));
        client.delete(key);
        client.put(key, Bin.of("x", 1), Bin.of("m", new LinkedHashMap<>(model.entries())));
        MapSteps steps = new MapSteps(values, model);
        for (int i = 0; i < STEPS_PER_ROUND; i++) {
            check(key, "m", steps.next(), () -> Notation.render(model.entries()), where + " step " + i);
        }
        return STEPS_PER_ROUND;
    }

    private void check(Key key, String bin, PropertyStep step, Supplier<String> modelBin, String where) {
        String context = where + ": " + Notation.render(client.get(key).getValue(bin)) + " " + step.description();
        Object expected;
        try {
            expected = step.model().get();
        } catch (ModelError e) {
            try {
                client.operate(key, step.op());
                fail(context + ": expected result code " + e.code());
            } catch (AerospikeException actual) {
                assertEquals(e.code(), actual.resultCode().code(), context);
            }
            assertEquals(modelBin.get(), Notation.render(client.get(key).getValue(bin)), context + ": unchanged after error");
            return;
        }
        Record r = client.operate(key, step.op());
        String actual = r == null || !r.bins().containsKey(bin) ? "-" : Notation.render(r.getValue(bin));
        String wanted = expected == ListModel.NO_RESULT ? "-" : Notation.render(expected);
        if (!(wanted.equals("nil") && actual.equals("-"))) {
            assertEquals(wanted, actual, context + ": result");
        }
        assertEquals(modelBin.get(), Notation.render(client.get(key).getValue(bin)), context + ": bin afterwards");
    }
}
