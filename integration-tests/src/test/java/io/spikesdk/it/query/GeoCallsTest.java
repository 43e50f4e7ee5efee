package io.spikesdk.it.query;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Filter;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.IndexContext;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.Key;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Statement;
import io.spikesdk.cdt.CTX;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Geo queries through our client ({@code Filter.geoWithinRegion / geoWithinRadius / geoContainsPoint}, the
 * {@code GeoJson} builders): on the sphere, with holes, across the antimeridian, on list elements, map values and
 * inside the bin, after updates and deletes, with a CMP_GEO filter expression, in pages of one; GeoJSON the server refuses (160 on write, 4 in a query)
 * and a query without a geo index (201).
 */
class GeoCallsTest {
    private static final String SET = "it_geo_client";
    private static final List<String> INDEXES = List.of("it_geo_loc", "it_geo_spots", "it_geo_home",
        "it_geo_places");
    private static final GeoJson SQUARE_WITH_HOLE = GeoJson.polygonWithHoles(
        new double[][] {{0, 0}, {10, 0}, {10, 10}, {0, 10}}, new double[][] {{4, 4}, {6, 4}, {6, 6}, {4, 6}});
    /** Its edges are great circles: at longitude 0 they pass at about 73.9 and 79.7 degrees of latitude. */
    private static final GeoJson BAND_AT_60 = GeoJson.polygon(new double[] {-60, 60}, new double[] {60, 60},
        new double[] {60, 70}, new double[] {-60, 70});
    private static final IndexContext AT_HOME = CTX.indexContext(CTX.mapKey("home"));
    private static final String UNCLOSED = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
    private static AerospikeClient client;

    @BeforeAll
    static void setUp() {
        client = Aerospike.client(TestTarget.config().build()).connect();
        put("in_square", Bin.of("loc", GeoJson.point(2, 2)));
        put("in_hole", Bin.of("loc", GeoJson.point(5, 5)));
        put("sphere_only", Bin.of("loc", GeoJson.point(0, 75)));
        put("plane_only", Bin.of("loc", GeoJson.point(0, 65)));
        put("east_of_180", Bin.of("loc", GeoJson.point(-179.9, 0)));
        put("west_of_180", Bin.of("loc", GeoJson.point(179.6, 0)));
        put("square", Bin.of("loc", SQUARE_WITH_HOLE));
        put("band", Bin.of("loc", BAND_AT_60));
        put("circle_180", Bin.of("loc", GeoJson.circle(179.99, 0, 50_000)));
        put("spots_near", Bin.of("spots", List.of(GeoJson.point(2, 3), GeoJson.point(40, 40))),
            Bin.of("nested", Map.of("home", GeoJson.point(3, 3))));
        put("spots_far", Bin.of("spots", List.of(GeoJson.point(40, 40))),
            Bin.of("nested", Map.of("home", GeoJson.point(50, 50))));
        put("places_near", Bin.of("places", Map.of("a", GeoJson.point(3, 2), "b", GeoJson.point(30, 30))));
        put("places_far", Bin.of("places", Map.of("a", GeoJson.point(30, 30))));
        for (String name : INDEXES) {
            client.dropIndex(TestTarget.NAMESPACE, SET, name);
        }
        client.createIndex(TestTarget.NAMESPACE, SET, "it_geo_loc", "loc", IndexType.GEO2DSPHERE).waitTillComplete();
        client.createIndex(TestTarget.NAMESPACE, SET, "it_geo_spots", "spots", IndexType.GEO2DSPHERE,
            IndexCollectionType.LIST).waitTillComplete();
        client.createIndex(TestTarget.NAMESPACE, SET, "it_geo_home", "nested", IndexType.GEO2DSPHERE,
            IndexCollectionType.DEFAULT, AT_HOME).waitTillComplete();
        client.createIndex(TestTarget.NAMESPACE, SET, "it_geo_places", "places", IndexType.GEO2DSPHERE,
            IndexCollectionType.MAPVALUES).waitTillComplete();
    }

    @AfterAll
    static void tearDown() {
        for (String name : INDEXES) {
            client.dropIndex(TestTarget.NAMESPACE, SET, name);
        }
        client.close();
    }

    private static void put(String name, Bin... bins) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, name);
        client.delete(key);
        List<Bin> all = new ArrayList<>(List.of(bins));
        all.add(Bin.of("name", name));
        client.put(key, all.toArray(Bin[]::new));
    }

    private static Set<String> names(QueryPolicy policy, Filter filter) {
        try (RecordStream found = client.query(policy, Statement.builder(TestTarget.NAMESPACE).set(SET)
            .filter(filter).build())) {
            return found.stream().map(r -> r.record().getString("name")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> names(Filter filter) {
        return names(null, filter);
    }

    @Test
    void pointsWithinRegionsOnTheSphere() {
        assertEquals(Set.of("in_square"), names(Filter.geoWithinRegion("loc", SQUARE_WITH_HOLE)));
        assertEquals(Set.of("sphere_only"), names(Filter.geoWithinRegion("loc", BAND_AT_60)));
        assertEquals(Set.of("east_of_180", "west_of_180"), names(Filter.geoWithinRadius("loc", 179.99, 0, 50_000)));
    }

    @Test
    void regionsContainingAPoint() {
        assertEquals(Set.of("square"), names(Filter.geoContainsPoint("loc", 1, 9)));
        assertEquals(Set.of(), names(Filter.geoContainsPoint("loc", 5, 5)), "in the hole");
        assertEquals(Set.of("band"), names(Filter.geoContainsPoint("loc", GeoJson.point(0, 75))));
        assertEquals(Set.of(), names(Filter.geoContainsPoint("loc", 0, 65)));
        assertEquals(Set.of("circle_180"), names(Filter.geoContainsPoint("loc", -179.8, 0.1)));
    }

    @Test
    void listElementsAndValuesInsideTheBin() {
        assertEquals(Set.of("spots_near"),
            names(Filter.geoWithinRegion("spots", IndexCollectionType.LIST, SQUARE_WITH_HOLE)));
        assertEquals(Set.of("spots_far", "spots_near"),
            names(Filter.geoWithinRadius("spots", IndexCollectionType.LIST, 40, 40, 1000)));
        assertEquals(Set.of("spots_near"),
            names(Filter.geoWithinRegion("nested", SQUARE_WITH_HOLE).withContext(AT_HOME)));
    }

    @Test
    void mapValues() {
        assertEquals(Set.of("places_near"),
            names(Filter.geoWithinRegion("places", IndexCollectionType.MAPVALUES, SQUARE_WITH_HOLE)));
        assertEquals(Set.of("places_far", "places_near"),
            names(Filter.geoWithinRadius("places", IndexCollectionType.MAPVALUES, 30, 30, 100)));
    }

    /** The index follows the records: a moved point leaves the area, a deleted one is gone. */
    @Test
    void updatesAndDeletesAreSeenByTheNextQuery() {
        Filter nearby = Filter.geoWithinRadius("loc", 100, 10, 10_000);
        put("mover", Bin.of("loc", GeoJson.point(100.01, 10)));
        assertEquals(Set.of("mover"), names(nearby));
        put("mover", Bin.of("loc", GeoJson.point(120, 10)));
        assertEquals(Set.of(), names(nearby));
        put("mover", Bin.of("loc", GeoJson.point(100, 10.01)));
        assertEquals(Set.of("mover"), names(nearby));
        client.delete(Key.of(TestTarget.NAMESPACE, SET, "mover"));
        assertEquals(Set.of(), names(nearby));
    }

    @Test
    void aFilterExpressionAgreesWithTheQuery() {
        QueryPolicy policy = QueryPolicy.builder()
            .filterExpression(Exp.build(Exp.geoCompare(Exp.geoBin("loc"), Exp.geo(BAND_AT_60.json())))).build();
        assertEquals(Set.of("sphere_only"), names(policy, Filter.geoWithinRadius("loc", 0, 70, 2_000_000)));
    }

    @Test
    void pagesOfOne() {
        QueryPolicy one = QueryPolicy.builder().maxRecords(1).build();
        Statement statement = Statement.builder(TestTarget.NAMESPACE).set(SET)
            .filter(Filter.geoWithinRadius("loc", 0, 0, 3_000_000)).build();
        PartitionFilter pages = PartitionFilter.all();
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 10 && !pages.isDone(); page++) {
            try (RecordStream found = client.query(one, pages, statement)) {
                found.forEachRemaining(r -> seen.add(r.record().getString("name")));
            }
        }
        assertEquals(List.of("in_hole", "in_square"), seen.stream().sorted().toList());
    }

    @Test
    void refusedGeoJsonAndMissingIndexes() {
        AerospikeException write = assertThrows(AerospikeException.class,
            () -> client.put(Key.of(TestTarget.NAMESPACE, SET, "bad"), Bin.of("loc", GeoJson.of(UNCLOSED))));
        assertEquals(ResultCode.GEO_INVALID_GEOJSON, write.resultCode());
        assertFalse(client.exists(Key.of(TestTarget.NAMESPACE, SET, "bad")));
        AerospikeException query = assertThrows(AerospikeException.class,
            () -> names(Filter.geoWithinRegion("loc", GeoJson.of(UNCLOSED))));
        assertEquals(ResultCode.PARAMETER_ERROR, query.resultCode());
        AerospikeException noIndex = assertThrows(AerospikeException.class,
            () -> names(Filter.geoWithinRegion("name", SQUARE_WITH_HOLE)));
        assertEquals(ResultCode.INDEX_NOT_FOUND, noIndex.resultCode());
    }
}
