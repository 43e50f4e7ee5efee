package io.spikesdk.testkit.internal.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.geometry.S2CellId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Coverings equal to those CE 8.1.2.0 stored (read back from its particles), and always true coverings. */
class CellCovererTest {
    private static long[] stored(String json) throws GeoJsonException {
        return GeoCoverer.stored(GeoValue.parse(json).region());
    }

    @Test
    void polygonWithAHole() throws GeoJsonException {
        assertArrayEquals(new long[] {0x0555555555555555L, 0x0fd0000000000000L, 0x0fe4000000000000L,
            0x0ffc000000000000L, 0x1040000000000000L, 0x1a84000000000000L, 0x1a9c000000000000L, 0x1aa4000000000000L,
            0x1aac000000000000L},
                stored("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
                        + "[[2,2],[3,2],[3,3],[2,3],[2,2]]]}"));
    }

    @Test
    void clockwiseSquare() throws GeoJsonException {
        assertArrayEquals(new long[] {0x0555555555555555L, 0x0ffe400000000000L, 0x0fffd00000000000L,
            0x0ffff00000000000L, 0x1001000000000000L, 0x1aaa0c0000000000L, 0x1aaa700000000000L, 0x1aaa900000000000L,
            0x1aaab00000000000L},
                stored("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"));
    }

    @Test
    void wideBand() throws GeoJsonException {
        assertArrayEquals(new long[] {0x4390000000000000L, 0x4450000000000000L, 0x4470000000000000L,
            0x44c0000000000000L, 0x4540000000000000L, 0x45c0000000000000L, 0x4c30000000000000L, 0x4e40000000000000L,
            0x4ec0000000000000L, 0x4f10000000000000L, 0x4f70000000000000L, 0x4fc0000000000000L},
                stored("{\"type\":\"Polygon\",\"coordinates\":[[[-60,60],[60,60],[60,70],[-60,70],[-60,60]]]}"));
    }

    @Test
    void circleOverTheAntimeridian() throws GeoJsonException {
        assertArrayEquals(new long[] {0x6555150000000000L, 0x6555340000000000L, 0x65553c0000000000L,
            0x6555500000000000L, 0x6555700000000000L, 0x6fff900000000000L, 0x6fffbf0000000000L, 0x6fffc40000000000L,
            0x6fffdc0000000000L, 0x6ffff00000000000L, 0x7000400000000000L, 0x7aaac00000000000L},
                stored("{\"type\":\"AeroCircle\",\"coordinates\":[[179.99,0],50000]}"));
    }

    @Test
    void multiPolygon() throws GeoJsonException {
        assertArrayEquals(new long[] {0x0555555555555555L, 0x0ffe400000000000L, 0x0fffc00000000000L,
            0x1001000000000000L, 0x1015550000000000L, 0x103f700000000000L, 0x103fc00000000000L, 0x1041000000000000L,
            0x106a700000000000L, 0x106ac00000000000L, 0x1aaa400000000000L, 0x1aaac00000000000L},
                stored("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
                        + "[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}"));
    }

    /** A union starts from the cap around its lat-lng rectangle, not from the union of its polygons' caps. */
    @Test
    void multiPolygonStartsFromItsRectangle() throws GeoJsonException {
        assertArrayEquals(new long[] {0x70ab000000000000L, 0x70ad000000000000L, 0x70b3000000000000L,
            0x70b5000000000000L, 0x7744000000000000L, 0x774c000000000000L, 0x7754000000000000L, 0x775b000000000000L,
            0x79f0000000000000L},
                stored("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-153.061184,-1.768169],[-157.061129,-0.559211],"
                        + "[-158.819044,-0.333543],[-158.128613,-3.836646],[-153.870234,-3.968840],"
                        + "[-153.061184,-1.768169]]],[[[-151.485779,1.628977],[-153.464258,0.299193],"
                        + "[-154.652459,1.235439],[-155.502712,2.094887],[-156.801961,4.206017],[-154.980470,4.517220],"
                        + "[-152.563154,3.690441],[-152.455261,2.863003],[-151.485779,1.628977]]]]}"));
    }

    @Test
    void emptyRegionsHaveNoCells() throws GeoJsonException {
        assertEquals(0, stored("{\"type\":\"AeroCircle\",\"coordinates\":[[1,2],-5]}").length);
        assertEquals(0, stored("{\"type\":\"Polygon\",\"coordinates\":[]}").length);
    }

    /** Whatever the tie-breaking, a covering must cover: every random point inside lies in one of its cells. */
    @Test
    void randomCirclesAreCovered() throws GeoJsonException {
        Random random = new Random(14);
        for (int i = 0; i < 200; i++) {
            double lng = random.nextDouble() * 360 - 180;
            double lat = random.nextDouble() * 180 - 90;
            double meters = Math.pow(10, 1 + random.nextDouble() * 5);
            GeoValue circle = GeoValue.parse("{\"type\":\"AeroCircle\",\"coordinates\":[[" + lng + "," + lat + "],"
                    + meters + "]}");
            long[] query = GeoCoverer.query(circle.region());
            assertTrue(query.length <= 12);
            for (int j = 0; j < 20; j++) {
                double dLng = (random.nextDouble() - 0.5) * 2 * meters / 111_000
                        / Math.max(0.05, Math.cos(Math.toRadians(lat)));
                double dLat = (random.nextDouble() - 0.5) * 2 * meters / 111_000;
                double pLat = Math.max(-90, Math.min(90, lat + dLat));
                double pLng = ((lng + dLng + 540) % 360) - 180;
                GeoValue p = GeoValue.parse("{\"type\":\"Point\",\"coordinates\":[" + pLng + "," + pLat + "]}");
                if (p.matches(circle)) {
                    assertTrue(covers(query, p.cell()), "point " + pLng + "," + pLat + " in circle " + i);
                }
            }
        }
    }

    private static boolean covers(long[] cells, S2CellId leaf) {
        for (long cell : cells) {
            if (new S2CellId(cell).contains(leaf)) {
                return true;
            }
        }
        return false;
    }
}
