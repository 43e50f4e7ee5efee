package io.spikesdk.core.internal.protocol;

/** Particle (value) type codes (wire doc §5), also the first byte of msgpack strings and blobs. */
public final class ParticleType {
    public static final int NULL = 0;
    public static final int INTEGER = 1;
    public static final int DOUBLE = 2;
    public static final int STRING = 3;
    public static final int BLOB = 4;
    public static final int JAVA_BLOB = 7;
    public static final int CSHARP_BLOB = 8;
    public static final int PYTHON_BLOB = 9;
    public static final int RUBY_BLOB = 10;
    public static final int PHP_BLOB = 11;
    public static final int ERLANG_BLOB = 12;
    public static final int VECTOR = 16;
    public static final int BOOL = 17;
    public static final int HLL = 18;
    public static final int MAP = 19;
    public static final int LIST = 20;
    public static final int GEOJSON = 23;

    private ParticleType() {
    }

    /** Whether the type is stored and returned as raw bytes (the blob family). */
    public static boolean isBlobFamily(int type) {
        return type == BLOB || (type >= JAVA_BLOB && type <= ERLANG_BLOB) || type == VECTOR || type == HLL;
    }
}
