package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.Pool;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;

/**
 * Kryo behind a pool: each call borrows a configured {@link Kryo} with its output buffer (Kryo instances
 * are not thread-safe) and returns it after a success; an instance that failed mid-call is dropped.
 * Thread-safe.
 */
public final class KryoSerializer implements Serializer {

    private static final int MAX_KEPT_BUFFER = 64 * 1024;

    private final Pool<Session> pool;

    /** Builds one Kryo right away, so that a configuration Kryo rejects fails here and not on first use. */
    KryoSerializer(KryoFactory factory, int poolSize) {
        this.pool = new Pool<>(true, false, poolSize) {
            @Override
            protected Session create() {
                return new Session(factory.newKryo());
            }
        };
        pool.free(new Session(factory.newKryo()));
    }

    @Override
    public byte[] serialize(Object value) {
        Session session = pool.obtain();
        byte[] bytes;
        try {
            session.kryo.writeClassAndObject(session.output, value);
            bytes = session.output.toBytes();
        } catch (RuntimeException | StackOverflowError e) {
            throw new SerializationException("kryo serializer could not write a " + className(value) + ": "
                    + flatten(e) + " (list the classes to write in option '" + KryoSerializerProvider.REGISTER
                    + "', as class or class:id)", null, false, 0, e);
        }
        session.reset();
        pool.free(session);
        return bytes;
    }

    @Override
    public Object deserialize(byte[] bytes) {
        Session session = pool.obtain();
        Object value;
        try {
            value = session.kryo.readClassAndObject(new Input(bytes));
        } catch (RuntimeException | StackOverflowError e) {
            throw new SerializationException("kryo serializer refused the stored object: " + flatten(e)
                    + " (only classes listed in option '" + KryoSerializerProvider.REGISTER + "' are read)", null, false, 0, e);
        }
        session.reset();
        pool.free(session);
        return value;
    }

    @Override
    public String toString() {
        return "kryo serializer";
    }

    private static String flatten(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replace('\n', ' ');
    }

    private static String className(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    /** A Kryo instance with its reusable output buffer. */
    private static final class Session {
        final Kryo kryo;
        Output output = new Output(256, -1);

        Session(Kryo kryo) {
            this.kryo = kryo;
        }

        void reset() {
            if (output.getBuffer().length > MAX_KEPT_BUFFER) {
                output = new Output(256, -1);
            } else {
                output.reset();
            }
        }
    }
}
