package io.spikesdk.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a read command (and the common settings of every command). Immutable; build with
 * {@link #builder()} or change a copy with {@link #toBuilder()}. A {@code null} policy argument means
 * the client's configured default ({@link ClientConfig#defaults()}).
 *
 * <p>Spec mapping: {@code POLICY_RETRY_NONE} is {@code maxRetries(0)}, {@code POLICY_RETRY_ONCE} is
 * {@code maxRetries(1)}; {@code POLICY_KEY_DIGEST}/{@code POLICY_KEY_SEND} are {@code sendKey(false/true)};
 * {@code POLICY_CONSISTENCY_*} is {@link #readModeAP()}; {@code POLICY_REPLICA_*} is {@link #replica()}.
 *
 * <p>Times: the builder takes timeouts and the retry sleep as a {@link java.time.Duration} (as
 * {@link ClientConfig} does) or as int milliseconds, the wire's unit; the getters return int milliseconds,
 * what the command path reads on every attempt.
 */
public class Policy {

    /** The default read policy: every setting at its documented default. */
    public static final Policy DEFAULT = builder().build();

    private final int socketTimeout;
    private final int totalTimeout;
    private final int maxRetries;
    private final int sleepBetweenRetries;
    private final ReadModeAP readModeAP;
    private final ReadModeSC readModeSC;
    private final Replica replica;
    private final boolean sendKey;
    private final Expression filterExpression;
    private final boolean failOnFilteredOut;
    private final boolean compress;
    private final int readTouchTtlPercent;
    private final SerializerMode serializerMode;
    private final Txn txn;

    /** Copies the builder's settings. */
    protected Policy(Builder b) {
        this.socketTimeout = b.socketTimeout;
        this.totalTimeout = b.totalTimeout;
        this.maxRetries = b.maxRetries;
        this.sleepBetweenRetries = b.sleepBetweenRetries;
        this.readModeAP = b.readModeAP;
        this.readModeSC = b.readModeSC;
        this.replica = b.replica;
        this.sendKey = b.sendKey;
        this.filterExpression = b.filterExpression;
        this.failOnFilteredOut = b.failOnFilteredOut;
        this.compress = b.compress;
        this.readTouchTtlPercent = b.readTouchTtlPercent;
        this.serializerMode = b.serializerMode;
        this.txn = b.txn;
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's settings. */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Socket idle timeout in milliseconds for one attempt; 0 means none. Default: 30000. When it is
     * below {@link #totalTimeout()}, the server is also told to give up after it (transaction_ttl);
     * when it expires the attempt is retried if retries remain.
     */
    public int socketTimeout() {
        return socketTimeout;
    }

    /**
     * Total time budget in milliseconds for the command including retries; 0 means none. Default: 1000.
     * Sent to the server as the transaction deadline, after which the server answers 9 (TIMEOUT).
     */
    public int totalTimeout() {
        return totalTimeout;
    }

    /**
     * How many times a failed attempt is retried (0 = try once). Default: 2 for reads, 0 for
     * {@link WritePolicy} (retrying a non-idempotent write can apply it twice). Spec
     * {@code POLICY_RETRY_NONE} = 0, {@code POLICY_RETRY_ONCE} = 1. Client-side only.
     */
    public int maxRetries() {
        return maxRetries;
    }

    /** Milliseconds to wait before a retry. Default: 0. Client-side only. */
    public int sleepBetweenRetries() {
        return sleepBetweenRetries;
    }

    /** Replicas consulted by reads in AP namespaces (spec {@code POLICY_CONSISTENCY_*}). Default: {@link ReadModeAP#ONE}. */
    public ReadModeAP readModeAP() {
        return readModeAP;
    }

    /** Read consistency in strong-consistency namespaces. Default: {@link ReadModeSC#SESSION}. */
    public ReadModeSC readModeSC() {
        return readModeSC;
    }

    /** Which replica reads go to (spec {@code POLICY_REPLICA_*}). Default: {@link Replica#SEQUENCE}. */
    public Replica replica() {
        return replica;
    }

    /**
     * Whether the user key is sent with the command (spec {@code POLICY_KEY_SEND}; false is
     * {@code POLICY_KEY_DIGEST}). Default: false. On a write the server stores the key with the record;
     * when a stored key exists and differs, the server answers 19 (KEY_MISMATCH).
     */
    public boolean sendKey() {
        return sendKey;
    }

    /**
     * Filter evaluated by the server against the record; when false the command is not applied and the
     * server answers 27 (FILTERED_OUT). Default: {@code null} (no filter).
     */
    public Expression filterExpression() {
        return filterExpression;
    }

    /**
     * Whether a filtered-out record raises {@link FilteredOutException}; when false a read returns
     * {@code null} as if the record did not exist. Default: false.
     */
    public boolean failOnFilteredOut() {
        return failOnFilteredOut;
    }

    /**
     * Whether requests over 128 bytes and responses are zlib-compressed (the server compresses its answer
     * when asked). Default: false. Needs an Enterprise server: Community Edition answers a compressed request
     * with 25 (ENTERPRISE_ONLY). Requests of at most 128 bytes are always sent plain, as the official client does.
     */
    public boolean compress() {
        return compress;
    }

    /**
     * Read-touch TTL percentage sent with reads: 0 = use the server's default-read-touch-ttl-pct, -1 = never
     * touch, 1..100 = the read also resets the TTL when the remaining lifetime is at most this percentage
     * of the TTL of the last write. Default: 0.
     */
    public int readTouchTtlPercent() {
        return readTouchTtlPercent;
    }

    /**
     * What a write does with values that have no Aerospike type (spec {@code serializer} argument,
     * {@code SERIALIZER_*}); {@code null} means the client's {@link ClientConfig#serializerMode()}. Reads do not
     * depend on it. Default: {@code null}.
     */
    public SerializerMode serializerMode() {
        return serializerMode;
    }

    /**
     * The multi-record transaction the command runs in, or null (default). Honoured by reads, writes, operate,
     * delete, touch, UDF calls and batches; queries and scans ignore it, as the official client does.
     */
    public Txn txn() {
        return txn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        Policy p = (Policy) o;
        return socketTimeout == p.socketTimeout && totalTimeout == p.totalTimeout && maxRetries == p.maxRetries
            && sleepBetweenRetries == p.sleepBetweenRetries && readModeAP == p.readModeAP
            && readModeSC == p.readModeSC && replica == p.replica && sendKey == p.sendKey
            && Objects.equals(filterExpression, p.filterExpression) && failOnFilteredOut == p.failOnFilteredOut
            && compress == p.compress && readTouchTtlPercent == p.readTouchTtlPercent
            && serializerMode == p.serializerMode && txn == p.txn;
    }

    @Override
    public int hashCode() {
        return Objects.hash(socketTimeout, totalTimeout, maxRetries, sleepBetweenRetries, readModeAP, readModeSC,
            replica, sendKey, filterExpression, failOnFilteredOut, compress, readTouchTtlPercent, serializerMode,
            txn);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + fieldsToString() + "]";
    }

    /** The settings as {@code name=value} pairs, for {@link #toString()}. */
    protected String fieldsToString() {
        return "socketTimeout=" + socketTimeout + ", totalTimeout=" + totalTimeout + ", maxRetries=" + maxRetries
            + ", sleepBetweenRetries=" + sleepBetweenRetries + ", readModeAP=" + readModeAP
            + ", readModeSC=" + readModeSC + ", replica=" + replica + ", sendKey=" + sendKey
            + ", filterExpression=" + filterExpression + ", failOnFilteredOut=" + failOnFilteredOut
            + ", compress=" + compress + ", readTouchTtlPercent=" + readTouchTtlPercent
            + ", serializerMode=" + serializerMode + (txn != null ? ", txn=" + Long.toUnsignedString(txn.id()) : "");
    }

    /** Builds {@link Policy} instances; setters validate immediately. Not thread-safe. */
    public static class Builder {
        private static final Duration MAX_MILLIS = Duration.ofMillis(Integer.MAX_VALUE);
        int socketTimeout = 30_000;
        int totalTimeout = 1_000;
        int maxRetries = 2;
        int sleepBetweenRetries = 0;
        ReadModeAP readModeAP = ReadModeAP.ONE;
        ReadModeSC readModeSC = ReadModeSC.SESSION;
        Replica replica = Replica.SEQUENCE;
        boolean sendKey = false;
        Expression filterExpression;
        boolean failOnFilteredOut = false;
        boolean compress = false;
        int readTouchTtlPercent = 0;
        SerializerMode serializerMode;
        Txn txn;

        /** A builder with the defaults; use {@link Policy#builder()}. */
        protected Builder() {
        }

        Builder copyFrom(Policy p) {
            socketTimeout = p.socketTimeout;
            totalTimeout = p.totalTimeout;
            maxRetries = p.maxRetries;
            sleepBetweenRetries = p.sleepBetweenRetries;
            readModeAP = p.readModeAP;
            readModeSC = p.readModeSC;
            replica = p.replica;
            sendKey = p.sendKey;
            filterExpression = p.filterExpression;
            failOnFilteredOut = p.failOnFilteredOut;
            compress = p.compress;
            readTouchTtlPercent = p.readTouchTtlPercent;
            serializerMode = p.serializerMode;
            txn = p.txn;
            return this;
        }

        /** See {@link Policy#socketTimeout()}; must be ≥ 0. */
        public Builder socketTimeout(int ms) {
            this.socketTimeout = nonNegative(ms, "socketTimeout");
            return this;
        }

        /** See {@link Policy#totalTimeout()}; must be ≥ 0. */
        public Builder totalTimeout(int ms) {
            this.totalTimeout = nonNegative(ms, "totalTimeout");
            return this;
        }

        /**
         * {@link #socketTimeout(int)} as a {@link Duration}, rounded up to whole milliseconds (so a positive
         * duration never becomes 0, "no timeout"); {@link Duration#ZERO} means none.
         */
        public Builder socketTimeout(Duration timeout) {
            return socketTimeout(millis(timeout, "socketTimeout"));
        }

        /** {@link #totalTimeout(int)} as a {@link Duration}, rounded up as {@link #socketTimeout(Duration)}. */
        public Builder totalTimeout(Duration timeout) {
            return totalTimeout(millis(timeout, "totalTimeout"));
        }

        /** See {@link Policy#maxRetries()}; must be ≥ 0. */
        public Builder maxRetries(int retries) {
            this.maxRetries = nonNegative(retries, "maxRetries");
            return this;
        }

        /** See {@link Policy#sleepBetweenRetries()}; must be ≥ 0. */
        public Builder sleepBetweenRetries(int ms) {
            this.sleepBetweenRetries = nonNegative(ms, "sleepBetweenRetries");
            return this;
        }

        /** {@link #sleepBetweenRetries(int)} as a {@link Duration}, rounded up to whole milliseconds. */
        public Builder sleepBetweenRetries(Duration sleep) {
            return sleepBetweenRetries(millis(sleep, "sleepBetweenRetries"));
        }

        /** See {@link Policy#readModeAP()}; not null. */
        public Builder readModeAP(ReadModeAP mode) {
            this.readModeAP = nonNull(mode, "readModeAP");
            return this;
        }

        /** See {@link Policy#readModeSC()}; not null. */
        public Builder readModeSC(ReadModeSC mode) {
            this.readModeSC = nonNull(mode, "readModeSC");
            return this;
        }

        /** See {@link Policy#replica()}; not null. */
        public Builder replica(Replica replica) {
            this.replica = nonNull(replica, "replica");
            return this;
        }

        /** See {@link Policy#sendKey()}. */
        public Builder sendKey(boolean sendKey) {
            this.sendKey = sendKey;
            return this;
        }

        /** See {@link Policy#filterExpression()}; {@code null} removes the filter. */
        public Builder filterExpression(Expression filter) {
            this.filterExpression = filter;
            return this;
        }

        /** See {@link Policy#failOnFilteredOut()}. */
        public Builder failOnFilteredOut(boolean fail) {
            this.failOnFilteredOut = fail;
            return this;
        }

        /** See {@link Policy#compress()}. */
        public Builder compress(boolean compress) {
            this.compress = compress;
            return this;
        }

        /** See {@link Policy#readTouchTtlPercent()}; must be -1..100. */
        public Builder readTouchTtlPercent(int percent) {
            if (percent < -1 || percent > 100) {
                throw new IllegalArgumentException("readTouchTtlPercent must be -1 (never touch), 0 (server default) or 1..100, got "
                    + percent);
            }
            this.readTouchTtlPercent = percent;
            return this;
        }

        /** See {@link Policy#serializerMode()}; {@code null} means the client's default. */
        public Builder serializerMode(SerializerMode mode) {
            this.serializerMode = mode;
            return this;
        }

        /** The policy. */
        /** See {@link Policy#txn()}; null = not in a transaction. */
        public Builder txn(Txn txn) {
            this.txn = txn;
            return this;
        }

        public Policy build() {
            return new Policy(this);
        }

        /** Whole milliseconds of {@code d}, rounded up; not null, not negative, at most Integer.MAX_VALUE ms. */
        static int millis(Duration d, String name) {
            nonNull(d, name);
            if (d.isNegative() || d.compareTo(MAX_MILLIS) > 0) {
                throw new IllegalArgumentException(name + " must be 0.." + MAX_MILLIS.toMillis() + " ms, got " + d);
            }
            long ms = d.toMillis();
            return (int) (d.compareTo(Duration.ofMillis(ms)) > 0 ? ms + 1 : ms);
        }

        static int nonNegative(int value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be >= 0, got " + value);
            }
            return value;
        }

        static <T> T nonNull(T value, String name) {
            if (value == null) {
                throw new NullPointerException(name + " must not be null");
            }
            return value;
        }
    }
}
