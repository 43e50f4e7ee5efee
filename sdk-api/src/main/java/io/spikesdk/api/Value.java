package io.spikesdk.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bin value as the server stores it, tagged with its {@linkplain #particleType() particle type}.
 *
 * <p>Immutable (collections are copied shallowly; do not mutate their elements afterwards). Built with
 * {@link #of(Object)} from Java values, or with the nested types directly. {@link #NULL} written to a
 * bin deletes the bin. Equality is by content: byte arrays compare element-wise, doubles as
 * {@link Double#compare} does ({@code NaN} equals {@code NaN}, {@code -0.0} differs from {@code 0.0}).
 */
public sealed interface Value
        permits Value.LongValue, Value.DoubleValue, Value.StringValue, Value.BytesValue, Value.BoolValue,
                Value.ListValue, Value.MapValue, Value.GeoJsonValue, Value.NullValue, Value.ObjectValue {

    /** The null value: written to a bin it deletes the bin; {@code toObject()} returns this constant. */
    Value NULL = new NullValue();

    /** The wire particle type of this value (see {@link ParticleType}). */
    int particleType();

    /** The Java value: Long, Double, String, byte[] (a copy), Boolean, List, Map, GeoJson, or {@link #NULL}. */
    Object toObject();

    /**
     * Maps a Java value to its server type.
     *
     * <ul>
     *   <li>{@code Long, Integer, Short, Byte} ⇒ {@link LongValue} (INTEGER; a Byte is sign-extended)</li>
     *   <li>{@code Double, Float} ⇒ {@link DoubleValue} (DOUBLE)</li>
     *   <li>{@code String} ⇒ STRING, {@code byte[]} ⇒ BLOB (not copied: do not modify the array until the command returns), {@code Boolean} ⇒ BOOL</li>
     *   <li>{@code List} ⇒ LIST, {@code Map} ⇒ MAP (a {@code SortedMap} stays sorted), {@link GeoJson} ⇒ GEOJSON</li>
     *   <li>a {@code Value} ⇒ itself; {@code null} ⇒ {@link #NULL}</li>
     *   <li>anything else ⇒ {@link ObjectValue}: the client serializes it when the command is built, per the
     *       call's {@link SerializerMode}, or fails with a {@link SerializationException} before sending</li>
     * </ul>
     * Elements inside lists and maps are handled the same way when they are packed.
     */
    static Value of(Object o) {
        if (o == null) {
            return NULL;
        }
        if (o instanceof Value) {
            return (Value) o;
        }
        if (o instanceof String) {
            return new StringValue((String) o);
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return new LongValue(((Number) o).longValue());
        }
        if (o instanceof Double || o instanceof Float) {
            return new DoubleValue(((Number) o).doubleValue());
        }
        if (o instanceof byte[]) {
            return BytesValue.owning((byte[]) o, ParticleType.BLOB);
        }
        if (o instanceof Boolean) {
            return BoolValue.valueOf((Boolean) o);
        }
        if (o instanceof List) {
            return new ListValue((List<?>) o);
        }
        if (o instanceof Map) {
            return new MapValue((Map<?, ?>) o);
        }
        if (o instanceof GeoJson) {
            return new GeoJsonValue((GeoJson) o);
        }
        return new ObjectValue(o);
    }

    /** A GEOJSON value for the given GeoJSON text. */
    static Value geoJson(String json) {
        return new GeoJsonValue(GeoJson.of(json));
    }

    /**
     * A 64-bit integer (particle INTEGER).
     *
     * @param value the integer
     */
    record LongValue(long value) implements Value {

        @Override
        public int particleType() {
            return ParticleType.INTEGER;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * A 64-bit floating-point number (particle DOUBLE). Equal when {@link Double#compare} says so.
     *
     * @param value the number
     */
    record DoubleValue(double value) implements Value {

        @Override
        public int particleType() {
            return ParticleType.DOUBLE;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * A UTF-8 string (particle STRING).
     *
     * @param value the string
     */
    record StringValue(String value) implements Value {

        /**
         * Wraps {@code value}.
         *
         * @throws NullPointerException if {@code value} is null (use {@link Value#NULL})
         */
        public StringValue {
            requireNonNull(value, "StringValue needs a non-null string");
        }

        @Override
        public int particleType() {
            return ParticleType.STRING;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * Bytes with a particle type: BLOB by default; CDT, bit, HLL and expression operations use it to
     * carry their msgpack payload.
     */
    final class BytesValue implements Value {
        // Not a record: its public canonical constructor would either copy (so owning() could not avoid the
        // copy) or not (so the public constructor would alias the caller's array).
        private final byte[] bytes;
        private final int particleType;

        /** A BLOB holding a copy of {@code bytes}. */
        public BytesValue(byte[] bytes) {
            this(bytes, ParticleType.BLOB);
        }

        /**
         * A value of the given particle type holding a copy of {@code bytes}.
         *
         * @throws NullPointerException if {@code bytes} is null
         * @throws IllegalArgumentException if the type is outside 0..255
         */
        public BytesValue(byte[] bytes, int particleType) {
            this(particleType, checked(bytes, particleType).clone());
        }

        private BytesValue(int particleType, byte[] owned) {
            this.bytes = owned;
            this.particleType = particleType;
        }

        /**
         * A value that takes ownership of {@code bytes} without copying them: the caller must not modify the
         * array afterwards. Used by {@link Value#of(Object)} and, through
         * {@code io.spikesdk.api.internal.ApiAccess}, for payloads the SDK builds once (CDT and expression ops,
         * serialized objects), so that storing a blob costs no copy.
         *
         * @throws NullPointerException if {@code bytes} is null
         * @throws IllegalArgumentException if the type is outside 0..255
         */
        static BytesValue owning(byte[] bytes, int particleType) {
            return new BytesValue(particleType, checked(bytes, particleType));
        }

        private static byte[] checked(byte[] bytes, int particleType) {
            requireNonNull(bytes, "BytesValue needs a non-null byte array");
            if (particleType < 0 || particleType > 255) {
                throw new IllegalArgumentException("particle type must be 0..255, got " + particleType);
            }
            return bytes;
        }

        /** A copy of the bytes. */
        public byte[] value() {
            return bytes.clone();
        }

        /** The number of bytes. */
        public int length() {
            return bytes.length;
        }

        /** Copies the bytes to {@code dst[offset..]} without allocating. */
        public void copyTo(byte[] dst, int offset) {
            System.arraycopy(bytes, 0, dst, offset, bytes.length);
        }

        @Override
        public int particleType() {
            return particleType;
        }

        @Override
        public Object toObject() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BytesValue && ((BytesValue) o).particleType == particleType
                && Arrays.equals(((BytesValue) o).bytes, bytes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + particleType;
        }

        @Override
        public String toString() {
            return "bytes(" + bytes.length + (particleType == ParticleType.BLOB ? ")" : ", type " + particleType + ")");
        }
    }

    /**
     * A boolean (particle BOOL); {@link #valueOf(boolean)} reuses the constants.
     *
     * @param value the boolean
     */
    record BoolValue(boolean value) implements Value {
        /** {@code true}. */
        public static final BoolValue TRUE = new BoolValue(true);
        /** {@code false}. */
        public static final BoolValue FALSE = new BoolValue(false);

        /** The shared instance for {@code value}. */
        public static BoolValue valueOf(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public int particleType() {
            return ParticleType.BOOL;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A list (particle LIST), packed as msgpack; elements may be any supported value, null included.
     *
     * @param value the unmodifiable list
     */
    record ListValue(List<?> value) implements Value {

        /**
         * Wraps an unmodifiable shallow copy of the list.
         *
         * @throws NullPointerException if the list is null
         */
        public ListValue {
            value = Collections.unmodifiableList(new ArrayList<>(requireNonNull(value, "ListValue needs a non-null list")));
        }

        @Override
        public int particleType() {
            return ParticleType.LIST;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A map (particle MAP), packed as msgpack. A {@code SortedMap} stays a {@code SortedMap} (packed as a
     * key-ordered map); any other map keeps its iteration order.
     *
     * @param value the unmodifiable map ({@code SortedMap} when built from one)
     */
    record MapValue(Map<?, ?> value) implements Value {

        /**
         * Wraps an unmodifiable shallow copy of the map.
         *
         * @throws NullPointerException if the map is null
         */
        public MapValue {
            value = copy(requireNonNull(value, "MapValue needs a non-null map"));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Map<?, ?> copy(Map<?, ?> map) {
            if (map instanceof SortedMap) {
                return Collections.unmodifiableSortedMap(new TreeMap((SortedMap) map));
            }
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }

        /** Whether the map is a {@code SortedMap}, i.e. packed key-ordered. */
        public boolean isSorted() {
            return value instanceof SortedMap;
        }

        @Override
        public int particleType() {
            return ParticleType.MAP;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A GeoJSON document (particle GEOJSON).
     *
     * @param value the document
     */
    record GeoJsonValue(GeoJson value) implements Value {

        /**
         * Wraps {@code value}.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public GeoJsonValue {
            requireNonNull(value, "GeoJsonValue needs a non-null GeoJson");
        }

        @Override
        public int particleType() {
            return ParticleType.GEOJSON;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** The absence of a value (particle NULL); the only instance is {@link Value#NULL}. */
    final class NullValue implements Value {
        // Not a record: a record's canonical constructor must be public, and NULL must stay the only instance.

        private NullValue() {
        }

        /** Always {@code null}. */
        public Object value() {
            return null;
        }

        @Override
        public int particleType() {
            return ParticleType.NULL;
        }

        @Override
        public Object toObject() {
            return NULL;
        }

        @Override
        public String toString() {
            return "NULL";
        }
    }

    /**
     * A Java object with no Aerospike type. It is serialized by the client when a command is built, per the
     * call's {@link SerializerMode}: BUILTIN stores a Java blob (particle 7), USER a generic blob (particle 4),
     * NONE (or no serializer available) fails with a {@link SerializationException} and sends nothing.
     *
     * @param value the object, as given
     */
    record ObjectValue(Object value) implements Value {

        /**
         * Wraps {@code value}.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public ObjectValue {
            requireNonNull(value, "ObjectValue needs a non-null object");
        }

        /** BLOB: the type a user serializer writes; the built-in serializer writes JAVA_BLOB instead. */
        @Override
        public int particleType() {
            return ParticleType.BLOB;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    private static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + "; use Value.NULL for no value");
        }
        return value;
    }
}
