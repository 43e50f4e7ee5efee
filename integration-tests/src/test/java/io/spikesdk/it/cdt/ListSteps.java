package io.spikesdk.it.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.ListSortFlags;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.it.cdt.model.ListModel;
import io.spikesdk.it.cdt.model.RandomValues;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Draws random list operations on bin {@code l} together with what the {@link ListModel} expects. */
final class ListSteps {
    private static final int KINDS = 23;

    private final RandomValues values;
    private final Random random;
    private final ListModel model;
    private final ListOrder order;

    ListSteps(RandomValues values, ListModel model, boolean ordered) {
        this.values = values;
        this.random = values.random();
        this.model = model;
        this.order = ordered ? ListOrder.ORDERED : ListOrder.UNORDERED;
    }

    PropertyStep next() {
        int n = model.size();
        int pos = values.position(n);
        Integer count = values.count(n);
        Object v = operand();
        switch (random.nextInt(KINDS)) {
            case 0:
                return step("append(" + r(v) + ")", ListOperations.append("l", v), () -> model.append(v, false));
            case 1:
                return step("append(ADD_UNIQUE," + r(v) + ")",
                    ListOperations.append(ListPolicy.of(order, ListWriteFlags.ADD_UNIQUE), "l", v), () -> model.append(v, true));
            case 2: {
                List<Object> items = values.list(3);
                return step("appendItems(" + r(items) + ")", ListOperations.appendItems("l", items), () -> model.appendItems(items));
            }
            case 3:
                return step("insert(" + pos + "," + r(v) + ")", ListOperations.insert("l", pos, v), () -> model.insert(pos, v));
            case 4:
                return step("set(" + pos + "," + r(v) + ")", ListOperations.set("l", pos, v), () -> model.set(pos, v));
            case 5: {
                long delta = values.smallInt();
                return step("increment(" + pos + "," + delta + ")", ListOperations.increment("l", pos, delta),
                    () -> model.increment(pos, delta));
            }
            case 6:
                return step("get(" + pos + ")", ListOperations.get("l", pos), () -> model.get(pos));
            case 7:
                return step("pop(" + pos + ")", ListOperations.pop("l", pos), () -> model.pop(pos));
            case 8:
                return step("remove(" + pos + ")", ListOperations.remove("l", pos), () -> model.remove(pos));
            case 9:
                return step("getRange(" + pos + "," + count + ")", count == null ? ListOperations.getRange("l", pos)
                    : ListOperations.getRange("l", pos, count), () -> model.getRange(pos, count));
            case 10:
                return step("popRange(" + pos + "," + count + ")", count == null ? ListOperations.popRange("l", pos)
                    : ListOperations.popRange("l", pos, count), () -> model.popRange(pos, count));
            case 11:
                return step("removeRange(" + pos + "," + count + ")", count == null ? ListOperations.removeRange("l", pos)
                    : ListOperations.removeRange("l", pos, count), () -> model.removeRange(pos, count));
            case 12: {
                int c = random.nextInt(n + 2);
                return step("trim(" + pos + "," + c + ")", ListOperations.trim("l", pos, c), () -> model.trim(pos, c));
            }
            case 13: {
                int flags = random.nextInt(3);
                return step("sort(" + flags + ")", ListOperations.sort("l", ListSortFlags.fromCode(flags)),
                    () -> model.sort(flags == 1, flags == 2));
            }
            case 14:
                return step("getByIndex(" + pos + ",RANK)", ListOperations.getByIndex("l", pos, ListReturnType.RANK),
                    () -> model.getByIndexRank(pos));
            case 15:
                return step("getByRank(" + pos + ",VALUE)", ListOperations.getByRank("l", pos, ListReturnType.VALUE),
                    () -> model.getByRankValue(pos));
            case 16:
                return step("getByValue(" + r(v) + ",INDEX)", ListOperations.getByValue("l", v, ListReturnType.INDEX),
                    () -> model.indexesOf(v));
            case 17: {
                Object end = random.nextInt(4) == 0 ? null : operand();
                boolean inverted = random.nextBoolean();
                return step("getByValueRange(" + r(v) + "," + r(end) + ",VALUE" + (inverted ? "|INVERTED)" : ")"),
                    ListOperations.getByValueRange("l", v, end, ListReturnType.VALUE.inverted(inverted)),
                    () -> model.valuesInInterval(v, end, inverted));
            }
            case 18:
                return step("getByRankRange(" + pos + "," + count + ",VALUE)", count == null
                    ? ListOperations.getByRankRange("l", pos, ListReturnType.VALUE)
                    : ListOperations.getByRankRange("l", pos, count, ListReturnType.VALUE), () -> model.rankRangeValues(pos, count));
            case 19:
                return step("getByValueRelativeRankRange(" + r(v) + "," + pos + "," + count + ",VALUE)", count == null
                    ? ListOperations.getByValueRelativeRankRange("l", v, pos, ListReturnType.VALUE)
                    : ListOperations.getByValueRelativeRankRange("l", v, pos, count, ListReturnType.VALUE),
                    () -> model.relativeRankValues(v, pos, count));
            case 20:
                return step("removeByValue(" + r(v) + ",COUNT)", ListOperations.removeByValue("l", v, ListReturnType.COUNT),
                    () -> model.removeByValue(v));
            case 21:
                if (model.splitsTies(pos, count)) {
                    return step("size()", ListOperations.size("l"), () -> (long) model.size());
                }
                return step("removeByRankRange(" + pos + "," + count + ",COUNT)", count == null
                    ? ListOperations.removeByRankRange("l", pos, ListReturnType.COUNT)
                    : ListOperations.removeByRankRange("l", pos, count, ListReturnType.COUNT),
                    () -> model.removeByRankRange(pos, count));
            default:
                return step("size()", ListOperations.size("l"), () -> (long) model.size());
        }
    }

    /** A value, taken from the list half of the time so that selections hit. */
    private Object operand() {
        List<Object> items = model.items();
        return !items.isEmpty() && random.nextBoolean() ? items.get(random.nextInt(items.size())) : values.value();
    }

    private static PropertyStep step(String description, Operation op, Supplier<Object> model) {
        return new PropertyStep(description, op, model);
    }

    private static String r(Object v) {
        return Notation.render(v);
    }
}
