package io.spikesdk.testkit.internal.geo;

import com.google.common.geometry.S2CellId;
import com.google.common.geometry.S2Region;
import com.google.common.geometry.S2RegionCoverer;
import java.util.ArrayList;
import java.util.List;

/**
 * The S2 cell coverings of regions (SRV {@code geo_region_cover}): a stored particle or index entry is covered with
 * levels 1 to 30 (the real server covers stored values without its namespace settings), a query region with the
 * namespace's {@code geo2dsphere-within} settings, levels 1 to 20; both with at most 12 cells and level-mod 1.
 * A covering of more cells than that (and more than the 6 faces) is a failure, as on the real server.
 */
public final class GeoCoverer {
    private static final int MAX_CELLS = 12;
    private static final GeoCoverer STORED = new GeoCoverer(1, 30);
    private static final GeoCoverer QUERY = new GeoCoverer(1, 20);

    private final S2RegionCoverer coverer;

    private GeoCoverer(int minLevel, int maxLevel) {
        this.coverer = S2RegionCoverer.builder().setMinLevel(minLevel).setMaxLevel(maxLevel).setMaxCells(MAX_CELLS)
                .setLevelMod(1).build();
    }

    /** The cells a stored region keeps, in covering order. */
    public static long[] stored(S2Region region) throws GeoJsonException {
        return STORED.cover(region);
    }

    /** The cells of a query region, in covering order. */
    public static long[] query(S2Region region) throws GeoJsonException {
        return QUERY.cover(region);
    }

    private long[] cover(S2Region region) throws GeoJsonException {
        ArrayList<S2CellId> covering = new ArrayList<>();
        coverer.getCovering(region, covering);
        if (covering.size() > Math.max(6, MAX_CELLS)) {
            throw new GeoJsonException("region covered with " + covering.size() + " cells");
        }
        return ids(covering);
    }

    private static long[] ids(List<S2CellId> cells) {
        long[] out = new long[cells.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cells.get(i).id();
        }
        return out;
    }
}
