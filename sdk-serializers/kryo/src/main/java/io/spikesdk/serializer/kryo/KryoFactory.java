package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import com.esotericsoftware.kryo.util.MapReferenceResolver;
import org.objenesis.strategy.StdInstantiatorStrategy;

/** Builds identically configured {@link Kryo} instances for the pool. */
final class KryoFactory {

    private final Registrations registrations;
    private final boolean registrationRequired;
    private final boolean references;
    private final int maxDepth;
    private final ClassLoader classLoader;

    KryoFactory(Registrations registrations, boolean registrationRequired, boolean references, int maxDepth,
                ClassLoader classLoader) {
        this.registrations = registrations;
        this.registrationRequired = registrationRequired;
        this.references = references;
        this.maxDepth = maxDepth;
        this.classLoader = classLoader;
    }

    Kryo newKryo() {
        Kryo kryo = new Kryo(registrationRequired ? new RegisteredOnlyClassResolver() : new DefaultClassResolver(),
                new MapReferenceResolver());
        kryo.setRegistrationRequired(registrationRequired);
        kryo.setWarnUnregisteredClasses(false);
        kryo.setReferences(references);
        kryo.setMaxDepth(maxDepth);
        kryo.setClassLoader(classLoader);
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        registrations.applyTo(kryo);
        return kryo;
    }
}
