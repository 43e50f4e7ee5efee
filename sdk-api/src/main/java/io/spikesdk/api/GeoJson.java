package io.spikesdk.api;

/**
 * A GeoJSON document stored as the server's GEOJSON particle type (usable with geo indexes and queries).
 *
 * <p>Immutable. The text is not validated client-side; the server rejects invalid GeoJSON.
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
