package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Reference model of a map bin: a {@link TreeMap} in the server's key order (maps are stored key-sorted,
 * docs/embedded-server.md C13), ranks in (value, key) order (C8a), write-flag rules of docs/cdt-and-expressions.md §3.1
 * and docs/embedded-server.md C3.
 */
final class RefMapModel {
    final TreeMap<Object, Object> entries = new TreeMap<>(RefValues.ORDER);
    int flags;

    String render() {
        String body = RefValues.render(entries);
        return flags == 0 ? body : "{#" + flags + "|" + (entries.isEmpty() ? "" : " ") + body.substring(1);
    }

    static Object randomKey(Random rnd) {
        return rnd.nextBoolean() ? (Object) (long) (rnd.nextInt(6) - 2) : String.valueOf((char) ('a' + rnd.nextInt(5)));
    }

    RefListModel.Step randomStep(Random rnd) {
        Object k = randomKey(rnd);
        String ks = RefValues.render(k);
        Object v = rnd.nextInt(3) == 0 ? (Object) (long) rnd.nextInt(4) : RefValues.random(rnd, 0);
        String vs = RefValues.render(v);
        int n = entries.size();
        switch (rnd.nextInt(13)) {
            case 0: {
                int f = new int[] {0, 1, 2, 5, 6}[rnd.nextInt(5)];
                return step(4, "[67, " + ks + ", " + vs + ", 0, " + f + "]", put(Map.of(k, v), f, false));
            }
            case 1: {
                TreeMap<Object, Object> items = new TreeMap<>(RefValues.ORDER);
                items.put(k, v);
                items.put(randomKey(rnd), (long) rnd.nextInt(4));
                int f = new int[] {0, 1, 2, 5, 6, 13, 14}[rnd.nextInt(7)];
                return step(4, "[68, " + RefValues.render(items) + ", 0, " + f + "]", put(items, f, true));
            }
            case 2: {
                Object old = entries.remove(k);
                return step(4, "[76, 7, " + ks + "]", 0, old == null ? "-" : RefListModel.single(old));
            }
            case 3: {
                boolean index = rnd.nextBoolean();
                List<Object> keys = keys();
                int at = keys.indexOf(entries.containsKey(k) ? entries.ceilingKey(k) : null);
                long out = !entries.containsKey(k) ? -1 : index ? at : rankOrder().indexOf(at);
                return step(3, "[97, " + (index ? 1 : 3) + ", " + ks + "]", 0, Long.toString(out));
            }
            case 4: {
                long start = rnd.nextInt(n + 3) - 1;
                int count = rnd.nextInt(n + 1);
                int[] w = RefListModel.window(start, count, n);
                List<Object> out = new ArrayList<>();
                List<Object> keys = keys();
                for (int p : rankOrder().subList(w[0], w[0] + w[1])) {
                    out.add(keys.get(p));
                }
                return step(3, "[106, 6, " + start + ", " + count + "]", 0, RefValues.render(out));
            }
            case 5: {
                long b = rnd.nextInt(4);
                List<Object> out = new ArrayList<>();
                entries.forEach((key, val) -> {
                    if (RefValues.compare(val, b) >= 0 && RefValues.compare(val, v) < 0) {
                        out.add(key);
                    }
                });
                return step(3, "[105, 6, " + b + ", " + vs + "]", 0, RefValues.render(out));
            }
            case 6: {
                long start = rnd.nextInt(n + 3) - 2;
                int count = rnd.nextInt(3);
                int[] w = RefListModel.window(start, count, n);
                List<Object> vals = new ArrayList<>(entries.values());
                return step(3, "[104, 7, " + start + ", " + count + "]", 0,
                        RefValues.render(vals.subList(w[0], w[0] + w[1])));
            }
            case 7: {
                Object hi = randomKey(rnd);
                long c = entries.keySet().stream()
                        .filter(x -> RefValues.compare(x, k) >= 0 && RefValues.compare(x, hi) < 0).count();
                return step(3, "[103, 5, " + ks + ", " + RefValues.render(hi) + "]", 0, Long.toString(c));
            }
            case 8: {
                long delta = rnd.nextInt(5) - 2;
                Object cur = entries.get(k);
                Object next;
                if (cur == null) {
                    next = delta;
                } else if (cur instanceof Long l) {
                    next = l + delta;
                } else if (cur instanceof Double d) {
                    next = d + delta;
                } else {
                    return step(4, "[73, " + ks + ", " + delta + "]", 4, "-");
                }
                entries.put(k, next);
                return step(4, "[73, " + ks + ", " + delta + "]", 0, RefValues.render(next));
            }
            case 9: {
                List<Object> vals = List.of(v, (long) rnd.nextInt(4));
                int before = n;
                entries.values().removeIf(x -> RefListModel.contains(vals, x));
                return step(4, "[83, 5, " + RefValues.render(vals) + "]", 0, Integer.toString(before - entries.size()));
            }
            case 10: {
                List<Object> req = List.of(k, randomKey(rnd), randomKey(rnd));
                List<Object> keys = keys();
                List<Long> out = new ArrayList<>();
                for (int j = req.size() - 1; j >= 0; j--) {
                    Object rk = req.get(j);
                    // Key-ordered maps answer every request item; unordered ones the last of equal items.
                    if (entries.containsKey(rk) && (flags != 0 || req.subList(j + 1, req.size()).stream()
                            .noneMatch(x -> RefValues.compare(x, rk) == 0))) {
                        out.add(0, (long) keys.indexOf(entries.ceilingKey(rk)));
                    }
                }
                return step(3, "[107, 1, " + RefValues.render(req) + "]", 0, RefValues.render(out));
            }
            case 11: {
                long rank = rnd.nextInt(5) - 2;
                long anchor = entries.values().stream().filter(x -> RefValues.compare(x, v) < 0).count();
                long start = anchor + rank;
                int count = 2;
                if (start < 0) {
                    count = (int) Math.max(0, count + start);
                    start = 0;
                }
                int[] w = RefListModel.window(start, count, n);
                List<Object> keys = keys();
                List<Object> out = new ArrayList<>();
                for (int p : rankOrder().subList(w[0], w[0] + w[1])) {
                    out.add(keys.get(p));
                }
                return step(3, "[110, 6, " + vs + ", " + rank + ", 2]", 0, RefValues.render(out));
            }
            default:
                return step(3, "[96]", 0, Integer.toString(n));
        }
    }

    private RefListModel.Expect put(Map<Object, Object> items, int f, boolean multi) {
        boolean noFail = (f & 4) != 0;
        boolean partial = (f & 8) != 0;
        if (multi && noFail && partial && entries.isEmpty()) {
            entries.putAll(items);
            return new RefListModel.Expect(0, Integer.toString(entries.size()));
        }
        TreeMap<Object, Object> accepted = new TreeMap<>(RefValues.ORDER);
        TreeMap<Object, Object> sorted = new TreeMap<>(RefValues.ORDER);
        sorted.putAll(items);
        for (Map.Entry<Object, Object> e : sorted.entrySet()) {
            boolean exists = entries.containsKey(e.getKey());
            int violation = exists && (f & 1) != 0 ? 24 : !exists && (f & 2) != 0 ? 23 : 0;
            if (violation == 0) {
                accepted.put(e.getKey(), e.getValue());
            } else if (!noFail) {
                return new RefListModel.Expect(violation, "-");
            } else if (!partial || !multi) {
                return new RefListModel.Expect(0, Integer.toString(entries.size()));
            }
        }
        entries.putAll(accepted);
        return new RefListModel.Expect(0, Integer.toString(entries.size()));
    }

    private List<Object> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** Key-order positions sorted by (value, key). */
    private List<Integer> rankOrder() {
        List<Object> vals = new ArrayList<>(entries.values());
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            idx.add(i);
        }
        idx.sort((a, b) -> {
            int c = RefValues.compare(vals.get(a), vals.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return idx;
    }

    private static RefListModel.Step step(int type, String op, RefListModel.Expect e) {
        return new RefListModel.Step(type, op, e);
    }

    private static RefListModel.Step step(int type, String op, int rc, String result) {
        return new RefListModel.Step(type, op, new RefListModel.Expect(rc, result));
    }
}
