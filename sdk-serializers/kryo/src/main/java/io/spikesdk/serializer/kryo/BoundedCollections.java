package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.serializers.CollectionSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import com.esotericsoftware.kryo.serializers.MapSerializer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collection and map serializers that refuse an element count larger than the bytes left before they
 * allocate anything (every element takes at least one byte), so a forged count cannot exhaust memory.
 */
final class BoundedCollections {

    private BoundedCollections() {
    }

    /** Throws when {@code count} elements cannot fit in what is left of {@code input}. */
    static void check(Input input, Class<?> type, long count) {
        long left = input.limit() - (long) input.position();
        if (count > left) {
            throw new KryoException("a " + type.getName() + " declares " + count + " elements but only " + left
                    + " bytes are left");
        }
    }

    /** Kryo's collection serializer, bounded. */
    @SuppressWarnings("rawtypes")
    static class BoundedCollection<T extends Collection> extends CollectionSerializer<T> {
        @Override
        protected T create(Kryo kryo, Input input, Class<? extends T> type, int size) {
            check(input, type, size);
            return super.create(kryo, input, type, size);
        }
    }

    /** Kryo's map serializer, bounded. */
    @SuppressWarnings("rawtypes")
    static class BoundedMap<T extends Map> extends MapSerializer<T> {
        @Override
        protected T create(Kryo kryo, Input input, Class<? extends T> type, int size) {
            check(input, type, size);
            return super.create(kryo, input, type, size);
        }
    }

    /** Kryo's TreeSet serializer (keeps the comparator), bounded. */
    static final class BoundedTreeSet extends DefaultSerializers.TreeSetSerializer {
        @Override
        protected TreeSet create(Kryo kryo, Input input, Class<? extends TreeSet> type, int size) {
            check(input, type, size);
            return super.create(kryo, input, type, size);
        }
    }

    /** Kryo's TreeMap serializer (keeps the comparator), bounded. */
    static final class BoundedTreeMap extends DefaultSerializers.TreeMapSerializer {
        @Override
        protected TreeMap create(Kryo kryo, Input input, Class<? extends TreeMap> type, int size) {
            check(input, type, size);
            return super.create(kryo, input, type, size);
        }
    }

    /** {@code List.of(...)} lists: read into an ArrayList, returned as an immutable list. */
    static final class ImmutableList extends BoundedCollection<List<Object>> {
        ImmutableList() {
            setElementsCanBeNull(false);
        }

        @Override
        protected List<Object> create(Kryo kryo, Input input, Class<? extends List<Object>> type, int size) {
            check(input, type, size);
            return new ArrayList<>(size);
        }

        @Override
        public List<Object> read(Kryo kryo, Input input, Class<? extends List<Object>> type) {
            return List.copyOf(super.read(kryo, input, type));
        }
    }

    /** {@code Set.of(...)} sets. */
    static final class ImmutableSet extends BoundedCollection<Set<Object>> {
        ImmutableSet() {
            setElementsCanBeNull(false);
        }

        @Override
        protected Set<Object> create(Kryo kryo, Input input, Class<? extends Set<Object>> type, int size) {
            check(input, type, size);
            return new HashSet<>(size);
        }

        @Override
        public Set<Object> read(Kryo kryo, Input input, Class<? extends Set<Object>> type) {
            return Set.copyOf(super.read(kryo, input, type));
        }
    }

    /** {@code Map.of(...)} maps. */
    static final class ImmutableMap extends BoundedMap<Map<Object, Object>> {
        ImmutableMap() {
            setKeysCanBeNull(false);
            setValuesCanBeNull(false);
        }

        @Override
        protected Map<Object, Object> create(Kryo kryo, Input input, Class<? extends Map<Object, Object>> type, int size) {
            check(input, type, size);
            return new LinkedHashMap<>(size);
        }

        @Override
        public Map<Object, Object> read(Kryo kryo, Input input, Class<? extends Map<Object, Object>> type) {
            return Map.copyOf(super.read(kryo, input, type));
        }
    }
}
