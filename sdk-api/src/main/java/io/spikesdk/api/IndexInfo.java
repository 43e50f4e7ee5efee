package io.spikesdk.api;

/**
 * A secondary index as {@code sindex-list} describes it: namespace, set (null for none), name, bin, value type,
 * collection type and state ({@code RW} when built, {@code WO} while building).
 */
public record IndexInfo(String namespace, String set, String name, String bin, IndexType type,
                        IndexCollectionType collectionType, String state) {
}
