package io.spikesdk.api;

/**
 * Particle (value) type codes of the wire protocol: the type byte of a bin value, of a sent user key,
 * and of the key digest input.
 */
public final class ParticleType {

    /** No value; writing it to a bin deletes the bin. */
    public static final int NULL = 0;
    /** 64-bit signed integer. */
    public static final int INTEGER = 1;
    /** 64-bit IEEE-754 double. */
    public static final int DOUBLE = 2;
    /** UTF-8 string. */
    public static final int STRING = 3;
    /** Byte array. */
    public static final int BLOB = 4;
    /** Java-serialized object (deprecated by the server; read as bytes). */
    public static final int JAVA_BLOB = 7;
    /** Language-specific blobs written by other clients (deprecated by the server, stored and returned as given). */
    public static final int CSHARP_BLOB = 8;
    /** Python pickle blob (the Python client's old SERIALIZER_PYTHON), stored and returned as given. */
    public static final int PYTHON_BLOB = 9;
    /** Ruby blob, stored and returned as given. */
    public static final int RUBY_BLOB = 10;
    /** PHP blob, stored and returned as given. */
    public static final int PHP_BLOB = 11;
    /** Erlang blob, stored and returned as given. */
    public static final int ERLANG_BLOB = 12;
    /** Vector bytes (server 8.1), blob-like. */
    public static final int VECTOR = 16;
    /** Boolean. */
    public static final int BOOL = 17;
    /** HyperLogLog sketch. */
    public static final int HLL = 18;
    /** msgpack map. */
    public static final int MAP = 19;
    /** msgpack list. */
    public static final int LIST = 20;
    /** GeoJSON text. */
    public static final int GEOJSON = 23;

    private ParticleType() {
    }

    /** Whether values of this type are stored and returned as raw bytes (the blob family). */
    public static boolean isBlobFamily(int type) {
        return type == BLOB || (type >= JAVA_BLOB && type <= ERLANG_BLOB) || type == VECTOR || type == HLL;
    }
}
