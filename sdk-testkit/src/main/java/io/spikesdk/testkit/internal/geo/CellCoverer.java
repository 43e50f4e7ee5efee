package io.spikesdk.testkit.internal.geo;

import com.google.common.geometry.S2Cap;
import com.google.common.geometry.S2Cell;
import com.google.common.geometry.S2CellId;
import com.google.common.geometry.S2CellUnion;
import com.google.common.geometry.S2Iterator;
import com.google.common.geometry.S2Polygon;
import com.google.common.geometry.S2Projections;
import com.google.common.geometry.S2Region;
import com.google.common.geometry.S2ShapeIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * An exterior S2 region covering that chooses the same cells as the C++ S2 library the real server links (s2geometry
 * 0.10 {@code S2RegionCoverer}). The Java library's coverer follows the same strategy but starts from another bound
 * and breaks priority ties in another order, so its coverings differ near the edges of a region. This class keeps
 * the C++ choices: the initial candidates come from the region's cell-union bound (a polygon's shape-index cells, a
 * cap's vertex neighbours, else those of the cap around its lat-lng rectangle), and the candidates wait in a binary max-heap with the exact
 * sift-up and sift-down of the C++ standard library's {@code std::priority_queue}, so equal priorities pop in the
 * same order. Cell containment and intersection tests are the Java library's. Not thread-safe: one instance per
 * covering.
 */
final class CellCoverer {
    private static final int MAX_LEVEL = 30;
    private static final int CHILDREN = 4;

    private final int minLevel;
    private final int maxLevel;
    private final int maxCells;
    private S2Region region;
    private final List<S2CellId> result = new ArrayList<>();
    private final List<Entry> heap = new ArrayList<>();

    private record Entry(int priority, Candidate candidate) {
    }

    private static final class Candidate {
        final S2Cell cell;
        final boolean terminal;
        final List<Candidate> children = new ArrayList<>(CHILDREN);
        boolean forcedTerminal;

        Candidate(S2Cell cell, boolean terminal) {
            this.cell = cell;
            this.terminal = terminal;
        }

        boolean isTerminal() {
            return terminal || forcedTerminal;
        }
    }

    CellCoverer(int minLevel, int maxLevel, int maxCells) {
        this.minLevel = minLevel;
        this.maxLevel = maxLevel;
        this.maxCells = maxCells;
    }

    /** The covering, normalized and sorted, cells below the minimum level replaced by their descendants. */
    List<S2CellId> covering(S2Region target) {
        region = target;
        result.clear();
        heap.clear();
        for (S2CellId id : fastCovering(target)) {
            add(newCandidate(new S2Cell(id)));
        }
        while (!heap.isEmpty()) {
            Candidate c = pop().candidate();
            if (c.cell.level() < minLevel || c.children.size() == 1
                    || result.size() + heap.size() + c.children.size() <= maxCells) {
                for (Candidate child : c.children) {
                    add(child);
                }
            } else {
                c.forcedTerminal = true;
                add(c);
            }
        }
        List<S2CellId> cells = new ArrayList<>(result);
        S2CellUnion.normalize(cells);
        List<S2CellId> out = new ArrayList<>(cells.size());
        for (S2CellId id : cells) {
            if (id.level() >= minLevel) {
                out.add(id);
            } else {
                for (S2CellId c = id.childBegin(minLevel); !c.equals(id.childEnd(minLevel)); c = c.next()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private Candidate newCandidate(S2Cell cell) {
        if (!region.mayIntersect(cell)) {
            return null;
        }
        boolean terminal = cell.level() >= minLevel && (cell.level() + 1 > maxLevel || region.contains(cell));
        return new Candidate(cell, terminal);
    }

    private void add(Candidate c) {
        if (c == null) {
            return;
        }
        if (c.isTerminal()) {
            result.add(c.cell.id());
            return;
        }
        int terminals = expandChildren(c);
        if (c.children.isEmpty()) {
            return;
        }
        if (terminals == CHILDREN && c.cell.level() >= minLevel) {
            c.forcedTerminal = true;
            add(c);
            return;
        }
        // larger cells first, then fewer children, then fewer terminal children (C++ priority, negated)
        int priority = ((c.cell.level() << 2) + c.children.size() << 2) + terminals;
        push(new Entry(-priority, c));
    }

    private int expandChildren(Candidate c) {
        int terminals = 0;
        for (int position = 0; position < CHILDREN; position++) {
            Candidate child = newCandidate(new S2Cell(c.cell.id().child(position)));
            if (child != null) {
                c.children.add(child);
                terminals += child.isTerminal() ? 1 : 0;
            }
        }
        return terminals;
    }

    // libstdc++ push_heap: sift up while the parent is strictly less.
    private void push(Entry e) {
        heap.add(e);
        siftUp(heap.size() - 1, 0, e);
    }

    private void siftUp(int hole, int top, Entry value) {
        int parent = (hole - 1) / 2;
        while (hole > top && heap.get(parent).priority() < value.priority()) {
            heap.set(hole, heap.get(parent));
            hole = parent;
            parent = (hole - 1) / 2;
        }
        heap.set(hole, value);
    }

    // libstdc++ pop_heap: the last entry fills the hole left by the top, moved down along the larger children
    // (the right one on ties), then sifted up.
    private Entry pop() {
        Entry top = heap.get(0);
        Entry last = heap.remove(heap.size() - 1);
        int len = heap.size();
        if (len == 0) {
            return top;
        }
        int hole = 0;
        int child = 0;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (heap.get(child).priority() < heap.get(child - 1).priority()) {
                child--;
            }
            heap.set(hole, heap.get(child));
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            heap.set(hole, heap.get(child - 1));
            hole = child - 1;
        }
        siftUp(hole, 0, last);
        return top;
    }

    /** C++ {@code GetFastCovering} with at most 4 cells: the region's cell-union bound, canonicalized. */
    private List<S2CellId> fastCovering(S2Region target) {
        List<S2CellId> cells = cellUnionBound(target);
        if (maxLevel < MAX_LEVEL) {
            cells.replaceAll(id -> id.level() > maxLevel ? id.parent(maxLevel) : id);
        }
        S2CellUnion.normalize(cells);
        while (cells.size() > CHILDREN && !isCanonical(cells)) {
            int best = -1;
            int bestLevel = -1;
            for (int i = 0; i + 1 < cells.size(); i++) {
                int level = cells.get(i).getCommonAncestorLevel(cells.get(i + 1));
                if (level > bestLevel) {
                    bestLevel = level;
                    best = i;
                }
            }
            if (bestLevel < 0) {
                break;
            }
            S2CellId ancestor = cells.get(best).parent(bestLevel);
            cells.removeIf(ancestor::contains);
            cells.add(ancestor);
            S2CellUnion.normalize(cells);
        }
        return cells;
    }

    /** C++ {@code IsCanonical} for a covering with minimum level 0 and level-mod 1, at most 4 cells wanted. */
    private boolean isCanonical(List<S2CellId> cells) {
        boolean tooMany = cells.size() > CHILDREN;
        for (int i = 1; i < cells.size(); i++) {
            if (tooMany && cells.get(i).getCommonAncestorLevel(cells.get(i - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static List<S2CellId> cellUnionBound(S2Region target) {
        if (target instanceof S2Polygon p) {
            return indexBound(p.index());
        }
        // C++ S2RegionUnion bounds itself by the cap of its lat-lng rectangle (the Java union merges the caps)
        return capBound(target instanceof S2Cap cap ? cap : target.getRectBound().getCapBound());
    }

    /** C++ {@code S2Cap::GetCellUnionBound}: the 4 cells around the vertex nearest the center, or the 6 faces. */
    private static List<S2CellId> capBound(S2Cap cap) {
        List<S2CellId> cells = new ArrayList<>();
        int level = levelForMinWidth(cap.angle().radians()) - 1;
        if (level < 0) {
            for (int face = 0; face < 6; face++) {
                cells.add(S2CellId.fromFace(face));
            }
        } else {
            S2CellId.fromPoint(cap.axis()).getVertexNeighbors(level, cells);
        }
        return cells;
    }

    /** C++ {@code S2::kMinWidth.GetLevelForMinValue}. */
    private static int levelForMinWidth(double value) {
        if (value <= 0) {
            return MAX_LEVEL;
        }
        int level = Math.getExponent(S2Projections.PROJ.minWidth.deriv() / value);
        return Math.max(0, Math.min(MAX_LEVEL, level));
    }

    /**
     * C++ {@code S2ShapeIndexRegion::GetCellUnionBound}: per cell at the level just below the common ancestor of
     * all index cells, the smallest cell covering the index cells inside it.
     */
    private static List<S2CellId> indexBound(S2ShapeIndex index) {
        List<S2CellId> ids = new ArrayList<>();
        for (S2Iterator<S2ShapeIndex.Cell> it = index.iterator(); !it.done(); it.next()) {
            ids.add(it.id());
        }
        List<S2CellId> cells = new ArrayList<>();
        if (ids.isEmpty()) {
            return cells;
        }
        S2CellId lastIndexId = ids.get(ids.size() - 1);
        int at = 0;
        if (!ids.get(0).equals(lastIndexId)) {
            int level = ids.get(0).getCommonAncestorLevel(lastIndexId) + 1;
            S2CellId lastId = lastIndexId.parent(level);
            for (S2CellId id = ids.get(0).parent(level); !id.equals(lastId); id = id.next()) {
                if (id.rangeMax().lessThan(ids.get(at))) {
                    continue;
                }
                S2CellId first = ids.get(at);
                int end = lowerBound(ids, id.rangeMax().next()) - 1;
                cells.add(coverRange(first, ids.get(end)));
                at = end + 1;
            }
        }
        cells.add(coverRange(ids.get(at), lastIndexId));
        return cells;
    }

    private static int lowerBound(List<S2CellId> ids, S2CellId key) {
        int lo = 0;
        int hi = ids.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ids.get(mid).lessThan(key)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static S2CellId coverRange(S2CellId first, S2CellId last) {
        return first.equals(last) ? first : first.parent(first.getCommonAncestorLevel(last));
    }
}
