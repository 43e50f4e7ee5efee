package io.spikesdk.api;

/** The type of the values a secondary index holds (spec {@code INDEX_NUMERIC}, {@code INDEX_STRING}, ...). */
public enum IndexType {
    NUMERIC,
    STRING,
    BLOB,
    GEO2DSPHERE
}
