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
 * {@link #of(Object)} from Java values, or with the nested classes directly. {@link #NULL} written to a
 * bin deletes the bin.
 */
public abstract sealed class Value
        permits Value.LongValue, Value.DoubleValue, Value.StringValue, Value.BytesValue, Value.BoolValue,
                Value.ListValue, Value.MapValue, Value.GeoJsonValue, Value.NullValue, Value.ObjectValue {

    /** The null value: written to a bin it deletes the bin; {@code toObject()} returns this constant. */
    public static final Value NULL = new NullValue();

    Value() {
    }

    /** The wire particle type of this value (see {@link ParticleType}). */
    public abstract int particleType();

    /** The Java value: Long, Double, String, byte[] (a copy), Boolean, List, Map, GeoJson, or {@link #NULL}. */
    public abstract Object toObject();

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
    public static Value of(Object o) {
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
    public static Value geoJson(String json) {
        return new GeoJsonValue(GeoJson.of(json));
    }

    /** A 64-bit integer (particle INTEGER). */
    public static final class LongValue extends Value {
        private final long value;

        /** Wraps {@code value}. */
        public LongValue(long value) {
            this.value = value;
        }

        /** The integer. */
        public long value() {
            return value;
        }

        @Override
        public int particleType() {
            return ParticleType.INTEGER;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LongValue && ((LongValue) o).value == value;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(value);
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A 64-bit floating-point number (particle DOUBLE). */
    public static final class DoubleValue extends Value {
        private final double value;

        /** Wraps {@code value}. */
        public DoubleValue(double value) {
            this.value = value;
        }

        /** The number. */
        public double value() {
            return value;
        }

        @Override
        public int particleType() {
            return ParticleType.DOUBLE;
        }

        @Override
        public Object toObject() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DoubleValue && Double.compare(((DoubleValue) o).value, value) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value);
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /** A UTF-8 string (particle STRING). */
    public static final class StringValue extends Value {
        private final String value;

        /**
         * Wraps {@code value}.
         *
         * @throws NullPointerException if {@code value} is null (use {@link Value#NULL})
         */
        public StringValue(String value) {
            if (value == null) {
                throw new NullPointerException("StringValue needs a non-null string; use Value.NULL for no value");
            }
            this.value = value;
        }

        /** The string. */
        public String value() {
            return value;
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
        public boolean equals(Object o) {
            return o instanceof StringValue && ((StringValue) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
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
    public static final class BytesValue extends Value {
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
            if (bytes == null) {
                throw new NullPointerException("BytesValue needs a non-null byte array; use Value.NULL for no value");
            }
            if (particleType < 0 || particleType > 255) {
                throw new IllegalArgumentException("particle type must be 0..255, got " + particleType);
            }
            this.bytes = bytes.clone();
            this.particleType = particleType;
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
            if (bytes == null) {
                throw new NullPointerException("BytesValue needs a non-null byte array; use Value.NULL for no value");
            }
            if (particleType < 0 || particleType > 255) {
                throw new IllegalArgumentException("particle type must be 0..255, got " + particleType);
            }
            return new BytesValue(particleType, bytes);
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

    /** A boolean (particle BOOL). */
    public static final class BoolValue extends Value {
        /** {@code true}. */
        public static final BoolValue TRUE = new BoolValue(true);
        /** {@code false}. */
        public static final BoolValue FALSE = new BoolValue(false);

        private final boolean value;

        /** Wraps {@code value}; {@link #valueOf(boolean)} reuses the constants. */
        public BoolValue(boolean value) {
            this.value = value;
        }

        /** The shared instance for {@code value}. */
        public static BoolValue valueOf(boolean value) {
            return value ? TRUE : FALSE;
        }

        /** The boolean. */
        public boolean value() {
            return value;
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
        public boolean equals(Object o) {
            return o instanceof BoolValue && ((BoolValue) o).value == value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A list (particle LIST), packed as msgpack; elements may be any supported value, null included. */
    public static final class ListValue extends Value {
        private final List<?> value;

        /**
         * Wraps an unmodifiable shallow copy of {@code list}.
         *
         * @throws NullPointerException if {@code list} is null
         */
        public ListValue(List<?> list) {
            if (list == null) {
                throw new NullPointerException("ListValue needs a non-null list; use Value.NULL for no value");
            }
            this.value = Collections.unmodifiableList(new ArrayList<>(list));
        }

        /** The unmodifiable list. */
        public List<?> value() {
            return value;
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
        public boolean equals(Object o) {
            return o instanceof ListValue && ((ListValue) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A map (particle MAP), packed as msgpack. A {@code SortedMap} stays a {@code SortedMap} (packed as a
     * key-ordered map); any other map keeps its iteration order.
     */
    public static final class MapValue extends Value {
        private final Map<?, ?> value;

        /**
         * Wraps an unmodifiable shallow copy of {@code map}.
         *
         * @throws NullPointerException if {@code map} is null
         */
        public MapValue(Map<?, ?> map) {
            if (map == null) {
                throw new NullPointerException("MapValue needs a non-null map; use Value.NULL for no value");
            }
            this.value = copy(map);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Map<?, ?> copy(Map<?, ?> map) {
            if (map instanceof SortedMap) {
                return Collections.unmodifiableSortedMap(new TreeMap((SortedMap) map));
            }
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }

        /** The unmodifiable map ({@code SortedMap} when built from one). */
        public Map<?, ?> value() {
            return value;
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
        public boolean equals(Object o) {
            return o instanceof MapValue && ((MapValue) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** A GeoJSON document (particle GEOJSON). */
    public static final class GeoJsonValue extends Value {
        private final GeoJson value;

        /**
         * Wraps {@code value}.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public GeoJsonValue(GeoJson value) {
            if (value == null) {
                throw new NullPointerException("GeoJsonValue needs a non-null GeoJson; use Value.NULL for no value");
            }
            this.value = value;
        }

        /** The document. */
        public GeoJson value() {
            return value;
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
        public boolean equals(Object o) {
            return o instanceof GeoJsonValue && ((GeoJsonValue) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** The absence of a value (particle NULL); the only instance is {@link Value#NULL}. */
    public static final class NullValue extends Value {

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
     */
    public static final class ObjectValue extends Value {
        private final Object value;

        /**
         * Wraps {@code value}.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public ObjectValue(Object value) {
            if (value == null) {
                throw new NullPointerException("ObjectValue needs a non-null object; use Value.NULL for no value");
            }
            this.value = value;
        }

        /** The object, as given. */
        public Object value() {
            return value;
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
        public boolean equals(Object o) {
            return o instanceof ObjectValue && ((ObjectValue) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }
}
