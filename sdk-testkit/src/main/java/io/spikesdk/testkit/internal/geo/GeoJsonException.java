package io.spikesdk.testkit.internal.geo;

/** GeoJSON text the real server refuses: a write answers 160, a query or an expression 4. */
public final class GeoJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    GeoJsonException(String message) {
        super(message, null, false, false);
    }
}
