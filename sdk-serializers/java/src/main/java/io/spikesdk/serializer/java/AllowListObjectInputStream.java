package io.spikesdk.serializer.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * An {@link ObjectInputStream} that refuses a class by name before loading it, never builds dynamic proxies,
 * and resolves allowed classes through the thread's context class loader first (so application classes
 * are found when the SDK sits in a parent class loader).
 */
final class AllowListObjectInputStream extends ObjectInputStream {

    private final AllowList allowList;

    AllowListObjectInputStream(InputStream in, AllowList allowList) throws IOException {
        super(in);
        this.allowList = allowList;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        String name = desc.getName();
        if (!allowList.allowsStreamName(name)) {
            throw new InvalidClassException(name, "not on the java serializer's allow-list " + allowList);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            return super.resolveClass(desc);
        }
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return super.resolveClass(desc);
        }
    }

    @Override
    protected Class<?> resolveProxyClass(String[] interfaces) throws IOException {
        throw new InvalidClassException(String.join(",", interfaces), "the java serializer never deserializes dynamic proxies");
    }
}
