package io.spikesdk.it.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geospatial cases: a few records holding random points, polygons (some with a hole), MultiPolygons and circles (and
 * now and then invalid GeoJSON), some with a list of points, then one GEO2DSPHERE query (points within a random
 * region, or regions containing a random point; on the plain bin or the list) with or without a CMP_GEO filter
 * expression and in pages of one, and CMP_GEO reads of every record. Shapes gather around one center so queries
 * find something; sizes range from meters to thousands of kilometers, also across the antimeridian and near the
 * poles.
 */
final class GeoCases implements CaseGenerator {
    private static final Double[] SIZES_DEGREES = {0.001, 0.05, 1.0, 8.0, 30.0};

    @Override
    public String category() {
        return "geo";
    }

    @Override
    public Case generate(Gen g) {
        double[] center = center(g);
        double size = g.pick(SIZES_DEGREES);
        List<String> shapes = new ArrayList<>();
        int n = g.nextInt(9);
        for (int i = 0; i < n; i++) {
            shapes.add(shape(g, center, size));
        }
        List<List<String>> spots = new ArrayList<>();
        int lists = g.chance(40) ? 1 + g.nextInt(3) : 0;
        for (int i = 0; i < lists; i++) {
            List<String> points = new ArrayList<>();
            for (int j = 1 + g.nextInt(3); j > 0; j--) {
                points.add(point(near(g, center, size)));
            }
            spots.add(points);
        }
        boolean onList = lists > 0 && g.chance(50);
        String query = g.chance(30) ? point(near(g, center, size * 0.3)) : region(g, center, size * (1 + g.nextInt(2)));
        if (g.chance(3)) {
            query = unclosed(center, size);
        }
        String filter = g.chance(30) ? (g.chance(50) ? region(g, center, size) : point(near(g, center, size * 0.3)))
                : null;
        return new Case(category(), Setup.NONE, new GeoCall(shapes, spots, query, onList, filter, g.chance(25)));
    }

    private static double[] center(Gen g) {
        return switch (g.nextInt(6)) {
            case 0 -> new double[] {180 - g.nextInt(100) / 1000.0, (g.nextInt(1200) - 600) / 10.0};
            case 1 -> new double[] {(g.nextInt(3600) - 1800) / 10.0, 75 + g.nextInt(100) / 10.0};
            default -> new double[] {(g.nextInt(3600) - 1800) / 10.0, (g.nextInt(1400) - 700) / 10.0};
        };
    }

    private static String shape(Gen g, double[] center, double size) {
        return switch (g.nextInt(24)) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 -> point(near(g, center, size));
            case 12, 13, 14, 15 -> region(g, near(g, center, size * 0.3), size);
            case 16, 17 -> withHole(g, near(g, center, size * 0.3), size);
            case 18, 19, 20 -> circle(g, near(g, center, size * 0.3), size);
            case 21, 22 -> "{\"type\":\"MultiPolygon\",\"coordinates\":["
                    + rings(g, near(g, center, size * 0.3), size * 0.5) + ","
                    + rings(g, near(g, center, size), size * 0.5) + "]}";
            default -> g.chance(50) ? unclosed(center, size) : "{\"type\":\"Point\",\"coordinates\":[0,90.5]}";
        };
    }

    /** A random region: a star-shaped polygon, a circle or a MultiPolygon of two. */
    static String region(Gen g, double[] center, double size) {
        return switch (g.nextInt(4)) {
            case 0, 1 -> "{\"type\":\"Polygon\",\"coordinates\":" + rings(g, center, size) + "}";
            case 2 -> circle(g, center, size);
            default -> "{\"type\":\"MultiPolygon\",\"coordinates\":[" + rings(g, center, size * 0.5) + ","
                    + rings(g, near(g, center, size), size * 0.5) + "]}";
        };
    }

    private static String withHole(Gen g, double[] center, double size) {
        String outer = loop(g, center, size, 0.8, 1.0);
        String hole = loop(g, center, size, 0.2, 0.4);
        return "{\"type\":\"Polygon\",\"coordinates\":[" + outer + "," + hole + "]}";
    }

    private static String rings(Gen g, double[] center, double size) {
        return "[" + loop(g, center, size, 0.3, 1.0) + "]";
    }

    /** A simple loop: vertices at increasing angles around the center, radii between {@code lo} and {@code hi}. */
    private static String loop(Gen g, double[] center, double size, double lo, double hi) {
        int n = 3 + g.nextInt(6);
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = (i + g.nextInt(800) / 1000.0) * 2 * Math.PI / n;
        }
        if (g.chance(30)) {
            for (int i = 0; i < n / 2; i++) {
                double t = angles[i];
                angles[i] = angles[n - 1 - i];
                angles[n - 1 - i] = t;
            }
        }
        StringBuilder sb = new StringBuilder("[");
        String first = null;
        for (int i = 0; i < n; i++) {
            double r = size * (lo + (hi - lo) * g.nextInt(1000) / 1000.0);
            String v = position(new double[] {center[0] + r * Math.cos(angles[i]), center[1] + r * Math.sin(angles[i])});
            first = first == null ? v : first;
            sb.append(v).append(',');
        }
        return sb.append(first).append(']').toString();
    }

    private static String circle(Gen g, double[] center, double size) {
        double meters = Math.max(1, size * 111_000 * (0.2 + g.nextInt(1000) / 1000.0));
        return String.format(Locale.ROOT, "{\"type\":\"AeroCircle\",\"coordinates\":[%s,%.1f]}", position(center),
                meters);
    }

    private static String unclosed(double[] center, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + position(center) + ","
                + position(new double[] {center[0] + size, center[1]}) + ","
                + position(new double[] {center[0] + size, center[1] + size}) + ","
                + position(new double[] {center[0], center[1] + size}) + "]]}";
    }

    static String point(double[] p) {
        return "{\"type\":\"Point\",\"coordinates\":" + position(p) + "}";
    }

    /** A position up to {@code spread} degrees from the center in longitude and latitude. */
    private static double[] near(Gen g, double[] center, double spread) {
        return new double[] {center[0] + spread * (g.nextInt(2001) - 1000) / 1000.0,
            center[1] + spread * (g.nextInt(2001) - 1000) / 1000.0};
    }

    /** A position with longitudes wrapped into [-180, 180] and latitudes clamped to [-90, 90], 6 decimals. */
    private static String position(double[] p) {
        double lng = p[0] > 180 ? p[0] - 360 : p[0] < -180 ? p[0] + 360 : p[0];
        double lat = Math.max(-90, Math.min(90, p[1]));
        return String.format(Locale.ROOT, "[%.6f,%.6f]", lng, lat);
    }
}
