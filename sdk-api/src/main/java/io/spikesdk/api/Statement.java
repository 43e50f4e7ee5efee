package io.spikesdk.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a query reads: a namespace, optionally a set, optionally the bins to return (all when none) and optionally
 * a secondary-index {@link Filter} (without one the query reads every record of the set, as a scan). Immutable;
 * build with {@link #builder(String)}.
 */
public final class Statement {
    private final String namespace;
    private final String set;
    private final String[] binNames;
    private final Filter filter;

    private Statement(Builder b) {
        this.namespace = b.namespace;
        this.set = b.set;
        this.binNames = b.binNames;
        this.filter = b.filter;
    }

    /** A builder for a query of {@code namespace}. */
    public static Builder builder(String namespace) {
        return new Builder(namespace);
    }

    public String namespace() {
        return namespace;
    }

    /** The set, or null for the whole namespace. */
    public String set() {
        return set;
    }

    /** The bins to return (a copy), or null for all. */
    public String[] binNames() {
        return binNames == null ? null : binNames.clone();
    }

    /** The index filter, or null. */
    public Filter filter() {
        return filter;
    }

    @Override
    public String toString() {
        return "Statement[" + namespace + "/" + set + " bins=" + Arrays.toString(binNames) + " filter=" + filter + "]";
    }

    /** Builds {@link Statement}s. Not thread-safe. */
    public static final class Builder {
        private final String namespace;
        private String set;
        private String[] binNames;
        private Filter filter;

        private Builder(String namespace) {
            this.namespace = Objects.requireNonNull(namespace, "namespace");
            if (namespace.isEmpty()) {
                throw new IllegalArgumentException("namespace must not be empty");
            }
        }

        /** The set; null or empty for the whole namespace. */
        public Builder set(String set) {
            this.set = set == null || set.isEmpty() ? null : set;
            return this;
        }

        /** The bins to return; none for all. */
        public Builder binNames(String... names) {
            if (names != null) {
                for (int i = 0; i < names.length; i++) {
                    Objects.requireNonNull(names[i], "binNames[" + i + "]");
                }
            }
            this.binNames = names == null || names.length == 0 ? null : names.clone();
            return this;
        }

        /** The index filter; null for none. */
        public Builder filter(Filter filter) {
            this.filter = filter;
            return this;
        }

        public Statement build() {
            return new Statement(this);
        }
    }
}
