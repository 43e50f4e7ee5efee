package io.spikesdk.core.internal.serial;

import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Value;

import java.util.List;
import java.util.Map;

/** The Java types that map natively to Aerospike types (ARCHITECTURE §3); everything else needs a serializer. */
final class NativeTypes {

    private NativeTypes() {
    }

    /** Whether {@code value} is stored without a serializer ({@code null} is: it deletes the bin). */
    static boolean isNative(Object value) {
        return value == null || value instanceof String || value instanceof Long || value instanceof Integer
            || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
            || value instanceof byte[] || value instanceof Boolean || value instanceof List || value instanceof Map
            || value instanceof GeoJson || value instanceof Value;
    }
}
