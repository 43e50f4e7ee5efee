package io.spikesdk.api;

/**
 * What of a bin a secondary index holds: the bin's value ({@code DEFAULT}), the elements of a list, the keys or the
 * values of a map (spec {@code INDEX_TYPE_LIST}, {@code INDEX_TYPE_MAPKEYS}, {@code INDEX_TYPE_MAPVALUES}).
 */
public enum IndexCollectionType {
    DEFAULT,
    LIST,
    MAPKEYS,
    MAPVALUES
}
