package io.spikesdk.testkit.internal.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random lists and maps (mixed types, nesting, duplicates) under random op sequences, compared after every op with
 * the plain-Java reference models {@link RefListModel} and {@link RefMapModel}. Seeded: a failure names the seed,
 * case and step, and reproduces exactly.
 */
class CdtPropertyTest {
    private static final long SEED = 0x5eed_cd7L;
    private static final int CASES = 2500;
    private static final int STEPS = 20;

    @Test
    void listsFollowTheReferenceModel() {
        Random rnd = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            RefListModel model = new RefListModel();
            model.ordered = rnd.nextInt(3) == 0;
            int n = rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                model.items.add(RefValues.random(rnd, 0));
            }
            if (model.ordered) {
                model.items.sort(RefValues.ORDER);
            }
            byte[] bin = Notation.mp(model.render());
            for (int s = 0; s < STEPS; s++) {
                String before = model.render();
                RefListModel.Step step = model.randomStep(rnd);
                bin = check("list case " + c + " step " + s + " on " + before, 20, bin, step, model.render());
            }
        }
    }

    @Test
    void mapsFollowTheReferenceModel() {
        Random rnd = new Random(SEED + 1);
        for (int c = 0; c < CASES; c++) {
            RefMapModel model = new RefMapModel();
            model.flags = new int[] {0, 1, 3}[rnd.nextInt(3)];
            int n = rnd.nextInt(7);
            for (int i = 0; i < n; i++) {
                model.entries.put(RefMapModel.randomKey(rnd), RefValues.random(rnd, 0));
            }
            byte[] bin = Notation.mp(model.render());
            for (int s = 0; s < STEPS; s++) {
                String before = model.render();
                RefListModel.Step step = model.randomStep(rnd);
                bin = check("map case " + c + " step " + s + " on " + before, 19, bin, step, model.render());
            }
        }
    }

    /** Runs one step on the engine and compares result code, reply entry and stored bin with the model. */
    private static byte[] check(String where, int type, byte[] bin, RefListModel.Step step, String expectedBin) {
        CdtResult r = CdtEngine.execute(step.opType(), type, bin, Notation.mp(step.op()));
        String ctx = "seed " + SEED + ", " + where + ", op " + step.op();
        assertEquals(step.expect().rc(), r.resultCode(), ctx);
        if (r.resultCode() != 0) {
            assertEquals(Notation.render(bin), Notation.render(r.newBinValue()), ctx);
            return bin;
        }
        assertEquals(step.expect().result(), CdtCase.renderResult(r), ctx);
        assertEquals(expectedBin, Notation.render(r.newBinValue()), ctx);
        return r.newBinValue();
    }
}
