package io.spikesdk.api.spi;

import io.spikesdk.api.SerializationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable string settings for a {@link SerializerProvider}, with typed getters.
 *
 * <p>Keys and values are strings so that the same options can come from code, a properties file or system
 * properties ({@code -Dspikesdk.serializer.<name>.<key>=value}). Lists are comma-separated. A malformed value
 * fails with a {@link SerializationException} naming the key.
 *
 * @since 0.1
 */
public final class SerializerOptions {

    /** No options. */
    public static final SerializerOptions EMPTY = new SerializerOptions(Map.of());

    private final Map<String, String> values;

    private SerializerOptions(Map<String, String> values) {
        this.values = values;
    }

    /** A builder with no options set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options holding a copy of {@code values} (no null keys or values). */
    public static SerializerOptions of(Map<String, String> values) {
        Builder builder = builder();
        values.forEach(builder::set);
        return builder.build();
    }

    /**
     * Options read from {@code properties} whose names start with {@code prefix}; the prefix is stripped, so
     * {@code fromProperties(System.getProperties(), "spikesdk.serializer.java.")} turns
     * {@code spikesdk.serializer.java.allow} into {@code allow}.
     */
    public static SerializerOptions fromProperties(Properties properties, String prefix) {
        Builder builder = builder();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                builder.set(name.substring(prefix.length()), properties.getProperty(name));
            }
        }
        return builder.build();
    }

    /** The value of {@code key}, or {@code null} when it is not set. */
    public String get(String key) {
        return values.get(key);
    }

    /** The value of {@code key}, or {@code defaultValue} when it is not set. */
    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    /** The comma-separated items of {@code key}, trimmed, empty items dropped; an empty list when not set. */
    public List<String> getList(String key) {
        String value = values.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** {@code key} as an int, or {@code defaultValue} when it is not set. */
    public int getInt(String key, int defaultValue) {
        long value = getLong(key, defaultValue);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(key, "an int");
        }
        return (int) value;
    }

    /** {@code key} as a long, or {@code defaultValue} when it is not set. */
    public long getLong(String key, long defaultValue) {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "an integer");
        }
    }

    /** {@code key} as a boolean ({@code true} or {@code false}, any case), or {@code defaultValue} when not set. */
    public boolean getBoolean(String key, boolean defaultValue) {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return true;
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return false;
        }
        throw invalid(key, "true or false");
    }

    /** Whether {@code key} is set. */
    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** The keys that are set, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(values.keySet()));
    }

    /** An unmodifiable view of all options, in insertion order. */
    public Map<String, String> asMap() {
        return values;
    }

    /** These options with every option of {@code overrides} put on top. */
    public SerializerOptions with(SerializerOptions overrides) {
        if (overrides.values.isEmpty()) {
            return this;
        }
        Builder builder = builder();
        values.forEach(builder::set);
        overrides.values.forEach(builder::set);
        return builder.build();
    }

    /**
     * Rejects keys that a provider does not know, so that a misspelt option (say {@code alow}) fails loudly
     * instead of being ignored.
     *
     * @param serializer the provider's name, used in the message
     * @param known the keys the provider reads
     * @throws SerializationException listing the unknown and the known keys
     */
    public void requireKnownKeys(String serializer, Collection<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new SerializationException("serializer '" + serializer + "' has no option " + unknown
                    + "; its options are " + new TreeSet<>(known));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerializerOptions && values.equals(((SerializerOptions) o).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private SerializationException invalid(String key, String expected) {
        return new SerializationException("serializer option '" + key + "' must be " + expected + ", got '"
                + values.get(key) + "'");
    }

    /** Collects options; later values for the same key replace earlier ones. */
    public static final class Builder {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets {@code key} to {@code value}. */
        public Builder set(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, () -> "value of " + key);
            if (key.isBlank()) {
                throw new IllegalArgumentException("serializer option keys must not be blank");
            }
            values.put(key, value);
            return this;
        }

        /** Sets {@code key} to a number. */
        public Builder set(String key, long value) {
            return set(key, Long.toString(value));
        }

        /** Sets {@code key} to a boolean. */
        public Builder set(String key, boolean value) {
            return set(key, Boolean.toString(value));
        }

        /** Sets {@code key} to a comma-separated list (items must not contain commas). */
        public Builder set(String key, Collection<String> items) {
            for (String item : items) {
                if (item.indexOf(',') >= 0) {
                    throw new IllegalArgumentException("list item of " + key + " contains a comma: " + item);
                }
            }
            return set(key, String.join(",", items));
        }

        /** Appends {@code item} to the comma-separated list of {@code key}. */
        public Builder add(String key, String item) {
            String current = values.get(key);
            return set(key, current == null || current.isEmpty() ? item : current + "," + item);
        }

        /** Immutable options. */
        public SerializerOptions build() {
            return values.isEmpty() ? EMPTY : new SerializerOptions(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
