package io.spikesdk.testkit.internal.geo;

import com.google.common.geometry.S2CellId;
import com.google.common.geometry.S2Region;
import java.util.List;

/**
 * The S2 cell coverings of regions (SRV {@code geo_region_cover}): a stored particle or index entry is covered with
 * levels 1 to 30 (the real server covers stored values without its namespace settings), a query region with the
 * namespace's {@code geo2dsphere-within} settings, levels 1 to 20; both with at most 12 cells and level-mod 1.
 * A covering of more cells than that (and more than the 6 faces) is a failure, as on the real server.
 */
public final class GeoCoverer {
    private static final int MAX_CELLS = 12;
    private static final int MIN_LEVEL = 1;
    private static final int STORED_MAX_LEVEL = 30;
    private static final int QUERY_MAX_LEVEL = 20;

    private GeoCoverer() {
    }

    /** The cells a stored region keeps, in covering order. */
    public static long[] stored(S2Region region) throws GeoJsonException {
        return cover(region, STORED_MAX_LEVEL);
    }

    /** The cells of a query region, in covering order. */
    public static long[] query(S2Region region) throws GeoJsonException {
        return cover(region, QUERY_MAX_LEVEL);
    }

    private static long[] cover(S2Region region, int maxLevel) throws GeoJsonException {
        List<S2CellId> covering = new CellCoverer(MIN_LEVEL, maxLevel, MAX_CELLS).covering(region);
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
