package io.spikesdk.testkit.internal.exp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed GeoJSON value: Point, Polygon (with holes), MultiPolygon or AeroCircle. Containment is planar in
 * (longitude, latitude) for polygons and great-circle distance for circles: close to, not identical with, the
 * server's S2 cell geometry near edges.
 */
final class GeoShape {
    private static final double EARTH_RADIUS_METERS = 6_371_000.0;

    private final double[] point;
    private final List<List<double[][]>> polygons;
    private final double radius;

    private GeoShape(double[] point, List<List<double[][]>> polygons, double radius) {
        this.point = point;
        this.polygons = polygons;
        this.radius = radius;
    }

    /** Parses GeoJSON text (UTF-8); anything else than the supported shapes raises PARAMETER_ERROR. */
    static GeoShape parse(byte[] json) throws ExpException {
        Object root = JsonReader.read(new String(json, StandardCharsets.UTF_8));
        if (!(root instanceof Map<?, ?> obj) || !(obj.get("type") instanceof String type)) {
            throw ExpException.param("GeoJSON object with a type expected");
        }
        Object coords = obj.get("coordinates");
        switch (type) {
            case "Point":
                return new GeoShape(position(coords), null, 0);
            case "Polygon":
                return new GeoShape(null, List.of(polygon(coords)), 0);
            case "MultiPolygon":
                List<List<double[][]>> polys = new ArrayList<>();
                for (Object p : list(coords, 1)) {
                    polys.add(polygon(p));
                }
                return new GeoShape(null, polys, 0);
            case "AeroCircle":
                List<?> c = list(coords, 2);
                if (c.size() != 2 || !(c.get(1) instanceof Double r) || !(r >= 0) || r.isInfinite()) {
                    throw ExpException.param("AeroCircle needs [[lng, lat], radius]");
                }
                return new GeoShape(position(c.get(0)), null, r);
            default:
                throw ExpException.param("unsupported GeoJSON type " + type);
        }
    }

    /** CMP_GEO with this as candidate: a query point must lie in a candidate region, a query region contain a
     * candidate point. */
    boolean matches(GeoShape query) {
        if (query.isPoint()) {
            return !isPoint() && contains(query.point);
        }
        return isPoint() && query.contains(point);
    }

    private boolean isPoint() {
        return polygons == null && radius == 0;
    }

    private boolean contains(double[] p) {
        if (polygons == null) {
            return radius > 0 && distanceMeters(point, p) <= radius;
        }
        for (List<double[][]> rings : polygons) {
            if (inRing(rings.get(0), p)) {
                boolean inHole = false;
                for (int i = 1; i < rings.size() && !inHole; i++) {
                    inHole = inRing(rings.get(i), p);
                }
                if (!inHole) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Even-odd ray casting in the (lng, lat) plane. */
    private static boolean inRing(double[][] ring, double[] p) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double[] a = ring[i];
            double[] b = ring[j];
            if ((a[1] > p[1]) != (b[1] > p[1])
                    && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double distanceMeters(double[] a, double[] b) {
        double lat1 = Math.toRadians(a[1]);
        double lat2 = Math.toRadians(b[1]);
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(b[0] - a[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static List<double[][]> polygon(Object coords) throws ExpException {
        List<double[][]> rings = new ArrayList<>();
        for (Object r : list(coords, 1)) {
            List<?> pts = list(r, 4);
            double[][] ring = new double[pts.size()][];
            for (int i = 0; i < ring.length; i++) {
                ring[i] = position(pts.get(i));
            }
            double[] first = ring[0];
            double[] last = ring[ring.length - 1];
            if (first[0] != last[0] || first[1] != last[1]) {
                throw ExpException.param("polygon ring is not closed");
            }
            rings.add(ring);
        }
        return rings;
    }

    private static double[] position(Object o) throws ExpException {
        List<?> c = list(o, 2);
        if (!(c.get(0) instanceof Double lng) || !(c.get(1) instanceof Double lat) || Math.abs(lng) > 180
                || Math.abs(lat) > 90) {
            throw ExpException.param("invalid GeoJSON position");
        }
        return new double[] {lng, lat};
    }

    private static List<?> list(Object o, int min) throws ExpException {
        if (o instanceof List<?> l && l.size() >= min) {
            return l;
        }
        throw ExpException.param("GeoJSON coordinates array too short or missing");
    }
}
