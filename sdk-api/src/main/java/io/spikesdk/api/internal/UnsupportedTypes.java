package io.spikesdk.api.internal;

/** The one message for a value of a class that has no Aerospike type, so nested values fail the same way. */
public final class UnsupportedTypes {

    private UnsupportedTypes() {
    }

    /** Why {@code o} cannot be stored without a serializer. */
    public static String message(Object o) {
        return "cannot store a value of class " + o.getClass().getName()
            + ": it has no Aerospike type and no serializer is configured for it"
            + " (supported: Long, Integer, Short, Byte, Double, Float, String, byte[], Boolean, List, Map, GeoJson, Value)";
    }
}
