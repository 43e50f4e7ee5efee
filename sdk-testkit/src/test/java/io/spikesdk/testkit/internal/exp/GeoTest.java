package io.spikesdk.testkit.internal.exp;

import static io.spikesdk.testkit.internal.exp.Eval.buildCode;
import static io.spikesdk.testkit.internal.exp.Eval.isFalse;
import static io.spikesdk.testkit.internal.exp.Eval.isTrue;
import static io.spikesdk.testkit.internal.exp.Eval.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.exp.Exp;
import org.junit.jupiter.api.Test;

/** CMP_GEO: points within regions, regions containing points. */
class GeoTest {
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
            + "[[4,4],[6,4],[6,6],[4,6],[4,4]]]}";
    private static final String CIRCLE = "{\"type\":\"AeroCircle\",\"coordinates\":[[-122.0,37.5],1000.0]}";

    private static String point(double lng, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lng + "," + lat + "]}";
    }

    @Test
    void pointCandidateWithinRegionQuery() {
        isTrue(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(SQUARE)), FakeRecord.of().geoBin("g", point(2, 2)));
        isFalse(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(SQUARE)), FakeRecord.of().geoBin("g", point(5, 5)));
        isFalse(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(SQUARE)), FakeRecord.of().geoBin("g", point(11, 5)));
        isTrue(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(CIRCLE)), FakeRecord.of().geoBin("g", point(-122.005, 37.5)));
        isFalse(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(CIRCLE)), FakeRecord.of().geoBin("g", point(-122.02, 37.5)));
    }

    @Test
    void regionCandidateContainingPointQuery() {
        isTrue(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(point(1, 9))), FakeRecord.of().geoBin("g", SQUARE));
        isFalse(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(point(-1, 9))), FakeRecord.of().geoBin("g", SQUARE));
        isFalse(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(SQUARE)), FakeRecord.of().geoBin("g", SQUARE));
        isFalse(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(point(1, 1))), FakeRecord.of().geoBin("g", point(1, 1)));
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[20,20],[30,20],[30,30],[20,20]]]]}";
        isTrue(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(point(29, 21))), FakeRecord.of().geoBin("g", multi));
    }

    @Test
    void invalidGeoJson() {
        assertEquals(4, buildCode(Exp.geo("{\"type\":\"Point\"}")));
        assertEquals(4, buildCode(Exp.geo("not json")));
        assertEquals(4, buildCode(Exp.geo("{\"type\":\"Point\",\"coordinates\":[200,0]}")));
        assertEquals(4, buildCode(Exp.geo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,2]]]}")));
        assertEquals(4, buildCode(Exp.geoCompare(Exp.stringBin("g"), Exp.geo(SQUARE))));
        unknown(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(SQUARE)), FakeRecord.of().geoBin("g", "{bad"));
        unknown(Exp.geoCompare(Exp.geoBin("g"), Exp.geo(SQUARE)), FakeRecord.of());
    }
}
