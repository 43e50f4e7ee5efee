package io.spikesdk.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.PartitionFilter;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import com.aerospike.client.task.IndexTask;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Geospatial writes and GEO2DSPHERE queries through the official client: GeoJSON accepted and refused (160), points
 * within regions and regions containing points computed on the sphere (not the plane), holes, MultiPolygons, circles
 * across the antimeridian, list and CDT-context indexes, CMP_GEO filter expressions, pages of one record, and the
 * error codes of bad query GeoJSON (4) and missing or mismatched indexes (201).
 */
class GeoQueryTest extends OfficialClientTest {
    private static final String NS = TestTarget.NAMESPACE;
    private static final String SET = "geo_it";
    private static final String EMPTY_SET = "geo_it_empty";
    private static final List<String> INDEXES = List.of("geo_it_loc", "geo_it_list", "geo_it_ctx", "geo_it_empty_loc");
    private static final String SQUARE_WITH_HOLE = polygon(new double[][] {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
            new double[][] {{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}});
    /** At longitude 0 its geodesic edges pass at about 73.9 and 79.7 degrees of latitude. */
    private static final String BAND_AT_60 = polygon(new double[][] {{-60, 60}, {60, 60}, {60, 70}, {-60, 70},
        {-60, 60}});
    private static final String TWO_SQUARES = "{\"type\":\"MultiPolygon\",\"coordinates\":["
            + "[[[20,20],[21,20],[21,21],[20,21],[20,20]]],[[[30,30],[31,30],[31,31],[30,31],[30,30]]]]}";

    /** Named points, each a record keyed by its name in the bin "loc". */
    private static final Map<String, double[]> POINTS = Map.ofEntries(
            Map.entry("p_in_square", new double[] {2, 2}),
            Map.entry("p_in_hole", new double[] {5, 5}),
            Map.entry("p_out_square", new double[] {11, 5}),
            Map.entry("p_plane_only", new double[] {0, 65}),
            Map.entry("p_sphere_only", new double[] {0, 75}),
            Map.entry("p_first_square", new double[] {20.5, 20.5}),
            Map.entry("p_second_square", new double[] {30.5, 30.5}),
            Map.entry("p_east_of_180", new double[] {-179.9, 0}),
            Map.entry("p_west_of_180", new double[] {179.6, 0}),
            Map.entry("p_far_from_180", new double[] {-179.5, 0}));

    @BeforeAll
    static void writeThenIndex() {
        WritePolicy policy = new WritePolicy();
        policy.sendKey = true;
        POINTS.forEach((name, p) -> put(policy, name, new Bin("loc", Value.getAsGeoJSON(point(p[0], p[1])))));
        put(policy, "r_square", new Bin("loc", Value.getAsGeoJSON(SQUARE_WITH_HOLE)));
        put(policy, "r_band", new Bin("loc", Value.getAsGeoJSON(BAND_AT_60)));
        put(policy, "r_two_squares", new Bin("loc", Value.getAsGeoJSON(TWO_SQUARES)));
        put(policy, "r_circle_180", new Bin("loc", Value.getAsGeoJSON(circle(179.99, 0, 50_000))));
        put(policy, "l_points", new Bin("spots", List.of(Value.getAsGeoJSON(point(2, 2)),
                Value.getAsGeoJSON(point(40, 40)))), new Bin("nested", Map.of("home", Value.getAsGeoJSON(point(3, 3)))));
        put(policy, "l_far", new Bin("spots", List.of(Value.getAsGeoJSON(point(40, 40)))),
                new Bin("nested", Map.of("home", Value.getAsGeoJSON(point(50, 50)))));
        put(policy, "not_geo", new Bin("loc", "{\"type\":\"Point\",\"coordinates\":[2,2]}"));
        awaitAll(List.of(
                client.createIndex(null, NS, SET, "geo_it_loc", "loc", IndexType.GEO2DSPHERE),
                client.createIndex(null, NS, SET, "geo_it_list", "spots", IndexType.GEO2DSPHERE,
                        IndexCollectionType.LIST),
                client.createIndex(null, NS, SET, "geo_it_ctx", "nested", IndexType.GEO2DSPHERE,
                        IndexCollectionType.DEFAULT, CTX.mapKey(Value.get("home"))),
                client.createIndex(null, NS, EMPTY_SET, "geo_it_empty_loc", "loc", IndexType.GEO2DSPHERE)));
    }

    @AfterAll
    static void dropIndexes() {
        awaitAll(INDEXES.stream().map(name -> client.dropIndex(null, NS, SET, name)).toList());
    }

    private static void put(WritePolicy policy, String name, Bin... bins) {
        Key key = new Key(NS, SET, name);
        client.delete(null, key);
        client.put(policy, key, bins);
    }

    private static void awaitAll(List<IndexTask> tasks) {
        tasks.forEach(IndexTask::waitTillComplete);
    }

    @Test
    void pointsWithinAPolygonWithAHole() {
        assertEquals(Set.of("p_in_square"), names(Filter.geoWithinRegion("loc", SQUARE_WITH_HOLE)));
    }

    @Test
    void polygonEdgesAreGeodesics() {
        assertEquals(Set.of("p_sphere_only"), names(Filter.geoWithinRegion("loc", BAND_AT_60)));
        assertEquals(Set.of("r_band"), names(Filter.geoContains("loc", point(0, 75))));
        assertEquals(Set.of(), names(Filter.geoContains("loc", point(0, 65))));
    }

    @Test
    void multiPolygons() {
        assertEquals(Set.of("p_first_square", "p_second_square"), names(Filter.geoWithinRegion("loc", TWO_SQUARES)));
        assertEquals(Set.of("r_two_squares"), names(Filter.geoContains("loc", point(30.2, 30.9))));
        assertEquals(Set.of(), names(Filter.geoContains("loc", point(25, 25))));
    }

    @Test
    void regionsContainingAPoint() {
        assertEquals(Set.of("r_square"), names(Filter.geoContains("loc", point(1, 9))));
        assertEquals(Set.of(), names(Filter.geoContains("loc", point(5, 5))), "in the hole");
    }

    @Test
    void circlesAcrossTheAntimeridian() {
        assertEquals(Set.of("p_east_of_180", "p_west_of_180"),
                names(Filter.geoWithinRadius("loc", 179.99, 0, 50_000)));
        assertEquals(Set.of("r_circle_180"), names(Filter.geoContains("loc", point(-179.8, 0.1))));
    }

    /** The query's GeoJSON decides: a region returns the points in it, a point the regions around it. */
    @Test
    void theQueryShapeDecidesNotTheFilterName() {
        assertEquals(Set.of("p_in_square"), names(Filter.geoContains("loc", SQUARE_WITH_HOLE)));
        assertEquals(Set.of("r_square"), names(Filter.geoWithinRegion("loc", point(1, 9))));
    }

    @Test
    void listAndContextIndexes() {
        assertEquals(Set.of("l_points"),
                names(Filter.geoWithinRegion("spots", IndexCollectionType.LIST, SQUARE_WITH_HOLE)));
        assertEquals(Set.of("l_points", "l_far"),
                names(Filter.geoWithinRadius("spots", IndexCollectionType.LIST, 40, 40, 1000)));
        assertEquals(Set.of("l_points"), names(Filter.geoWithinRegion("nested", SQUARE_WITH_HOLE,
                CTX.mapKey(Value.get("home")))));
    }

    @Test
    void filterExpressionsAgreeWithQueries() {
        QueryPolicy policy = new QueryPolicy();
        policy.filterExp = Exp.build(Exp.geoCompare(Exp.geoBin("loc"), Exp.geo(BAND_AT_60)));
        assertEquals(Set.of("p_sphere_only"), names(policy, Filter.geoWithinRegion("loc", circle(0, 70, 2_000_000))));
        policy.filterExp = Exp.build(Exp.geoCompare(Exp.geoBin("loc"), Exp.geo(point(5, 1))));
        assertEquals(Set.of("r_square"), names(policy, Filter.geoContains("loc", point(5, 1))));
    }

    @Test
    void aPageSizeOfOneVisitsEveryMatchOnce() {
        Statement statement = statement(Filter.geoWithinRegion("loc", polygon(new double[][] {{-1, -1}, {40, -1},
            {40, 40}, {-1, 40}, {-1, -1}})));
        statement.setMaxRecords(1);
        PartitionFilter partitions = PartitionFilter.all();
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 20 && !partitions.isDone(); page++) {
            try (RecordSet rs = client.queryPartitions(null, statement, partitions)) {
                while (rs.next()) {
                    seen.add((String) rs.getKey().userKey.getObject());
                }
            }
        }
        assertEquals(List.of("p_first_square", "p_in_hole", "p_in_square", "p_out_square", "p_second_square"),
                seen.stream().sorted().toList());
    }

    @Test
    void anEmptySetGivesNoRecords() {
        Statement statement = new Statement();
        statement.setNamespace(NS);
        statement.setSetName(EMPTY_SET);
        statement.setFilter(Filter.geoWithinRadius("loc", 0, 0, 1_000_000));
        try (RecordSet rs = client.query(null, statement)) {
            assertTrue(!rs.next());
        }
    }

    @Test
    void storedValuesReadBackAsWritten() {
        Record record = client.get(null, new Key(NS, SET, "r_square"));
        assertEquals(SQUARE_WITH_HOLE, record.getGeoJSONString("loc"));
    }

    @Test
    void invalidGeoJsonIsRefusedOnWriteWith160() {
        Key key = new Key(NS, SET, "invalid");
        String unclosed = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
        for (String json : List.of(unclosed, point(0, 91), point(181, 0), "not json",
                "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}")) {
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> client.put(null, key, new Bin("loc", Value.getAsGeoJSON(json))), json);
            assertEquals(160, e.getResultCode(), json);
        }
        assertNull(client.get(null, key));
    }

    @Test
    void queryErrors() {
        String unclosed = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
        assertEquals(4, queryError(Filter.geoWithinRegion("loc", unclosed)));
        assertEquals(4, queryError(Filter.geoWithinRegion("loc", "{bad")));
        assertEquals(201, queryError(Filter.geoWithinRegion("no_index", SQUARE_WITH_HOLE)));
        assertEquals(201, queryError(Filter.range("loc", 1, 5)), "a numeric filter on a geo index");
        assertEquals(201, queryError(Filter.geoWithinRegion("spots", SQUARE_WITH_HOLE)), "collection type differs");
    }

    private static int queryError(Filter filter) {
        AerospikeException e = assertThrows(AerospikeException.class, () -> names(filter));
        return e.getResultCode();
    }

    private static Statement statement(Filter filter) {
        Statement statement = new Statement();
        statement.setNamespace(NS);
        statement.setSetName(SET);
        statement.setFilter(filter);
        return statement;
    }

    private static Set<String> names(Filter filter) {
        return names(null, filter);
    }

    private static Set<String> names(QueryPolicy policy, Filter filter) {
        Set<String> names = new TreeSet<>();
        try (RecordSet rs = client.query(policy, statement(filter))) {
            while (rs.next()) {
                names.add((String) rs.getKey().userKey.getObject());
            }
        }
        return names;
    }

    static String point(double lng, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%s,%s]}", lng, lat);
    }

    static String circle(double lng, double lat, double meters) {
        return String.format(Locale.ROOT, "{\"type\":\"AeroCircle\",\"coordinates\":[[%s,%s],%s]}", lng, lat, meters);
    }

    /** A Polygon of rings of {lng, lat} positions: the outer loop, then the holes. */
    static String polygon(double[][]... rings) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        for (int r = 0; r < rings.length; r++) {
            sb.append(r == 0 ? "[" : ",[");
            for (int i = 0; i < rings[r].length; i++) {
                sb.append(i == 0 ? "" : ",")
                        .append(String.format(Locale.ROOT, "[%s,%s]", rings[r][i][0], rings[r][i][1]));
            }
            sb.append(']');
        }
        return sb.append("]}").toString();
    }
}
