package io.spikesdk.api.internal;

import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Providers listed in the test {@code META-INF/services} file. */
public final class TestProviders {

    private TestProviders() {
    }

    /** Stores strings as UTF-8; option {@code prefix} is prepended on write. */
    public static final class Alpha implements SerializerProvider {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public Serializer create(SerializerOptions options) {
            options.requireKnownKeys(name(), Set.of("prefix", "mode"));
            String prefix = options.get("prefix", "");
            return new Serializer() {
                @Override
                public byte[] serialize(Object value) {
                    return (prefix + value).getBytes(StandardCharsets.UTF_8);
                }

                @Override
                public Object deserialize(byte[] bytes) {
                    return new String(bytes, StandardCharsets.UTF_8);
                }
            };
        }
    }

    /** Same name as {@link Alpha}, different case: must lose to it with a warning. */
    public static final class AlphaAgain implements SerializerProvider {
        @Override
        public String name() {
            return "ALPHA";
        }

        @Override
        public Serializer create(SerializerOptions options) {
            throw new IllegalStateException("the duplicate must never be used");
        }
    }

    /** Fails in its constructor: ServiceLoader reports it, discovery skips it. */
    public static final class ThrowingConstructor implements SerializerProvider {
        public ThrowingConstructor() {
            throw new IllegalStateException("boom");
        }

        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public Serializer create(SerializerOptions options) {
            throw new UnsupportedOperationException();
        }
    }

    /** Blank name: skipped. */
    public static final class BlankName implements SerializerProvider {
        @Override
        public String name() {
            return " ";
        }

        @Override
        public Serializer create(SerializerOptions options) {
            throw new UnsupportedOperationException();
        }
    }

    /** Written for a future SPI: skipped. */
    public static final class FutureSpi implements SerializerProvider {
        @Override
        public String name() {
            return "future";
        }

        @Override
        public Serializer create(SerializerOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION + 1;
        }
    }

    /** Its factory fails with a plain runtime exception, which the registry wraps. */
    public static final class Beta implements SerializerProvider {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public Serializer create(SerializerOptions options) {
            throw new IllegalArgumentException("beta needs a licence");
        }
    }
}
