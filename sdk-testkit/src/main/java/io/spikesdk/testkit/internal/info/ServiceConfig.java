package io.spikesdk.testkit.internal.info;

/**
 * The node's {@code service} settings that can change while it runs ({@code set-config:context=service}).
 * Thread-safe.
 */
public final class ServiceConfig {
    /** The real server's default {@code proto-fd-max}. */
    public static final int DEFAULT_PROTO_FD_MAX = 15_000;
    /** The smallest {@code proto-fd-max} the real server accepts, in its configuration file and in set-config. */
    public static final int MIN_PROTO_FD_MAX = 1024;

    private volatile int protoFdMax;

    public ServiceConfig(int protoFdMax) {
        this.protoFdMax = checkProtoFdMax(protoFdMax);
    }

    /** The most client connections open at once; a connection past it is closed as soon as it is accepted. */
    public int protoFdMax() {
        return protoFdMax;
    }

    public void protoFdMax(int value) {
        this.protoFdMax = checkProtoFdMax(value);
    }

    /** Returns {@code value} when the real server accepts it as proto-fd-max ({@value #MIN_PROTO_FD_MAX} or more). */
    public static int checkProtoFdMax(long value) {
        if (value < MIN_PROTO_FD_MAX || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("proto-fd-max must be " + MIN_PROTO_FD_MAX + ".." + Integer.MAX_VALUE
                    + ": " + value);
        }
        return (int) value;
    }
}
