package io.spikesdk.api.metrics;

/** What a command did, as reported to a {@link MetricsListener}. */
public enum CommandType {
    /** get: a record's bins. */
    READ,
    /** exists and getHeader: a record's header, no bins. */
    EXISTS,
    /** put, append, prepend, add, removeBin. */
    WRITE,
    /** operate: a list of operations on one record. */
    OPERATE,
    DELETE,
    TOUCH,
    /** A record UDF on one key. */
    UDF,
    /** One node's share of a batch. */
    BATCH,
    /** One node's share of a scan (one round). */
    SCAN,
    /** One node's share of a query or an aggregation (one round). */
    QUERY,
    /** Starting a background scan/query job (operations or a UDF) on one node. */
    BACKGROUND,
    /** An info request on one node ({@code info}, {@code infoAll}, index and UDF management). */
    INFO;

    private final String lowerName = name().toLowerCase(java.util.Locale.ROOT);

    /** The name in lower case ({@code read}, {@code batch}, ...), as metric tags and span names use it. */
    public String lowerName() {
        return lowerName;
    }
}
