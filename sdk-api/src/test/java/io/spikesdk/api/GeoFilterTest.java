package io.spikesdk.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GeoJSON builders' text and checks, the geo filters, and filters with a context. */
class GeoFilterTest {

    @Test
    void pointText() {
        assertEquals("{\"type\":\"Point\",\"coordinates\":[-122.4194,37.7749]}", GeoJson.point(-122.4194, 37.7749).json());
        assertEquals("{\"type\":\"Point\",\"coordinates\":[0.000010,-90.0]}", GeoJson.point(1e-5, -90).json());
    }

    @Test
    void polygonIsClosedOnce() {
        String closed = "{\"type\":\"Polygon\",\"coordinates\":[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]]}";
        assertEquals(closed, GeoJson.polygon(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1}).json());
        assertEquals(closed, GeoJson.polygon(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1},
            new double[] {0, 0}).json());
    }

    @Test
    void polygonWithHoles() {
        double[][] outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
        double[][] hole = {{4, 4}, {6, 4}, {6, 6}};
        assertEquals("{\"type\":\"Polygon\",\"coordinates\":[[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,10.0],[0.0,0.0]],"
            + "[[4.0,4.0],[6.0,4.0],[6.0,6.0],[4.0,4.0]]]}", GeoJson.polygonWithHoles(outer, hole).json());
    }

    @Test
    void circleTextIsTheOfficialClientsRadiusText() {
        assertEquals("{ \"type\": \"AeroCircle\", \"coordinates\": [[-122.50000000, 37.00000000], 1500.500000] }",
            GeoJson.circle(-122.5, 37, 1500.5).json());
    }

    @Test
    void badCoordinatesAreRefused() {
        assertMessage("latitude", () -> GeoJson.point(0, 90.5));
        assertMessage("longitude", () -> GeoJson.point(-180.01, 0));
        assertMessage("longitude", () -> GeoJson.point(Double.NaN, 0));
        assertMessage("radius", () -> GeoJson.circle(0, 0, -1));
        assertMessage("radius", () -> GeoJson.circle(0, 0, Double.POSITIVE_INFINITY));
        assertMessage("3 distinct vertices", () -> GeoJson.polygon(new double[] {0, 0}, new double[] {1, 1},
            new double[] {0, 0}));
        assertMessage("vertex 1", () -> GeoJson.polygon(new double[] {0, 0}, new double[] {1}, new double[] {2, 2}));
        assertMessage("hole 0 vertex 2", () -> GeoJson.polygonWithHoles(new double[][] {{0, 0}, {1, 0}, {1, 1}},
            new double[][] {{0, 0}, {1, 0}, {1, 100}}));
    }

    @Test
    void geoFiltersCarryTheTextTypedGeoJson() {
        GeoJson square = GeoJson.polygon(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1},
            new double[] {0, 1});
        Filter within = Filter.geoWithinRegion("g", square);
        assertEquals(ParticleType.GEOJSON, within.particleType());
        assertEquals(square.json(), within.begin().toObject());
        assertEquals(within.begin(), within.end());
        assertEquals(IndexCollectionType.DEFAULT, within.collectionType());

        Filter radius = Filter.geoWithinRadius("g", IndexCollectionType.LIST, 1, 2, 3);
        assertEquals(GeoJson.circle(1, 2, 3).json(), radius.begin().toObject());
        assertEquals(IndexCollectionType.LIST, radius.collectionType());

        assertEquals(GeoJson.point(1, 2).json(), Filter.geoContainsPoint("g", 1, 2).begin().toObject());
        assertThrows(NullPointerException.class, () -> Filter.geoWithinRegion("g", null));
    }

    @Test
    void contextMakesANewFilter() {
        IndexContext ctx = IndexContext.of(new byte[] {(byte) 0x92, 0x10, 0x01});
        Filter plain = Filter.range("l", IndexCollectionType.LIST, 1, 2);
        Filter inside = plain.withContext(ctx);
        assertNull(plain.context());
        assertEquals(ctx, inside.context());
        assertEquals(plain.begin(), inside.begin());
        assertEquals(ParticleType.INTEGER, inside.particleType());
        assertTrue(inside.toString().contains("IndexContext(khAB)"), inside.toString());
        assertEquals("khAB", ctx.toBase64());
        assertThrows(IllegalArgumentException.class, () -> IndexContext.of(new byte[0]));
        assertThrows(NullPointerException.class, () -> plain.withContext(null));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
