package io.spikesdk.it.cdt.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A reference list applying the documented server rules with plain Java collections. Methods return
 * the op's result (or {@link #NO_RESULT}) and change the list, or throw {@link ModelError} and change
 * nothing. An ordered list keeps its elements sorted; positional inserts into it fail with 26.
 */
public final class ListModel {
    /** The server sends no entry for this op. */
    public static final Object NO_RESULT = new Object();

    private static final Comparator<Object> ORDER = ValueOrder.INSTANCE;

    private final List<Object> items;
    private final boolean ordered;

    public ListModel(List<?> initial, boolean ordered) {
        this.items = new ArrayList<>(initial);
        this.ordered = ordered;
        if (ordered) {
            items.sort(ORDER);
        }
    }

    public List<Object> items() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    public Object append(Object v, boolean unique) {
        if (unique && indexOf(v) >= 0) {
            throw new ModelError(24);
        }
        add(v);
        return (long) items.size();
    }

    public Object appendItems(List<?> values) {
        values.forEach(this::add);
        return (long) items.size();
    }

    public Object insert(int index, Object v) {
        int i = positionForWrite(index);
        while (items.size() < i) {
            items.add(null);
        }
        items.add(i, v);
        return (long) items.size();
    }

    public Object set(int index, Object v) {
        int i = positionForWrite(index);
        while (items.size() <= i) {
            items.add(null);
        }
        items.set(i, v);
        return NO_RESULT;
    }

    /** Increments an integer element (or creates {@code 0 + delta} past the end); wraps on overflow. */
    public Object increment(int index, long delta) {
        int i = index < 0 ? index + items.size() : index;
        if (i < 0) {
            throw new ModelError(26);
        }
        Object current = i < items.size() ? items.get(i) : 0L;
        Object next;
        if (current instanceof Long l) {
            next = l + delta;
        } else if (current instanceof Double d) {
            next = d + delta;
        } else {
            throw new ModelError(4);
        }
        if (ordered) {
            if (i > items.size()) {
                throw new ModelError(26);
            }
            if (i < items.size()) {
                items.remove(i);
            }
            add(next);
        } else {
            set(i, next);
        }
        return next;
    }

    public Object get(int index) {
        return items.get(Ranges.single(items.size(), index));
    }

    public Object pop(int index) {
        return items.remove(Ranges.single(items.size(), index));
    }

    public Object remove(int index) {
        items.remove(Ranges.single(items.size(), index));
        return 1L;
    }

    public Object getRange(int index, Integer count) {
        int[] r = Ranges.range(items.size(), index, count);
        return new ArrayList<>(items.subList(r[0], r[0] + r[1]));
    }

    public Object popRange(int index, Integer count) {
        int[] r = Ranges.range(items.size(), index, count);
        List<Object> window = items.subList(r[0], r[0] + r[1]);
        List<Object> out = new ArrayList<>(window);
        window.clear();
        return out;
    }

    public Object removeRange(int index, Integer count) {
        return (long) ((List<?>) popRange(index, count)).size();
    }

    /** Keeps the window and returns how many elements were removed (observation C6). */
    public Object trim(int index, int count) {
        int[] r = Ranges.range(items.size(), index, count);
        int before = items.size();
        List<Object> kept = new ArrayList<>(items.subList(r[0], r[0] + r[1]));
        items.clear();
        items.addAll(kept);
        return (long) (before - kept.size());
    }

    /** SORT: stable ascending or descending (not a reversed ascending sort), optionally dropping duplicates. */
    public Object sort(boolean descending, boolean dropDuplicates) {
        if (ordered) {
            descending = false;
        }
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(descending ? ORDER.reversed() : ORDER);
        if (dropDuplicates) {
            List<Object> unique = new ArrayList<>();
            for (Object v : sorted) {
                if (unique.isEmpty() || ORDER.compare(unique.get(unique.size() - 1), v) != 0) {
                    unique.add(v);
                }
            }
            sorted = unique;
        }
        items.clear();
        items.addAll(sorted);
        return NO_RESULT;
    }

    /** Rank of the element at {@code index}: how many elements are strictly less. */
    public long rankOf(Object v) {
        return items.stream().filter(x -> ORDER.compare(x, v) < 0).count();
    }

    /** RANK of the element at {@code index}: its index in an ordered list, the shared rank otherwise. */
    public Object getByIndexRank(int index) {
        int i = Ranges.single(items.size(), index);
        return ordered ? (long) i : rankOf(items.get(i));
    }

    public Object getByRankValue(int rank) {
        List<Object> sorted = sortedCopy();
        return sorted.get(Ranges.single(sorted.size(), rank));
    }

    /** Indexes of all elements equal to {@code v}, ascending. */
    public List<Long> indexesOf(Object v) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (ORDER.compare(items.get(i), v) == 0) {
                out.add((long) i);
            }
        }
        return out;
    }

    /** Values in {@code [begin, end)} ({@code end == null}: no upper bound), in index order. */
    public List<Object> valuesInInterval(Object begin, Object end, boolean inverted) {
        List<Object> out = new ArrayList<>();
        for (Object x : items) {
            boolean in = ORDER.compare(x, begin) >= 0 && (end == null || ORDER.compare(x, end) < 0);
            if (in != inverted) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * Values of a rank range as an unordered list returns them (observation C1): descending when
     * {@code start <= size - start - count}, else ascending; always ascending for an ordered list.
     */
    public List<Object> rankRangeValues(int rank, Integer count) {
        List<Object> sorted = sortedCopy();
        int[] r = Ranges.range(sorted.size(), rank, count);
        List<Object> out = new ArrayList<>(sorted.subList(r[0], r[0] + r[1]));
        if (!ordered && r[0] <= sorted.size() - r[0] - r[1]) {
            Collections.reverse(out);
        }
        return out;
    }

    /** Values of a relative rank range (value, rank offset, count), in the rank-range result order. */
    public List<Object> relativeRankValues(Object value, int offset, Integer count) {
        int anchor = (int) rankOf(value);
        int[] r = Ranges.relative(items.size(), anchor, offset, count);
        return rankRangeValues(r[0], r[1]);
    }

    public Object removeByValue(Object v) {
        long before = items.size();
        items.removeIf(x -> ORDER.compare(x, v) == 0);
        return before - items.size();
    }

    /** Whether a rank range cuts a group of equal values (then which of them it selects is server-specific). */
    public boolean splitsTies(int rank, Integer count) {
        List<Object> sorted = sortedCopy();
        int[] r = Ranges.range(sorted.size(), rank, count);
        int end = r[0] + r[1];
        return r[1] > 0 && (r[0] > 0 && ORDER.compare(sorted.get(r[0] - 1), sorted.get(r[0])) == 0
            || end < sorted.size() && ORDER.compare(sorted.get(end - 1), sorted.get(end)) == 0);
    }

    public Object removeByRankRange(int rank, Integer count) {
        List<Object> values = rankRangeValues(rank, count);
        for (Object v : values) {
            for (int i = 0; i < items.size(); i++) {
                if (ORDER.compare(items.get(i), v) == 0) {
                    items.remove(i);
                    break;
                }
            }
        }
        return (long) values.size();
    }

    private List<Object> sortedCopy() {
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(ORDER);
        return sorted;
    }

    private int indexOf(Object v) {
        for (int i = 0; i < items.size(); i++) {
            if (ORDER.compare(items.get(i), v) == 0) {
                return i;
            }
        }
        return -1;
    }

    private void add(Object v) {
        if (!ordered) {
            items.add(v);
            return;
        }
        int i = 0;
        while (i < items.size() && ORDER.compare(items.get(i), v) <= 0) {
            i++;
        }
        items.add(i, v);
    }

    private int positionForWrite(int index) {
        if (ordered) {
            throw new ModelError(26);
        }
        int i = index < 0 ? index + items.size() : index;
        if (i < 0) {
            throw new ModelError(26);
        }
        return i;
    }
}
