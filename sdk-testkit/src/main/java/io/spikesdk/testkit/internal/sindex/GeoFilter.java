package io.spikesdk.testkit.internal.sindex;

import com.google.common.geometry.S2CellId;
import io.spikesdk.testkit.internal.geo.GeoCoverer;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The filter of a GEO2DSPHERE query (SRV {@code query.c range_from_msg_geojson}): the query GeoJSON and the cell
 * ranges of index values it looks at, in ascending unsigned order. A point asks for the regions containing it: its
 * leaf cell and each ancestor down to level 1, every one a range of one value. A region asks for the points within
 * it: one range per cell of its query covering. Index entries in the ranges are then checked exactly
 * ({@link GeoValue#matches}).
 *
 * @param query the query GeoJSON
 * @param ranges inclusive unsigned {@code [start, end]} pairs, sorted by start
 */
record GeoFilter(GeoValue query, List<long[]> ranges) {
    static GeoFilter parse(byte[] json) throws GeoJsonException {
        GeoValue query = GeoValue.parse(new String(json, StandardCharsets.UTF_8));
        List<long[]> ranges = new ArrayList<>();
        if (query.isRegion()) {
            for (long cell : GeoCoverer.query(query.region())) {
                S2CellId id = new S2CellId(cell);
                ranges.add(new long[] {id.rangeMin().id(), id.rangeMax().id()});
            }
        } else {
            for (S2CellId id = query.cell(); id.level() > 0; id = id.parent()) {
                ranges.add(new long[] {id.id(), id.id()});
            }
        }
        ranges.sort(Comparator.comparing((long[] r) -> r[0], Long::compareUnsigned));
        return new GeoFilter(query, List.copyOf(ranges));
    }
}
