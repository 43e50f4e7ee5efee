package io.spikesdk.it.diff;

import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.MapOrder;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * Buries a target container one to three levels deep in lists and maps and makes a context path to it:
 * mostly exact selectors (index, key, value), sometimes a rank or a random position (which may select
 * something else or nothing), and the create flavours (which may pad or add a new key).
 */
final class Nesting {
    record Nested(Object top, List<CtxStep> ctx) {
    }

    private Nesting() {
    }

    static Nested wrap(Gen g, Object target) {
        Object current = target;
        LinkedList<CtxStep> path = new LinkedList<>();
        int levels = g.chance(60) ? 1 : g.chance(65) ? 2 : 3;
        for (int level = 0; level < levels; level++) {
            if (g.chance(50)) {
                List<Object> siblings = g.list(g.nextInt(4), 0);
                int index = g.nextInt(siblings.size() + 1);
                siblings.add(index, current);
                int p = g.nextInt(100);
                CtxStep step;
                if (p < 45) {
                    step = CtxStep.of("listIndex", index);
                } else if (p < 55) {
                    step = CtxStep.of("listIndex", g.position(siblings.size()));
                } else if (p < 65) {
                    step = CtxStep.of("listRank", g.position(siblings.size()));
                } else if (p < 75) {
                    step = CtxStep.of("listValue", current);
                } else {
                    int at = g.chance(60) ? index : siblings.size() + g.nextInt(3);
                    step = new CtxStep("listIndexCreate", at, g.pick(ListOrder.values()), g.chance(50));
                }
                path.addFirst(step);
                current = siblings;
            } else {
                Map<Object, Object> map = g.map(g.nextInt(4), 0, Gen.KeyKind.INT);
                Object key = g.key(Gen.KeyKind.INT);
                while (Gen.containsKey(map, key)) {
                    key = (Long) key + 100;
                }
                map.put(key, current);
                int p = g.nextInt(100);
                CtxStep step;
                if (p < 45) {
                    step = CtxStep.of("mapKey", key);
                } else if (p < 50) {
                    step = CtxStep.of("mapKey", (Long) key + 1000);
                } else if (p < 60) {
                    step = CtxStep.of("mapIndex", g.position(map.size()));
                } else if (p < 70) {
                    step = CtxStep.of("mapRank", g.position(map.size()));
                } else if (p < 80) {
                    step = CtxStep.of("mapValue", current);
                } else {
                    Object at = g.chance(60) ? key : (Object) ((Long) key + 1000);
                    step = new CtxStep("mapKeyCreate", at, g.pick(MapOrder.values()), false);
                }
                path.addFirst(step);
                current = map;
            }
        }
        return new Nested(current, new ArrayList<>(path));
    }
}
