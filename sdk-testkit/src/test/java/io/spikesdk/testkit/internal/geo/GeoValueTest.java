package io.spikesdk.testkit.internal.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** GeoJSON accepted and refused as by CE 8.1.2.0, and the exact spherical match. */
class GeoValueTest {
    private static final String SQUARE_WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],"
            + "[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}";
    // The edges at latitudes 60 and 70 are great circles: at longitude 0 they reach about 73.9 and 79.7 degrees.
    private static final String BAND_AT_60 = "{\"type\":\"Polygon\",\"coordinates\":[[[-60,60],[60,60],[60,70],"
            + "[-60,70],[-60,60]]]}";

    static GeoValue parse(String json) throws GeoJsonException {
        return GeoValue.parse(json);
    }

    static GeoValue point(double lng, double lat) throws GeoJsonException {
        return parse("{\"type\":\"Point\",\"coordinates\":[" + lng + "," + lat + "]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
        "{\"type\":\"Point\",\"coordinates\":[0,91]}",
        "{\"type\":\"Point\",\"coordinates\":[181,0]}",
        "hello",
        "",
        "[1,2]",
        "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}",
        "{\"type\":\"Point\",\"coordinates\":[1,2]} x",
        "{\"type\":\"Point\",\"coordinates\":[1,2,3]}",
        "{\"type\":\"Point\",\"coordinates\":[\"1\",2]}",
        "{\"type\":\"Point\",\"coordinates\":[1e400,2]}",
        "{\"type\":\"Point\",\"coordinates\":[01,2]}",
        "{\"type\":\"Point\"}",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}",
        "{\"type\":\"AeroCircle\",\"coordinates\":[[1,2]]}",
        "{\"type\":\"AeroCircle\",\"coordinates\":[[1,2],\"5\"]}",
    })
    void refusedAsTheRealServerRefusesThem(String json) {
        assertThrows(GeoJsonException.class, () -> parse(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}",
        "{\"type\":\"Polygon\",\"coordinates\":[]}",
        "{\"type\":\"MultiPolygon\",\"coordinates\":[]}",
        "{\"type\":\"AeroCircle\",\"coordinates\":[[1,2],-5]}",
        "{\"type\":\"Polygon\",\"type\":\"Point\",\"coordinates\":[1,2]}",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,1],[1,0],[0,0]]]}",
    })
    void acceptedAsTheRealServerAcceptsThem(String json) throws GeoJsonException {
        parse(json);
    }

    @Test
    void aPointIsItsLeafCellAsOnTheRealServer() throws GeoJsonException {
        assertEquals(0x808fb8a247954393L, point(-122.0, 37.5).cell().id());
        assertFalse(point(-122.0, 37.5).isRegion());
    }

    @Test
    void polygonHolesAndOrientation() throws GeoJsonException {
        GeoValue square = parse(SQUARE_WITH_HOLE);
        assertTrue(point(2, 2).matches(square));
        assertFalse(point(5, 5).matches(square));
        assertFalse(point(11, 5).matches(square));
        GeoValue clockwise = parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}");
        assertTrue(point(0.5, 0.5).matches(clockwise));
        assertFalse(point(50, 50).matches(clockwise));
    }

    @Test
    void edgesAreGreatCirclesNotParallels() throws GeoJsonException {
        GeoValue band = parse(BAND_AT_60);
        assertFalse(point(0, 65).matches(band), "inside in the plane, below the geodesic on the sphere");
        assertTrue(point(0, 75).matches(band), "outside in the plane, between the geodesics on the sphere");
        assertTrue(band.matches(point(0, 75)));
    }

    @Test
    void circlesOnTheSphereAcrossTheAntimeridian() throws GeoJsonException {
        GeoValue circle = parse("{\"type\":\"AeroCircle\",\"coordinates\":[[179.99,0],50000]}");
        assertTrue(point(-179.9, 0).matches(circle));
        assertTrue(point(179.6, 0).matches(circle));
        assertFalse(point(-179.5, 0).matches(circle));
    }

    @Test
    void multiPolygonAndTheMatchRules() throws GeoJsonException {
        GeoValue multi = parse("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
                + "[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}");
        assertTrue(point(5.5, 5.5).matches(multi));
        assertTrue(multi.matches(point(0.5, 0.5)));
        assertFalse(multi.matches(point(3, 3)));
        assertFalse(multi.matches(multi), "a region never matches a region");
        assertFalse(point(1, 1).matches(point(1, 1)), "nor a point a point");
    }
}
