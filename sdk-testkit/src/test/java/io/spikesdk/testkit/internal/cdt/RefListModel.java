package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Reference model of a list bin (plain {@link ArrayList}) applying the documented rules: docs/cdt-and-expressions.md
 * §6.2 index normalisation, §6.6 list rules, and docs/embedded-server.md C1/C6/C7 (rank-range heap order, TRIM count,
 * error codes); an unordered rank window replays the server's heap, which decides which of several equal elements it
 * takes.
 */
final class RefListModel {
    /** Expected outcome of one op: result code, rendered reply entry ({@code -} = none). */
    record Expect(int rc, String result) {
    }

    final List<Object> items = new ArrayList<>();
    boolean ordered;

    String render() {
        return RefValues.renderList(items, ordered ? "#1|" : "");
    }

    /** A random op in notation, with its op type, and the expected outcome applied to this model. */
    record Step(int opType, String op, Expect expect) {
    }

    Step randomStep(Random rnd) {
        int n = items.size();
        Object v = RefValues.random(rnd, 0);
        String vs = RefValues.render(v);
        long idx = rnd.nextInt(n + 5) - (n + 2);
        if (rnd.nextBoolean()) {
            idx = rnd.nextInt(Math.max(1, n));
        }
        switch (rnd.nextInt(15)) {
            case 0: {
                int flags = new int[] {0, 1, 5}[rnd.nextInt(3)];
                return new Step(4, "[1, " + vs + ", 0, " + flags + "]", append(List.of(v), flags));
            }
            case 1: {
                List<Object> vals = List.of(v, RefValues.random(rnd, 0), RefValues.random(rnd, 0));
                int flags = new int[] {0, 1, 5, 13}[rnd.nextInt(4)];
                return new Step(4, "[2, " + RefValues.render(vals) + ", 0, " + flags + "]", append(vals, flags));
            }
            case 2: {
                int flags = new int[] {0, 2, 6}[rnd.nextInt(3)];
                return new Step(4, "[3, " + idx + ", " + vs + ", " + flags + "]", insert(idx, v, flags));
            }
            case 3:
                return new Step(4, "[32, 7, " + idx + "]", removeByIndex(idx));
            case 4: {
                int rt = new int[] {1, 5, 7, 3, 65543}[rnd.nextInt(5)];
                return new Step(3, "[22, " + rt + ", " + vs + "]", byValue(rt, v));
            }
            case 5: {
                Object b = RefValues.random(rnd, 0);
                int rt = new int[] {1, 5, 7, 3}[rnd.nextInt(4)];
                return new Step(3, "[25, " + rt + ", " + RefValues.render(b) + ", " + vs + "]", interval(rt, b, v));
            }
            case 6: {
                int cnt = rnd.nextInt(4);
                return new Step(3, "[24, 7, " + idx + ", " + cnt + "]", indexRange(idx, cnt));
            }
            case 7: {
                int cnt = rnd.nextInt(n + 2);
                int rt = rnd.nextBoolean() ? 1 : 7;
                long start = rnd.nextInt(n + 3) - 1;
                return new Step(3, "[26, " + rt + ", " + start + ", " + cnt + "]", rankRange(rt, start, cnt));
            }
            case 8: {
                List<Object> vals = List.of(v, RefValues.random(rnd, 0));
                return new Step(4, "[36, 5, " + RefValues.render(vals) + "]", removeByValueList(vals));
            }
            case 9: {
                int flags = rnd.nextInt(3);
                return new Step(4, "[13, " + flags + "]", sort(flags));
            }
            case 10: {
                long delta = rnd.nextInt(5) - 2;
                return new Step(4, "[12, " + idx + ", " + delta + "]", increment(idx, delta));
            }
            case 11: {
                int cnt = rnd.nextInt(n + 1);
                return new Step(4, "[10, " + idx + ", " + cnt + "]", trim(idx, cnt));
            }
            case 12: {
                long rank = rnd.nextInt(5) - 2;
                return new Step(3, "[27, 5, " + vs + ", " + rank + "]", relRankCount(v, rank));
            }
            case 13: {
                int f = rnd.nextInt(2);
                return new Step(4, "[0, " + f + "]", setType(f == 1));
            }
            default:
                return new Step(3, "[16]", new Expect(0, Integer.toString(n)));
        }
    }

    /** An ordered list checks repeats inside the request before it looks at the list (server rule). */
    private Expect append(List<Object> vals, int flags) {
        boolean unique = (flags & 1) != 0;
        if (ordered && unique && vals.size() > 1) {
            List<Object> distinct = new ArrayList<>();
            for (Object v : vals) {
                if (!contains(distinct, v)) {
                    distinct.add(v);
                }
            }
            if (distinct.size() < vals.size()) {
                if ((flags & 4) == 0) {
                    return new Expect(26, "-");
                }
                if ((flags & 8) == 0) {
                    return new Expect(0, Integer.toString(items.size()));
                }
                vals = distinct;
            }
        }
        List<Object> accepted = new ArrayList<>();
        for (Object v : vals) {
            boolean inList = contains(items, v);
            boolean inItems = contains(accepted, v);
            if ((flags & 1) != 0 && (inList || inItems)) {
                if ((flags & 4) == 0) {
                    return new Expect(inList ? 24 : 26, "-");
                }
                if ((flags & 8) == 0) {
                    return new Expect(0, Integer.toString(items.size()));
                }
                continue;
            }
            accepted.add(v);
        }
        for (Object v : accepted) {
            if (ordered) {
                int at = 0;
                while (at < items.size() && RefValues.compare(items.get(at), v) <= 0) {
                    at++;
                }
                items.add(at, v);
            } else {
                items.add(v);
            }
        }
        return new Expect(0, Integer.toString(items.size()));
    }

    private Expect insert(long index, Object v, int flags) {
        if (ordered) {
            return new Expect(26, "-");
        }
        int n = items.size();
        long i = index < 0 ? index + n : index;
        if (i < 0) {
            return new Expect(26, "-");
        }
        if (i > n && (flags & 2) != 0) {
            return (flags & 4) != 0 ? new Expect(0, Integer.toString(n)) : new Expect(26, "-");
        }
        while (items.size() < i) {
            items.add(RefValues.NIL);
        }
        items.add((int) i, v);
        return new Expect(0, Integer.toString(items.size()));
    }

    private Expect removeByIndex(long index) {
        int n = items.size();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            return new Expect(26, "-");
        }
        return new Expect(0, single(items.remove((int) i)));
    }

    private Expect byValue(int rt, Object v) {
        List<Integer> match = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (RefValues.compare(items.get(i), v) == 0 ^ rt == 65543) {
                match.add(i);
            }
        }
        return multi(rt & 0xffff, match);
    }

    private Expect interval(int rt, Object begin, Object end) {
        List<Integer> match = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object e = items.get(i);
            if (RefValues.compare(e, begin) >= 0 && RefValues.compare(e, end) < 0) {
                match.add(i);
            }
        }
        return multi(rt, match);
    }

    /** INDEX/VALUE/COUNT/RANK of a selection listed in index order; RANK sorted ascending. */
    private Expect multi(int rt, List<Integer> match) {
        switch (rt) {
            case 1: return new Expect(0, RefValues.render(toLongs(match)));
            case 5: return new Expect(0, Integer.toString(match.size()));
            case 7: return new Expect(0, RefValues.render(values(match)));
            default: {
                List<Integer> order = sortedIndexes(false);
                List<Long> ranks = new ArrayList<>();
                for (int i : match) {
                    ranks.add((long) order.indexOf(i));
                }
                Collections.sort(ranks);
                return new Expect(0, RefValues.render(ranks));
            }
        }
    }

    private Expect indexRange(long index, long count) {
        int[] w = window(index, count, items.size());
        return new Expect(0, RefValues.render(items.subList(w[0], w[0] + w[1])));
    }

    private Expect rankRange(int rt, long start, long count) {
        int n = items.size();
        int[] w = window(start, count, n);
        List<Integer> sel = ordered ? new ArrayList<>(sortedIndexes(false).subList(w[0], w[0] + w[1]))
                : heapWindow(w[0], w[1]);
        if (rt == 1) {
            Collections.sort(sel);
            return new Expect(0, RefValues.render(toLongs(sel)));
        }
        return new Expect(0, RefValues.render(values(sel)));
    }

    /**
     * The server's partial heap sort for an unordered rank window: a min-heap (window start nearer the low end) or a
     * max-heap over all positions, extracting up to the window; the window comes out in extraction order reversed.
     */
    private List<Integer> heapWindow(int start, int count) {
        int n = items.size();
        int tail = n - start - count;
        int up = start <= tail ? -1 : 1;
        List<Integer> heap = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            heap.add(i);
        }
        int filled = n;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(heap, filled, i, up);
        }
        List<Integer> extracted = new ArrayList<>();
        for (int k = 0; k < count + (up < 0 ? start : tail); k++) {
            extracted.add(heap.get(0));
            filled--;
            heap.set(0, heap.get(filled));
            siftDown(heap, filled, 0, up);
        }
        List<Integer> window = new ArrayList<>(extracted.subList(extracted.size() - count, extracted.size()));
        Collections.reverse(window);
        return window;
    }

    private void siftDown(List<Integer> heap, int filled, int i, int up) {
        while (2 * i + 1 < filled) {
            int c = 2 * i + 1;
            if (c + 1 < filled) {
                int cmp = Integer.signum(RefValues.compare(items.get(heap.get(c)), items.get(heap.get(c + 1))));
                c = cmp == up || cmp == 0 ? c : c + 1;
            }
            if (Integer.signum(RefValues.compare(items.get(heap.get(c)), items.get(heap.get(i)))) != up) {
                return;
            }
            Collections.swap(heap, i, c);
            i = c;
        }
    }

    private Expect removeByValueList(List<Object> vals) {
        int before = items.size();
        items.removeIf(e -> contains(vals, e));
        return new Expect(0, Integer.toString(before - items.size()));
    }

    private Expect sort(int flags) {
        if (items.size() > 1) {
            if (!ordered) {
                Comparator<Object> c = (flags & 1) != 0 ? RefValues.ORDER.reversed() : RefValues.ORDER;
                items.sort(c);
            }
            if ((flags & 2) != 0) {
                List<Object> kept = new ArrayList<>();
                for (Object e : items) {
                    if (kept.isEmpty() || RefValues.compare(kept.get(kept.size() - 1), e) != 0) {
                        kept.add(e);
                    }
                }
                items.clear();
                items.addAll(kept);
            }
        }
        return new Expect(0, "-");
    }

    private Expect increment(long index, long delta) {
        int n = items.size();
        long i = index < 0 ? index + n : index;
        if (i < 0) {
            return new Expect(26, "-");
        }
        Object cur = i < n ? items.get((int) i) : null;
        Object next;
        if (cur == null) {
            next = delta;
        } else if (cur instanceof Long l) {
            next = l + delta;
        } else if (cur instanceof Double d) {
            next = d + delta;
        } else {
            return new Expect(4, "-");
        }
        if (ordered) {
            if (i > n) {
                return new Expect(26, "-");
            }
            if (i < n) {
                items.remove((int) i);
            }
            append(List.of(next), 0);
        } else {
            while (items.size() < i) {
                items.add(RefValues.NIL);
            }
            if (i < items.size()) {
                items.set((int) i, next);
            } else {
                items.add(next);
            }
        }
        return new Expect(0, single(next));
    }

    private Expect trim(long index, long count) {
        int[] w = window(index, count, items.size());
        List<Object> keep = new ArrayList<>(items.subList(w[0], w[0] + w[1]));
        int removed = items.size() - keep.size();
        items.clear();
        items.addAll(keep);
        return new Expect(0, Integer.toString(removed));
    }

    private Expect relRankCount(Object v, long rank) {
        long anchor = items.stream().filter(e -> RefValues.compare(e, v) < 0).count();
        long start = anchor + rank;
        return new Expect(0, Long.toString(Math.max(0, items.size() - Math.max(0, start))));
    }

    private Expect setType(boolean toOrdered) {
        if (toOrdered && !ordered) {
            items.sort(RefValues.ORDER);
        }
        ordered = toOrdered;
        return new Expect(0, "-");
    }

    /** docs/cdt-and-expressions.md §6.2 range rules; returns {start, count}. */
    static int[] window(long index, long count, int n) {
        if (index >= n) {
            return new int[] {n, 0};
        }
        long start = index;
        long cnt = count;
        if (start < 0) {
            start += n;
            if (start < 0) {
                cnt = Math.max(0, cnt + start);
                start = 0;
            }
        }
        return new int[] {(int) start, (int) Math.min(cnt, n - start)};
    }

    private List<Integer> sortedIndexes(boolean tiesDescending) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            idx.add(i);
        }
        idx.sort((a, b) -> {
            int c = RefValues.compare(items.get(a), items.get(b));
            return c != 0 ? c : tiesDescending ? Integer.compare(b, a) : Integer.compare(a, b);
        });
        return idx;
    }

    private List<Object> values(List<Integer> positions) {
        List<Object> out = new ArrayList<>();
        for (int i : positions) {
            out.add(items.get(i));
        }
        return out;
    }

    private static List<Long> toLongs(List<Integer> xs) {
        List<Long> out = new ArrayList<>();
        for (int x : xs) {
            out.add((long) x);
        }
        return out;
    }

    static boolean contains(List<Object> list, Object v) {
        for (Object e : list) {
            if (RefValues.compare(e, v) == 0) {
                return true;
            }
        }
        return false;
    }

    static String single(Object v) {
        return v == RefValues.NIL ? "-" : RefValues.render(v);
    }
}
