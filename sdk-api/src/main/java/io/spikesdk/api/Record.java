package io.spikesdk.api;

import io.spikesdk.api.internal.StoredBlob;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record read from the server: key, generation, time to live and bins.
 *
 * <p>Bin values are Java natives: Long, Double, String, byte[], Boolean, List, Map, GeoJson (or a
 * {@code List<Object>} holding several results of an operate command for one bin, in op order).
 * The bin map is unmodifiable and keeps the server's order; the record is shallowly immutable, so do
 * not mutate returned arrays or collections.
 *
 * <p>Bins written with a serializer come back decoded by the read rules of {@link SerializerMode}
 * (a Java blob by the built-in serializer, a generic blob by the client's instance-level deserializer, else
 * the class-level one); {@link #getObject(String, Class)} binds them to a class instead.
 *
 * <p>Typed getters return {@code 0}/{@code false}/{@code null} for a missing bin and throw
 * {@link IllegalStateException} naming the bin and its actual type when the type does not fit.
 *
 * <p>Import this class by name ({@code import io.spikesdk.api.Record;}): with only
 * {@code import io.spikesdk.api.*;} the simple name clashes with {@code java.lang.Record}.
 */
public final class Record {

    private final Key key;
    private final Map<String, Object> bins;
    private final int generation;
    private final int ttl;
    private final Map<String, StoredBlob> blobs;

    /**
     * Creates a record.
     *
     * @param key the key, or {@code null} when not known (for example in some batch results)
     * @param bins the bins in server order (copied); {@code null} means none
     * @param generation the record generation (1..65535; 0 for a deleted record)
     * @param ttl the remaining time to live in seconds, {@code -1} when it never expires
     */
    public Record(Key key, Map<String, Object> bins, int generation, int ttl) {
        this(key, bins == null ? null : new LinkedHashMap<>(bins), generation, ttl, null);
    }

    /**
     * Creates a record that also keeps the raw form of its serialized bins, for SDK implementations (through
     * {@code io.spikesdk.api.internal.ApiAccess}). Unlike the four-argument constructor it takes ownership of
     * {@code bins}: the map is not copied and must not be modified afterwards (this saves a map per read on
     * the client's hot path).
     *
     * @param bins the bins in server order (not copied); {@code null} means none
     * @param blobs the blob bins by name as read (not copied), or {@code null}
     */
    Record(Key key, Map<String, Object> bins, int generation, int ttl, Map<String, StoredBlob> blobs) {
        this.blobs = blobs == null ? Collections.emptyMap() : blobs;
        this.key = key;
        this.bins = bins == null || bins.isEmpty()
            ? Collections.emptyMap()
            : Collections.unmodifiableMap(bins);
        this.generation = generation;
        this.ttl = ttl;
    }

    /** The key, or {@code null}. */
    public Key key() {
        return key;
    }

    /** The bins, unmodifiable, in server order. */
    public Map<String, Object> bins() {
        return bins;
    }

    /** The generation: how many times the record was written (wraps at 65535). */
    public int generation() {
        return generation;
    }

    /** Seconds until the record expires; {@code -1} when it never expires. */
    public int ttl() {
        return ttl;
    }

    /** The value of bin {@code name}, or {@code null} when the record has no such bin. */
    public Object getValue(String name) {
        return bins.get(name);
    }

    /** Integer bin as a long; {@code 0} when missing. */
    public long getLong(String name) {
        Object v = bins.get(name);
        if (v == null) {
            return 0L;
        }
        if (v instanceof Long) {
            return (Long) v;
        }
        throw wrongType(name, v, "an integer");
    }

    /** Integer bin as an int; {@code 0} when missing; throws when the value does not fit in an int. */
    public int getInt(String name) {
        long v = getLong(name);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalStateException("bin '" + name + "' holds " + v + ", which does not fit in an int; use getLong");
        }
        return (int) v;
    }

    /** Double bin (an integer bin is converted); {@code 0.0} when missing. */
    public double getDouble(String name) {
        Object v = bins.get(name);
        if (v == null) {
            return 0.0;
        }
        if (v instanceof Double || v instanceof Long) {
            return ((Number) v).doubleValue();
        }
        throw wrongType(name, v, "a double");
    }

    /** String bin; {@code null} when missing. */
    public String getString(String name) {
        return typed(name, String.class, "a string");
    }

    /** Blob bin (the stored array, not a copy); {@code null} when missing. */
    public byte[] getBytes(String name) {
        return typed(name, byte[].class, "a blob");
    }

    /** Boolean bin (an integer bin is true when non-zero); {@code false} when missing. */
    public boolean getBoolean(String name) {
        Object v = bins.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Long) {
            return (Long) v != 0L;
        }
        throw wrongType(name, v, "a boolean");
    }

    /** List bin; {@code null} when missing. */
    public List<?> getList(String name) {
        return typed(name, List.class, "a list");
    }

    /** Map bin; {@code null} when missing. */
    public Map<?, ?> getMap(String name) {
        return typed(name, Map.class, "a map");
    }

    /** GeoJSON bin; {@code null} when missing. */
    public GeoJson getGeoJson(String name) {
        return typed(name, GeoJson.class, "GeoJSON");
    }

    /**
     * The value of bin {@code name} as read (a serialized bin decoded by the read rules), or {@code null} when
     * the record has no such bin; the same as {@link #getValue(String)}.
     */
    public Object getObject(String name) {
        return bins.get(name);
    }

    /**
     * The value of bin {@code name} as a {@code type}: a serialized bin is decoded by its serializer into that
     * class (for example a JSON bin into {@code Person} rather than a map), {@code byte[].class} gives a blob's
     * raw bytes, and any other value is returned when it is an instance of {@code type}.
     *
     * @return the value, or {@code null} when the record has no such bin
     * @throws SerializationException when the value is not a {@code type} and cannot be decoded as one (the
     *     message says why, for example a class outside the built-in serializer's allow-list)
     */
    public <T> T getObject(String name, Class<T> type) {
        Object value = bins.get(name);
        StoredBlob blob = blobs.get(name);
        Class<?> target = boxed(type);
        if (value == null && blob == null) {
            return null;
        }
        if (blob != null && type == byte[].class) {
            return type.cast(blob.bytes());
        }
        if (target.isInstance(value)) {
            @SuppressWarnings("unchecked")
            T result = (T) value;
            return result;
        }
        if (blob != null && blob.deserializer() != null) {
            try {
                return blob.deserializer().deserialize(blob.bytes(), type);
            } catch (SerializationException e) {
                throw cannotRead(name, type, e);
            }
        }
        if (blob != null && blob.failure() != null) {
            throw cannotRead(name, type, blob.failure());
        }
        throw new SerializationException("bin '" + name + "' holds a " + value.getClass().getName() + ", not a "
            + type.getName());
    }

    private static SerializationException cannotRead(String name, Class<?> type, SerializationException cause) {
        return new SerializationException("bin '" + name + "' cannot be read as a " + type.getName() + ": "
            + cause.detail(), null, false, 0, cause);
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    private <T> T typed(String name, Class<T> type, String expected) {
        Object v = bins.get(name);
        if (v == null) {
            return null;
        }
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        throw wrongType(name, v, expected);
    }

    private static IllegalStateException wrongType(String name, Object v, String expected) {
        return new IllegalStateException("bin '" + name + "' is not " + expected + ": it holds a "
            + v.getClass().getName());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64).append("Record[key=").append(key)
            .append(", gen=").append(generation).append(", ttl=").append(ttl).append(", bins={");
        Iterator<Map.Entry<String, Object>> it = bins.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            sb.append(e.getKey()).append('=');
            Object v = e.getValue();
            if (v instanceof byte[]) {
                appendHex(sb, (byte[]) v);
            } else {
                sb.append(v);
            }
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.append("}]").toString();
    }

    private static void appendHex(StringBuilder sb, byte[] bytes) {
        sb.append("0x");
        int n = Math.min(bytes.length, 32);
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        if (n < bytes.length) {
            sb.append("…(").append(bytes.length).append(" bytes)");
        }
    }
}
