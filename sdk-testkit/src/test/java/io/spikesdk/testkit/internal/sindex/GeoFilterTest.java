package io.spikesdk.testkit.internal.sindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.geometry.S2CellId;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell ranges of geo queries: ascending, unsigned, disjoint. */
class GeoFilterTest {
    private static GeoFilter parse(String json) throws GeoJsonException {
        return GeoFilter.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPointAsksForItsLeafAndEveryAncestorDownToLevelOne() throws GeoJsonException {
        List<long[]> ranges = parse("{\"type\":\"Point\",\"coordinates\":[-122.0,37.5]}").ranges();
        assertEquals(30, ranges.size());
        S2CellId leaf = new S2CellId(0x808fb8a247954393L);
        for (long[] r : ranges) {
            assertEquals(r[0], r[1]);
            assertTrue(new S2CellId(r[0]).contains(leaf));
        }
        assertSortedUnsigned(ranges);
    }

    @Test
    void aRegionAsksForTheRangesOfItsQueryCoveringAtMostLevel20() throws GeoJsonException {
        List<long[]> ranges = parse("{\"type\":\"AeroCircle\",\"coordinates\":[[179.99,0],50000]}").ranges();
        assertEquals(12, ranges.size());
        for (long[] r : ranges) {
            assertTrue(Long.compareUnsigned(r[0], r[1]) < 0);
        }
        assertSortedUnsigned(ranges);
    }

    @Test
    void invalidQueryGeoJsonIsRefused() {
        assertThrows(GeoJsonException.class,
                () -> parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"));
    }

    private static void assertSortedUnsigned(List<long[]> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            assertTrue(Long.compareUnsigned(ranges.get(i - 1)[1], ranges.get(i)[0]) < 0);
        }
    }
}
