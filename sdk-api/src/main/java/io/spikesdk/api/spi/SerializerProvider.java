package io.spikesdk.api.spi;

/**
 * A named factory of {@link Serializer}s, found with {@link java.util.ServiceLoader}.
 *
 * <p>Each serializer jar lists its provider in {@code META-INF/services/io.spikesdk.api.spi.SerializerProvider}.
 * An application picks one by putting the jar on the classpath and naming it in the client config (or with
 * the system property {@code spikesdk.serializer}). Implementations need a public no-argument constructor
 * and must be cheap to construct: the SDK instantiates every provider on the classpath to read its name.
 *
 * @since 0.1
 */
public interface SerializerProvider {

    /** The SPI version this release of the SDK implements. */
    int SPI_VERSION = 1;

    /** The name users configure, lower case, for example {@code "jackson"}; unique on a classpath. */
    String name();

    /**
     * Builds a serializer.
     *
     * @param options settings documented by each provider (its README lists them); never {@code null}
     * @return a thread-safe serializer
     * @throws io.spikesdk.api.SerializationException when an option is invalid (the message names it)
     */
    Serializer create(SerializerOptions options);

    /**
     * The SPI version the provider was written for; the SDK skips (and logs) providers that declare a
     * version newer than {@link #SPI_VERSION}.
     */
    default int spiVersion() {
        return SPI_VERSION;
    }
}
