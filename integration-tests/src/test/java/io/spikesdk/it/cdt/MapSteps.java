package io.spikesdk.it.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.cdt.MapWriteFlags;
import io.spikesdk.it.cdt.model.MapModel;
import io.spikesdk.it.cdt.model.RandomValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Draws random map operations on bin {@code m} together with what the {@link MapModel} expects. */
final class MapSteps {
    private static final int KINDS = 19;
    private static final MapPolicy CREATE_ONLY = MapPolicy.of(MapOrder.UNORDERED, MapWriteFlags.CREATE_ONLY);

    private final RandomValues values;
    private final Random random;
    private final MapModel model;

    MapSteps(RandomValues values, MapModel model) {
        this.values = values;
        this.random = values.random();
        this.model = model;
    }

    PropertyStep next() {
        int n = model.entries().size();
        int pos = values.position(n);
        Integer count = values.count(n);
        Object k = key();
        Object v = value();
        MapReturnType key = MapReturnType.KEY;
        switch (random.nextInt(KINDS)) {
            case 0:
                return step("put(" + r(k) + "," + r(v) + ")", MapOperations.put(MapPolicy.DEFAULT, "m", k, v),
                    () -> model.put(k, v, false));
            case 1:
                return step("put(CREATE_ONLY," + r(k) + "," + r(v) + ")", MapOperations.put(CREATE_ONLY, "m", k, v),
                    () -> model.put(k, v, true));
            case 2: {
                Map<Object, Object> items = values.map(3);
                return step("putItems(" + r(items) + ")", MapOperations.putItems(MapPolicy.DEFAULT, "m", items),
                    () -> model.putItems(items));
            }
            case 3: {
                long delta = values.smallInt();
                return step("increment(" + r(k) + "," + delta + ")", MapOperations.increment(MapPolicy.DEFAULT, "m", k, delta),
                    () -> model.increment(k, delta));
            }
            case 4:
                return step("removeByKey(" + r(k) + ",VALUE)", MapOperations.removeByKey("m", k, MapReturnType.VALUE),
                    () -> model.removeByKey(k));
            case 5:
                return step("getByKey(" + r(k) + ",INDEX)", MapOperations.getByKey("m", k, MapReturnType.INDEX),
                    () -> model.indexOfKey(k));
            case 6:
                return step("getByKey(" + r(k) + ",RANK)", MapOperations.getByKey("m", k, MapReturnType.RANK),
                    () -> model.rankOfKey(k));
            case 7:
                return step("getByIndex(" + pos + ",KEY)", MapOperations.getByIndex("m", pos, key), () -> model.keyAtIndex(pos));
            case 8:
                return step("getByRank(" + pos + ",KEY)", MapOperations.getByRank("m", pos, key), () -> model.keyAtRank(pos));
            case 9:
                return step("getByRankRange(" + pos + "," + count + ",KEY)", count == null
                    ? MapOperations.getByRankRange("m", pos, key) : MapOperations.getByRankRange("m", pos, count, key),
                    () -> model.keysOfRankRange(pos, count));
            case 10: {
                boolean inverted = random.nextBoolean();
                MapReturnType rt = key.inverted(inverted);
                return step("getByIndexRange(" + pos + "," + count + ",KEY" + (inverted ? "|INVERTED)" : ")"), count == null
                    ? MapOperations.getByIndexRange("m", pos, rt) : MapOperations.getByIndexRange("m", pos, count, rt),
                    () -> model.keysOfIndexRange(pos, count, inverted));
            }
            case 11: {
                Object end = random.nextInt(4) == 0 ? null : value();
                return step("getByValueRange(" + r(v) + "," + r(end) + ",KEY)", MapOperations.getByValueRange("m", v, end, key),
                    () -> model.keysOfValueInterval(v, end));
            }
            case 12: {
                Object begin = random.nextInt(4) == 0 ? null : k;
                Object end = random.nextInt(4) == 0 ? null : key();
                return step("getByKeyRange(" + r(begin) + "," + r(end) + ",VALUE)",
                    MapOperations.getByKeyRange("m", begin, end, MapReturnType.VALUE), () -> model.valuesOfKeyInterval(begin, end));
            }
            case 13: {
                List<Object> keys = new ArrayList<>(List.of(k, key()));
                return step("getByKeyList(" + r(keys) + ",KEY)", MapOperations.getByKeyList("m", keys, key),
                    () -> model.keysOfKeyList(keys));
            }
            case 14:
                return step("getByKeyRelativeIndexRange(" + r(k) + "," + pos + "," + count + ",KEY)", count == null
                    ? MapOperations.getByKeyRelativeIndexRange("m", k, pos, key)
                    : MapOperations.getByKeyRelativeIndexRange("m", k, pos, count, key),
                    () -> model.keysRelativeToKey(k, pos, count));
            case 15:
                return step("getByValueRelativeRankRange(" + r(v) + "," + pos + "," + count + ",KEY)", count == null
                    ? MapOperations.getByValueRelativeRankRange("m", v, pos, key)
                    : MapOperations.getByValueRelativeRankRange("m", v, pos, count, key),
                    () -> model.keysRelativeToValue(v, pos, count));
            case 16:
                return step("removeByValue(" + r(v) + ",COUNT)", MapOperations.removeByValue("m", v, MapReturnType.COUNT),
                    () -> model.removeByValue(v));
            case 17:
                return step("removeByRankRange(" + pos + "," + count + ",COUNT)", count == null
                    ? MapOperations.removeByRankRange("m", pos, MapReturnType.COUNT)
                    : MapOperations.removeByRankRange("m", pos, count, MapReturnType.COUNT),
                    () -> model.removeByRankRange(pos, count));
            default:
                return step("size()", MapOperations.size("m"), () -> (long) model.entries().size());
        }
    }

    /** A key, taken from the map half of the time. */
    private Object key() {
        List<Object> keys = new ArrayList<>(model.entries().keySet());
        return !keys.isEmpty() && random.nextBoolean() ? keys.get(random.nextInt(keys.size())) : values.key();
    }

    /** A value, taken from the map half of the time. */
    private Object value() {
        List<Object> vs = new ArrayList<>(model.entries().values());
        return !vs.isEmpty() && random.nextBoolean() ? vs.get(random.nextInt(vs.size())) : values.value();
    }

    private static PropertyStep step(String description, Operation op, Supplier<Object> model) {
        return new PropertyStep(description, op, model);
    }

    private static String r(Object v) {
        return Notation.render(v);
    }
}
