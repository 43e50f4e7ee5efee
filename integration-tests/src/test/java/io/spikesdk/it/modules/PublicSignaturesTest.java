package io.spikesdk.it.modules;

import io.spikesdk.api.internal.StoredBlob;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No public signature of an exported package mentions an {@code internal} type: the supertypes, type
 * parameters, public and protected constructors, methods and fields of every public type, generic arguments
 * included. The exported packages are read from the modules' own descriptors.
 */
class PublicSignaturesTest {

    @Test
    void noPublicSignatureOfAnExportedPackageMentionsAnInternalType() {
        List<Class<?>> types = publicTypesOfExportedPackages();
        assertTrue(types.size() > 100, "found only " + types.size() + " public types");
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : types) {
            leaks.addAll(leaksOf(type));
        }
        assertEquals(Set.of(), leaks, "public signatures that mention internal types");
    }

    @Test
    void theScanSeesALeakInEveryKindOfSignature() {
        String prefix = Leaky.class.getName().replace("Leaky", "");
        assertEquals(Set.of(
                "Leaky extends/implements java.lang.Comparable<io.spikesdk.api.internal.StoredBlob>",
                "Leaky type parameter T extends io.spikesdk.api.internal.StoredBlob",
                "Leaky.field: io.spikesdk.api.internal.StoredBlob",
                "Leaky(java.util.List<? extends io.spikesdk.api.internal.StoredBlob>)",
                "Leaky.method() returns io.spikesdk.api.internal.StoredBlob[]"),
            leaksOf(Leaky.class).stream().map(s -> s.replace(prefix, "")).collect(Collectors.toSet()));
    }

    /** Every public (and, through its enclosing types, reachable) type of every unqualified export. */
    private static List<Class<?>> publicTypesOfExportedPackages() {
        List<Class<?>> types = new ArrayList<>();
        for (ModuleReference ref : SdkModules.sdk().findAll()) {
            Set<String> exported = ref.descriptor().exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            for (String className : classNames(ref)) {
                String pkg = className.substring(0, className.lastIndexOf('.'));
                if (exported.contains(pkg)) {
                    Class<?> c = load(className);
                    if (isReachable(c)) {
                        types.add(c);
                    }
                }
            }
        }
        return types;
    }

    private static List<String> classNames(ModuleReference ref) {
        try (ModuleReader reader = ref.open(); Stream<String> entries = reader.list()) {
            return entries.filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicSignaturesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static boolean isReachable(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    static Set<String> leaksOf(Class<?> type) {
        Set<String> leaks = new TreeSet<>();
        String name = type.getName();
        for (Type s : supertypes(type)) {
            if (mentionsInternal(s)) {
                leaks.add(name + " extends/implements " + s.getTypeName());
            }
        }
        for (TypeVariable<?> v : type.getTypeParameters()) {
            for (Type b : v.getBounds()) {
                if (mentionsInternal(b)) {
                    leaks.add(name + " type parameter " + v.getName() + " extends " + b.getTypeName());
                }
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (isApi(f.getModifiers()) && !f.isSynthetic() && mentionsInternal(f.getGenericType())) {
                leaks.add(name + "." + f.getName() + ": " + f.getGenericType().getTypeName());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (isApi(c.getModifiers()) && !c.isSynthetic()) {
                leaks.addAll(leaksOf(name, c, null));
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                leaks.addAll(leaksOf(name + "." + m.getName(), m, m.getGenericReturnType()));
            }
        }
        return leaks;
    }

    private static List<Type> supertypes(Class<?> type) {
        List<Type> all = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            all.add(type.getGenericSuperclass());
        }
        return all;
    }

    private static List<String> leaksOf(String name, Executable e, Type returnType) {
        List<String> leaks = new ArrayList<>();
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        for (TypeVariable<?> v : e.getTypeParameters()) {
            types.addAll(List.of(v.getBounds()));
        }
        String params = Stream.of(e.getGenericParameterTypes()).map(Type::getTypeName).collect(Collectors.joining(", "));
        if (types.stream().anyMatch(PublicSignaturesTest::mentionsInternal)) {
            leaks.add(name + "(" + params + ")");
        }
        if (returnType != null && mentionsInternal(returnType)) {
            leaks.add(name + "(" + params + ") returns " + returnType.getTypeName());
        }
        if (Stream.of(e.getGenericExceptionTypes()).anyMatch(PublicSignaturesTest::mentionsInternal)) {
            leaks.add(name + "(" + params + ") throws " + List.of(e.getGenericExceptionTypes()));
        }
        return leaks;
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean mentionsInternal(Type t) {
        return mentionsInternal(t, new HashSet<>());
    }

    private static boolean mentionsInternal(Type t, Set<TypeVariable<?>> seen) {
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            return c.getPackageName().contains(".internal");
        }
        if (t instanceof ParameterizedType p) {
            return mentionsInternal(p.getRawType(), seen)
                || (p.getOwnerType() != null && mentionsInternal(p.getOwnerType(), seen))
                || Stream.of(p.getActualTypeArguments()).anyMatch(a -> mentionsInternal(a, seen));
        }
        if (t instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                .anyMatch(b -> mentionsInternal(b, seen));
        }
        if (t instanceof GenericArrayType a) {
            return mentionsInternal(a.getGenericComponentType(), seen);
        }
        if (t instanceof TypeVariable<?> v) {
            return seen.add(v) && Stream.of(v.getBounds()).anyMatch(b -> mentionsInternal(b, seen));
        }
        return false;
    }

    /** One leak of each kind, so the scan is shown to find them. */
    @SuppressWarnings("unused")
    public abstract static class Leaky<T extends StoredBlob> implements Comparable<StoredBlob> {
        public StoredBlob field;

        public Leaky(List<? extends StoredBlob> blobs) {
        }

        public StoredBlob[] method() {
            return null;
        }

        private StoredBlob hidden() {
            return null;
        }
    }
}
