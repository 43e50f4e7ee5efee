package io.spikesdk.testkit.internal.cdt;

/**
 * A msgpack str/bin element. {@code payload} includes the leading particle-type byte (3 string, 4 blob,
 * 23 GeoJSON, ...); an empty payload is plain bytes.
 */
public record MpBytes(byte[] payload) implements Element {
    public static final int STRING = 3;
    public static final int BLOB = 4;
    public static final int GEOJSON = 23;

    /** The particle-type byte, or -1 when the payload is empty. */
    public int typeByte() {
        return payload.length == 0 ? -1 : payload[0] & 0xff;
    }

    boolean isGeoJson() {
        return typeByte() == GEOJSON;
    }
}
