package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.serializers.CollectionSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import com.esotericsoftware.kryo.serializers.MapSerializer;
import io.spikesdk.api.SerializationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The classes a Kryo instance knows, with stable ids: the JDK value types at ids 20-59 (when enabled) and
 * the user's classes at the ids they give or, when they give none, at the next free id from 100 in the
 * order listed. Writer and reader must use the same list. Collection, map and array serializers are
 * the bounded ones of {@link BoundedCollections} and {@link BoundedArraySerializer}.
 */
final class Registrations {

    /** The first id given to a user class listed without an id. */
    static final int FIRST_USER_ID = 100;

    private static final List<Class<?>> JDK_TYPES = List.of(
            ArrayList.class, LinkedList.class, ArrayDeque.class, HashMap.class, LinkedHashMap.class, TreeMap.class,
            HashSet.class, LinkedHashSet.class, TreeSet.class,
            byte[].class, int[].class, long[].class, double[].class, float[].class, short[].class, char[].class,
            boolean[].class, String[].class, Object[].class,
            BigInteger.class, BigDecimal.class, UUID.class, Date.class,
            Instant.class, LocalDate.class, LocalTime.class, LocalDateTime.class, Duration.class,
            List.of().getClass(), List.of(1).getClass(), Set.of().getClass(), Set.of(1).getClass(),
            Map.of().getClass(), Map.of(1, 1).getClass());
    private static final int FIRST_JDK_ID = 20;

    private final Map<Class<?>, Integer> userClasses;
    private final boolean jdkTypes;

    private Registrations(Map<Class<?>, Integer> userClasses, boolean jdkTypes) {
        this.userClasses = userClasses;
        this.jdkTypes = jdkTypes;
    }

    /**
     * Parses entries {@code com.example.Person} or {@code com.example.Person:101}.
     *
     * @throws SerializationException for a class that cannot be found, a malformed or duplicate id
     */
    static Registrations parse(List<String> entries, boolean jdkTypes, ClassLoader loader) {
        Map<Class<?>, Integer> explicit = new LinkedHashMap<>();
        List<Class<?>> implicit = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            Class<?> type = load(colon < 0 ? entry : entry.substring(0, colon).trim(), loader);
            if (explicit.containsKey(type) || implicit.contains(type)) {
                throw new SerializationException("kryo serializer: " + type.getName() + " is registered twice");
            }
            if (colon < 0) {
                implicit.add(type);
                continue;
            }
            int id = parseId(entry, entry.substring(colon + 1).trim());
            if (!taken.add(id)) {
                throw new SerializationException("kryo serializer: registration id " + id + " is used twice");
            }
            explicit.put(type, id);
        }
        Map<Class<?>, Integer> all = new LinkedHashMap<>(explicit);
        int next = FIRST_USER_ID;
        for (Class<?> type : implicit) {
            while (taken.contains(next)) {
                next++;
            }
            taken.add(next);
            all.put(type, next);
        }
        return new Registrations(Map.copyOf(all), jdkTypes);
    }

    /** Registers everything on {@code kryo}; collection, map and array serializers get a length bound. */
    void applyTo(Kryo kryo) {
        if (jdkTypes) {
            int id = FIRST_JDK_ID;
            for (Class<?> type : JDK_TYPES) {
                register(kryo, type, id++);
            }
        }
        userClasses.forEach((type, id) -> register(kryo, type, id));
    }

    private static void register(Kryo kryo, Class<?> type, int id) {
        kryo.register(type, serializerFor(kryo, type), id);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Serializer<?> serializerFor(Kryo kryo, Class<?> type) {
        if (type == UUID.class) {
            return new DefaultSerializers.UUIDSerializer();
        }
        if (type == TreeMap.class) {
            return new BoundedCollections.BoundedTreeMap();
        }
        if (type == TreeSet.class) {
            return new BoundedCollections.BoundedTreeSet();
        }
        if (type.getName().startsWith("java.util.ImmutableCollections$")) {
            if (List.class.isAssignableFrom(type)) {
                return new BoundedCollections.ImmutableList();
            }
            if (Set.class.isAssignableFrom(type)) {
                return new BoundedCollections.ImmutableSet();
            }
            if (Map.class.isAssignableFrom(type)) {
                return new BoundedCollections.ImmutableMap();
            }
        }
        Serializer serializer = kryo.getDefaultSerializer(type);
        if (type.isArray()) {
            return new BoundedArraySerializer<>(serializer);
        }
        if (serializer.getClass() == CollectionSerializer.class) {
            return new BoundedCollections.BoundedCollection<>();
        }
        if (serializer.getClass() == MapSerializer.class) {
            return new BoundedCollections.BoundedMap<>();
        }
        return serializer;
    }

    private static int parseId(String entry, String text) {
        try {
            int id = Integer.parseInt(text);
            if (id < FIRST_USER_ID) {
                throw new SerializationException("kryo serializer: registration id " + id + " in '" + entry
                        + "' is reserved (Kryo's primitives and the JDK types); use ids from " + FIRST_USER_ID);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new SerializationException("kryo serializer: registration '" + entry + "' must be class or class:id",
                    null, false, 0, e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SerializationException("kryo serializer: registered class " + name + " is not on the classpath",
                    null, false, 0, e);
        }
    }
}
