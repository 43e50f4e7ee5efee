package io.spikesdk.serializer.java;

import io.spikesdk.api.SerializationException;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes the {@code java} serializer may deserialize, by name, decided before a class is even loaded.
 *
 * <p>Patterns: {@code com.example.Person} (that class), {@code com.example.*} (classes of that package),
 * {@code com.example.**} (that package and its sub-packages). Arrays are judged by their component type;
 * primitive arrays are always allowed; dynamic proxies never are. With {@code jdkTypes} the boxed
 * primitives, {@code String}, {@code BigInteger}/{@code BigDecimal}, the {@code java.util} collections,
 * {@code UUID}, {@code Date} and {@code java.time} values are allowed too.
 */
final class AllowList {

    private static final Set<String> JDK_TYPES = Set.of(
            "java.lang.Object", "java.lang.Number", "java.lang.Enum", "java.lang.String",
            "java.lang.Boolean", "java.lang.Byte", "java.lang.Character", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.math.BigInteger", "java.math.BigDecimal",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.Arrays$ArrayList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.UUID", "java.util.Date", "java.util.BitSet",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.CollSer", "java.util.Map$Entry",
            "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
            "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Set12",
            "java.util.ImmutableCollections$MapN", "java.util.ImmutableCollections$Map1",
            "java.util.Collections$UnmodifiableCollection", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableSet",
            "java.util.Collections$UnmodifiableSortedSet", "java.util.Collections$UnmodifiableMap",
            "java.util.Collections$UnmodifiableSortedMap", "java.util.Collections$EmptyList",
            "java.util.Collections$EmptySet", "java.util.Collections$EmptyMap",
            "java.util.Collections$SingletonList", "java.util.Collections$SingletonSet",
            "java.util.Collections$SingletonMap", "java.util.Collections$ReverseComparator",
            "java.time.Ser");
    private static final String JDK_TIME_PACKAGE = "java.time";

    private final Set<String> classes;
    private final List<String> packages;
    private final List<String> packageTrees;
    private final List<String> patterns;

    private AllowList(Set<String> classes, List<String> packages, List<String> packageTrees, List<String> patterns) {
        this.classes = classes;
        this.packages = packages;
        this.packageTrees = packageTrees;
        this.patterns = patterns;
    }

    /**
     * Parses the user's patterns.
     *
     * @throws SerializationException for a pattern that would allow everything or is not a class/package name
     */
    static AllowList parse(List<String> patterns, boolean jdkTypes) {
        Set<String> classes = new HashSet<>();
        List<String> packages = new ArrayList<>();
        List<String> trees = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.endsWith(".**")) {
                trees.add(checkName(pattern, pattern.substring(0, pattern.length() - 3)) + ".");
            } else if (pattern.endsWith(".*")) {
                packages.add(checkName(pattern, pattern.substring(0, pattern.length() - 2)));
            } else {
                classes.add(checkName(pattern, pattern));
            }
        }
        if (jdkTypes && !patterns.isEmpty()) {
            classes.addAll(JDK_TYPES);
            packages.add(JDK_TIME_PACKAGE);
        }
        return new AllowList(Set.copyOf(classes), List.copyOf(packages), List.copyOf(trees), List.copyOf(patterns));
    }

    /** Whether nothing at all is allowed (no pattern configured). */
    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The user's patterns, as configured. */
    List<String> patterns() {
        return Collections.unmodifiableList(patterns);
    }

    /** Whether a class named as in a serialization stream ({@code com.x.A}, {@code [Lcom.x.A;}, {@code [I}) is allowed. */
    boolean allowsStreamName(String name) {
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return allowsClassName(name);
        }
        if (name.length() == dims + 1) {
            return true;
        }
        if (name.charAt(dims) == 'L' && name.endsWith(";")) {
            return allowsClassName(name.substring(dims + 1, name.length() - 1));
        }
        return false;
    }

    /** Whether {@code type} (arrays by component) is allowed. */
    boolean allows(Class<?> type) {
        Class<?> component = type;
        while (component.isArray()) {
            component = component.getComponentType();
        }
        if (component.isPrimitive()) {
            return true;
        }
        return !Proxy.isProxyClass(component) && allowsClassName(component.getName());
    }

    private boolean allowsClassName(String name) {
        if (classes.contains(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        if (packages.contains(pkg)) {
            return true;
        }
        for (String tree : packageTrees) {
            if (name.startsWith(tree)) {
                return true;
            }
        }
        return false;
    }

    private static String checkName(String pattern, String name) {
        if (name.isEmpty() || name.contains("*")) {
            throw new SerializationException("java serializer: allow pattern '" + pattern + "' is not allowed: name a"
                    + " class (com.example.Person), a package (com.example.*) or a package tree (com.example.**);"
                    + " allowing every class would reopen the remote-code-execution hole the allow-list closes");
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
                throw new SerializationException("java serializer: allow pattern '" + pattern
                        + "' is not a class or package name");
            }
        }
        return name;
    }

    @Override
    public String toString() {
        return patterns.toString();
    }
}
