package io.spikesdk.api;

import java.util.Objects;

/**
 * The secondary-index condition of a query: equality or a range on the values of a bin, or of the elements of
 * its list / keys / values of its map ({@link IndexCollectionType}), or a geospatial relation on a GEO2DSPHERE
 * index. The query needs an index on that bin with the matching type, collection type and
 * {@linkplain #withContext context}; without one the server answers INDEX_NOT_FOUND (201). Immutable.
 */
public final class Filter {
    private final String bin;
    private final IndexCollectionType collectionType;
    private final int particleType;
    private final Value begin;
    private final Value end;
    private final IndexContext context;

    private Filter(String bin, IndexCollectionType collectionType, Value begin, Value end) {
        this(bin, collectionType, begin.particleType(), begin, end, null);
    }

    private Filter(String bin, IndexCollectionType collectionType, int particleType, Value begin, Value end,
                   IndexContext context) {
        this.bin = Objects.requireNonNull(bin, "bin");
        this.collectionType = Objects.requireNonNull(collectionType, "collectionType");
        this.particleType = particleType;
        this.begin = begin;
        this.end = end;
        this.context = context;
    }

    /** A geo filter: the GeoJSON text travels as the begin and end values, typed GEOJSON. */
    private static Filter geo(String bin, IndexCollectionType type, String json) {
        Value text = new Value.StringValue(json);
        return new Filter(bin, type, ParticleType.GEOJSON, text, text, null);
    }

    /** Bin value equal to {@code value}. */
    public static Filter equal(String bin, long value) {
        Value v = new Value.LongValue(value);
        return new Filter(bin, IndexCollectionType.DEFAULT, v, v);
    }

    /** Bin value equal to {@code value}. */
    public static Filter equal(String bin, String value) {
        Value v = new Value.StringValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, IndexCollectionType.DEFAULT, v, v);
    }

    /** Bin value equal to {@code value} (a blob index). */
    public static Filter equal(String bin, byte[] value) {
        Value v = new Value.BytesValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, IndexCollectionType.DEFAULT, v, v);
    }

    /**
     * Bin value within {@code begin..end}, both included.
     *
     * @throws IllegalArgumentException when {@code begin > end}
     */
    public static Filter range(String bin, long begin, long end) {
        return range(bin, IndexCollectionType.DEFAULT, begin, end);
    }

    /** A list element, map key or map value (per {@code type}) within {@code begin..end}, both included. */
    public static Filter range(String bin, IndexCollectionType type, long begin, long end) {
        if (begin > end) {
            throw new IllegalArgumentException("range: begin " + begin + " is greater than end " + end);
        }
        return new Filter(bin, type, new Value.LongValue(begin), new Value.LongValue(end));
    }

    /** A list element, map key or map value (per {@code type}) equal to {@code value}. */
    public static Filter contains(String bin, IndexCollectionType type, long value) {
        Value v = new Value.LongValue(value);
        return new Filter(bin, type, v, v);
    }

    /** A list element, map key or map value (per {@code type}) equal to {@code value}. */
    public static Filter contains(String bin, IndexCollectionType type, String value) {
        Value v = new Value.StringValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, type, v, v);
    }

    /** A list element, map key or map value (per {@code type}) equal to {@code value}. */
    public static Filter contains(String bin, IndexCollectionType type, byte[] value) {
        Value v = new Value.BytesValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, type, v, v);
    }

    /**
     * Points (of a GEO2DSPHERE index on {@code bin}) inside {@code region}: a Polygon, MultiPolygon or AeroCircle,
     * e.g. {@link GeoJson#polygon}. Containment is on the sphere: polygon edges are great-circle arcs.
     */
    public static Filter geoWithinRegion(String bin, GeoJson region) {
        return geoWithinRegion(bin, IndexCollectionType.DEFAULT, region);
    }

    /** {@link #geoWithinRegion(String, GeoJson)} over list elements or map keys / values (per {@code type}). */
    public static Filter geoWithinRegion(String bin, IndexCollectionType type, GeoJson region) {
        return geo(bin, type, Objects.requireNonNull(region, "region").json());
    }

    /**
     * Points (of a GEO2DSPHERE index on {@code bin}) within {@code radiusMeters} of ({@code lng}, {@code lat}):
     * the AeroCircle of {@link GeoJson#circle}.
     *
     * @throws IllegalArgumentException for a coordinate out of range or a negative or non-finite radius
     */
    public static Filter geoWithinRadius(String bin, double lng, double lat, double radiusMeters) {
        return geoWithinRadius(bin, IndexCollectionType.DEFAULT, lng, lat, radiusMeters);
    }

    /** {@link #geoWithinRadius(String, double, double, double)} over list elements or map keys / values. */
    public static Filter geoWithinRadius(String bin, IndexCollectionType type, double lng, double lat,
                                         double radiusMeters) {
        return geo(bin, type, GeoJson.circle(lng, lat, radiusMeters).json());
    }

    /**
     * Regions (Polygons, MultiPolygons, AeroCircles of a GEO2DSPHERE index on {@code bin}) that contain
     * {@code point}, e.g. {@link GeoJson#point}.
     */
    public static Filter geoContainsPoint(String bin, GeoJson point) {
        return geoContainsPoint(bin, IndexCollectionType.DEFAULT, point);
    }

    /** {@link #geoContainsPoint(String, GeoJson)} over list elements or map keys / values. */
    public static Filter geoContainsPoint(String bin, IndexCollectionType type, GeoJson point) {
        return geo(bin, type, Objects.requireNonNull(point, "point").json());
    }

    /** Regions of a GEO2DSPHERE index on {@code bin} that contain the point ({@code lng}, {@code lat}). */
    public static Filter geoContainsPoint(String bin, double lng, double lat) {
        return geoContainsPoint(bin, GeoJson.point(lng, lat));
    }

    /**
     * This filter on the values found at {@code context} inside the bin: the query then needs an index created
     * with the same context ({@code AerospikeClient.createIndex(..., IndexContext)}).
     */
    public Filter withContext(IndexContext context) {
        return new Filter(bin, collectionType, particleType, begin, end, Objects.requireNonNull(context, "context"));
    }

    /** The path inside the bin the filter applies to, or null for the bin's value itself. */
    public IndexContext context() {
        return context;
    }

    public String bin() {
        return bin;
    }

    public IndexCollectionType collectionType() {
        return collectionType;
    }

    /** The particle type of the values compared (INTEGER, STRING, BLOB or GEOJSON). */
    public int particleType() {
        return particleType;
    }

    public Value begin() {
        return begin;
    }

    public Value end() {
        return end;
    }

    @Override
    public String toString() {
        return "Filter[" + bin + " " + collectionType + " " + begin + ".." + end
            + (context == null ? "" : " at " + context) + "]";
    }
}
