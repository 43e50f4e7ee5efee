package io.spikesdk.core.internal.command;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The bins of a record read by a get: names and values in server order in one array, filled by
 * {@link ResponseParser} and then read-only (every mutator throws). Lookups scan the names, so it is used
 * only for records of at most {@link #MAX_BINS} bins; larger records get a {@code LinkedHashMap}.
 *
 * <p>Two objects per record (the map and its array) instead of a {@code LinkedHashMap}, its table and one
 * entry per bin.
 */
final class BinMap extends AbstractMap<String, Object> implements Serializable {
    /** Records with more bins than this use a hash map. */
    static final int MAX_BINS = 16;

    private static final long serialVersionUID = 1L;

    /** name0, value0, name1, value1, ... */
    private final Object[] entries;
    private int size;

    BinMap(int capacity) {
        entries = new Object[2 * capacity];
    }

    /** Adds a bin, or replaces the value of a bin of the same name (the last one wins, as {@code Map.put}). */
    void add(String name, Object value) {
        int i = indexOf(name);
        if (i >= 0) {
            entries[i + 1] = value;
            return;
        }
        entries[2 * size] = name;
        entries[2 * size + 1] = value;
        size++;
    }

    private int indexOf(Object name) {
        if (name == null) {
            return -1;
        }
        int end = 2 * size;
        for (int i = 0; i < end; i += 2) {
            Object n = entries[i];
            if (n == name || n.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : entries[i + 1];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        Objects.requireNonNull(action);
        int end = 2 * size;
        for (int i = 0; i < end; i += 2) {
            action.accept((String) entries[i], entries[i + 1]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = 2 * next++;
                        return new SimpleImmutableEntry<>((String) entries[i], entries[i + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Unmodifiable: the record owns it. */
    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException("the bins of a record are read-only");
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException("the bins of a record are read-only");
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw new UnsupportedOperationException("the bins of a record are read-only");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("the bins of a record are read-only");
    }
}
