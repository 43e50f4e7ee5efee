package io.spikesdk.testkit.internal.cdt;

/**
 * A msgpack str/bin element. {@code payload} includes the leading particle-type byte (3 string, 4 blob,
 * 23 GeoJSON, ...); an empty payload is plain bytes.
 */
record MpBytes(byte[] payload) implements Element {
    static final int STRING = 3;
    static final int BLOB = 4;
    static final int GEOJSON = 23;

    /** The particle-type byte, or -1 when the payload is empty. */
    int typeByte() {
        return payload.length == 0 ? -1 : payload[0] & 0xff;
    }

    boolean isGeoJson() {
        return typeByte() == GEOJSON;
    }
}
