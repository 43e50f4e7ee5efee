package io.spikesdk.testkit.internal.storage;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secondary index of a namespace: what it indexes (set, bin, CDT context, key type, collection type) and its name.
 * Two indexes are the same when everything but the name matches, as on the real server, where the name is only the
 * value stored under the definition.
 *
 * @param name the index name
 * @param set the set it covers, or null for the whole namespace
 * @param bin the bin name, or null for a set index
 * @param keyType the particle type indexed: 1 integer (NUMERIC), 3 STRING, 4 BLOB, 23 GEO2DSPHERE
 * @param collectionType 0 DEFAULT, 1 LIST, 2 MAPKEYS, 3 MAPVALUES, 4 SET (a set index)
 * @param context the CDT context (msgpack), or null
 */
public record IndexDefinition(String name, String set, String bin, int keyType, int collectionType, byte[] context) {
    public static final int DEFAULT = 0;
    public static final int LIST = 1;
    public static final int MAPKEYS = 2;
    public static final int MAPVALUES = 3;
    /** A set index: no bin, only speeds up scans of its set. */
    public static final int SET = 4;

    /** Whether {@code other} indexes the same thing, whatever its name. */
    public boolean sameDefinition(IndexDefinition other) {
        return Objects.equals(set, other.set) && Objects.equals(bin, other.bin) && keyType == other.keyType
                && collectionType == other.collectionType && Arrays.equals(context, other.context);
    }

    /** This definition under another name. */
    public IndexDefinition renamed(String newName) {
        return new IndexDefinition(newName, set, bin, keyType, collectionType, context);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexDefinition d && name.equals(d.name) && sameDefinition(d);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, set, bin, keyType, collectionType, Arrays.hashCode(context));
    }

    @Override
    public String toString() {
        return name + "{set=" + set + ", bin=" + bin + ", type=" + keyType + ", collection=" + collectionType
                + (context == null ? "" : ", context=" + Arrays.toString(context)) + "}";
    }
}
