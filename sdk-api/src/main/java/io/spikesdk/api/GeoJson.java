package io.spikesdk.api;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A GeoJSON document stored as the server's GEOJSON particle type (usable with geo indexes and queries).
 *
 * <p>Immutable. {@link #of} does not validate the text (the server rejects invalid GeoJSON); the builders
 * {@link #point}, {@link #polygon}, {@link #polygonWithHoles} and {@link #circle} check their coordinates.
 * Coordinates are (longitude, latitude) in degrees, as GeoJSON orders them.
 */
public final class GeoJson {

    private final String json;

    private GeoJson(String json) {
        this.json = json;
    }

    /**
     * Wraps a GeoJSON text such as {@code {"type":"Point","coordinates":[-122.0,37.5]}}.
     *
     * @throws NullPointerException if {@code json} is null
     */
    public static GeoJson of(String json) {
        if (json == null) {
            throw new NullPointerException("json: GeoJSON text must not be null");
        }
        return new GeoJson(json);
    }

    /**
     * A Point: {@code {"type":"Point","coordinates":[lng,lat]}}.
     *
     * @throws IllegalArgumentException for a longitude outside [-180, 180] or a latitude outside [-90, 90]
     */
    public static GeoJson point(double lng, double lat) {
        checkPosition(lng, lat, "point");
        StringBuilder json = new StringBuilder(64).append("{\"type\":\"Point\",\"coordinates\":");
        appendPosition(json, lng, lat);
        return new GeoJson(json.append('}').toString());
    }

    /**
     * A Polygon without holes from its vertices, each {@code {lng, lat}}; the ring is closed (the first vertex
     * repeated at the end) unless it already is. Edges are great-circle arcs between the vertices.
     *
     * @throws IllegalArgumentException for fewer than 3 distinct vertices, a vertex that is not a pair, or a
     *     coordinate out of range
     */
    public static GeoJson polygon(double[]... vertices) {
        StringBuilder json = new StringBuilder(64 + 48 * vertices.length)
            .append("{\"type\":\"Polygon\",\"coordinates\":[");
        appendRing(json, vertices, "polygon");
        return new GeoJson(json.append("]}").toString());
    }

    /**
     * A Polygon with holes: {@code outer} and each hole as in {@link #polygon}, each hole inside the outer ring.
     *
     * @throws IllegalArgumentException as {@link #polygon} does, for any ring
     */
    public static GeoJson polygonWithHoles(double[][] outer, double[][]... holes) {
        StringBuilder json = new StringBuilder(128).append("{\"type\":\"Polygon\",\"coordinates\":[");
        appendRing(json, outer, "polygon outer ring");
        for (int i = 0; i < holes.length; i++) {
            json.append(',');
            appendRing(json, holes[i], "polygon hole " + i);
        }
        return new GeoJson(json.append("]}").toString());
    }

    /**
     * Aerospike's circle region: the points within {@code radiusMeters} of ({@code lng}, {@code lat}) on the
     * sphere, {@code {"type": "AeroCircle", "coordinates": [[lng, lat], radius]}} (the text the official clients
     * send for a radius query).
     *
     * @throws IllegalArgumentException for a coordinate out of range or a negative or non-finite radius
     */
    public static GeoJson circle(double lng, double lat, double radiusMeters) {
        checkPosition(lng, lat, "circle center");
        if (!(radiusMeters >= 0) || Double.isInfinite(radiusMeters)) {
            throw new IllegalArgumentException("circle radius must be a finite number of meters >= 0, got "
                + radiusMeters);
        }
        return new GeoJson(String.format(Locale.ROOT,
            "{ \"type\": \"AeroCircle\", \"coordinates\": [[%.8f, %.8f], %f] }", lng, lat, radiusMeters));
    }

    private static void appendRing(StringBuilder json, double[][] vertices, String what) {
        Objects.requireNonNull(vertices, what);
        int distinct = 0;
        for (int i = 0; i < vertices.length; i++) {
            double[] v = vertices[i];
            if (v == null || v.length != 2) {
                throw new IllegalArgumentException(what + " vertex " + i + " must be {lng, lat}");
            }
            checkPosition(v[0], v[1], what + " vertex " + i);
            boolean repeat = i > 0 && sameVertex(v, vertices[i - 1]);
            boolean closing = i == vertices.length - 1 && i > 0 && sameVertex(v, vertices[0]);
            if (!repeat && !closing) {
                distinct++;
            }
        }
        if (distinct < 3) {
            throw new IllegalArgumentException(what + " needs at least 3 distinct vertices, got " + distinct);
        }
        json.append('[');
        for (double[] v : vertices) {
            appendPosition(json, v[0], v[1]);
            json.append(',');
        }
        if (!sameVertex(vertices[0], vertices[vertices.length - 1])) {
            appendPosition(json, vertices[0][0], vertices[0][1]);
        } else {
            json.setLength(json.length() - 1);
        }
        json.append(']');
    }

    private static boolean sameVertex(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    private static void appendPosition(StringBuilder json, double lng, double lat) {
        json.append('[').append(BigDecimal.valueOf(lng).toPlainString()).append(',')
            .append(BigDecimal.valueOf(lat).toPlainString()).append(']');
    }

    private static void checkPosition(double lng, double lat, String what) {
        if (!(lng >= -180 && lng <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(what + ": longitude must be in [-180, 180] and latitude in [-90, 90],"
                + " got (" + lng + ", " + lat + ")");
        }
    }

    /** The GeoJSON text. */
    public String json() {
        return json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoJson && ((GeoJson) o).json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "GeoJson" + json;
    }
}
