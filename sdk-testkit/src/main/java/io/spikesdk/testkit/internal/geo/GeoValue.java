package io.spikesdk.testkit.internal.geo;

import com.google.common.geometry.S1Angle;
import com.google.common.geometry.S2Cap;
import com.google.common.geometry.S2CellId;
import com.google.common.geometry.S2LatLng;
import com.google.common.geometry.S2Loop;
import com.google.common.geometry.S2Point;
import com.google.common.geometry.S2Polygon;
import com.google.common.geometry.S2Region;
import com.google.common.geometry.S2RegionUnion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parsed GeoJSON as the real server reads it (SRV {@code geospatial/geojson.cc}): a Point becomes the leaf S2 cell it
 * falls in; a Polygon (outer loop and holes, nested by containment) an {@link S2Polygon}; a MultiPolygon the union of
 * its polygons; an AeroCircle {@code [[lng, lat], meters]} an {@link S2Cap} on a sphere of radius 6371000 m. A Feature
 * is read through its geometry. Each loop drops consecutive repeated vertices, must then have at least 4 positions
 * and end where it starts, and is normalized (a loop enclosing more than a hemisphere is inverted), so its
 * orientation does not matter; loops are not otherwise validated, as on the real server.
 */
public final class GeoValue {
    /** The real server's {@code geo2dsphere-within.earth-radius-meters}. */
    public static final double EARTH_RADIUS_METERS = 6_371_000.0;

    private final S2CellId cell;
    private final S2Region region;

    private GeoValue(S2CellId cell, S2Region region) {
        this.cell = cell;
        this.region = region;
    }

    /** A point known only by its leaf cell, as a stored particle gives it. */
    static GeoValue ofCell(long cellId) {
        return new GeoValue(new S2CellId(cellId), null);
    }

    public static GeoValue parse(byte[] json) throws GeoJsonException {
        return parse(new String(json, StandardCharsets.UTF_8));
    }

    public static GeoValue parse(String json) throws GeoJsonException {
        Object root = JsonReader.read(json);
        if (!(root instanceof Map<?, ?> obj)) {
            throw new GeoJsonException("top level geojson element not object");
        }
        String type = type(obj);
        if (type.equals("Feature")) {
            if (!(obj.get("geometry") instanceof Map<?, ?> geometry)) {
                throw new GeoJsonException("missing or non-object geometry element");
            }
            return geometry(type(geometry), geometry.get("coordinates"));
        }
        return geometry(type, obj.get("coordinates"));
    }

    private static String type(Map<?, ?> obj) throws GeoJsonException {
        if (!(obj.get("type") instanceof String type)) {
            throw new GeoJsonException("missing or non-string geometry type");
        }
        return type;
    }

    private static GeoValue geometry(String type, Object coords) throws GeoJsonException {
        switch (type) {
            case "Point":
                return new GeoValue(S2CellId.fromPoint(point(coords)), null);
            case "Polygon":
                return new GeoValue(null, polygon(coords));
            case "MultiPolygon":
                List<S2Region> polygons = new ArrayList<>();
                for (Object p : array(coords)) {
                    polygons.add(polygon(p));
                }
                return new GeoValue(null, new S2RegionUnion(polygons));
            case "AeroCircle":
                List<?> circle = array(coords);
                if (circle.size() != 2) {
                    throw new GeoJsonException("malformed circle coordinate array");
                }
                S2Point center = point(circle.get(0));
                if (!(circle.get(1) instanceof Double radius)) {
                    throw new GeoJsonException("radius not numeric value");
                }
                S1Angle angle = S1Angle.radians(Math.min(radius / EARTH_RADIUS_METERS, Math.PI));
                return new GeoValue(null, S2Cap.fromAxisAngle(center, angle));
            default:
                throw new GeoJsonException("unknown geometry type: " + type);
        }
    }

    private static S2Polygon polygon(Object coords) throws GeoJsonException {
        List<S2Loop> loops = new ArrayList<>();
        for (Object ring : array(coords)) {
            loops.add(loop(ring));
        }
        return new S2Polygon(loops);
    }

    private static S2Loop loop(Object ring) throws GeoJsonException {
        List<S2Point> points = new ArrayList<>();
        for (Object position : array(ring)) {
            S2Point p = point(position);
            if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
                points.add(p);
            }
        }
        if (points.size() < 4) {
            throw new GeoJsonException("loop contains less than 4 points");
        }
        if (!points.get(0).equals(points.get(points.size() - 1))) {
            throw new GeoJsonException("loop not closed");
        }
        points.remove(points.size() - 1);
        S2Loop loop = new S2Loop(points);
        loop.normalize();
        return loop;
    }

    private static S2Point point(Object coords) throws GeoJsonException {
        List<?> c = array(coords);
        if (c.size() != 2) {
            throw new GeoJsonException("expected 2 coordinates, saw " + c.size());
        }
        if (!(c.get(0) instanceof Double lng) || !(c.get(1) instanceof Double lat)) {
            throw new GeoJsonException("coordinate not numeric value");
        }
        S2LatLng latLng = S2LatLng.fromDegrees(lat, lng);
        if (!latLng.isValid()) {
            throw new GeoJsonException("invalid latitude-longitude");
        }
        return latLng.toPoint();
    }

    private static List<?> array(Object o) throws GeoJsonException {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new GeoJsonException("missing coordinates or not an array");
    }

    public boolean isRegion() {
        return region != null;
    }

    /** The leaf cell of a point (null for a region). */
    public S2CellId cell() {
        return cell;
    }

    /** The region (null for a point). */
    public S2Region region() {
        return region;
    }

    /**
     * The real server's geo match ({@code as_geojson_match}, strict): a point query matches a candidate region that
     * contains it, a region query a candidate point inside it; points are taken at the center of their leaf cell.
     * A point never matches a point, nor a region a region.
     */
    public boolean matches(GeoValue query) {
        if (!query.isRegion()) {
            return isRegion() && region.contains(query.cell.toPoint());
        }
        return !isRegion() && cell.id() != 0 && query.region.contains(cell.toPoint());
    }
}
