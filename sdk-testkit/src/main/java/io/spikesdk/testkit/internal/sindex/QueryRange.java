package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The filter of a secondary-index query: the INDEX_RANGE field (22; docs/wire-protocol.md §13.3) with the optional
 * INDEX_TYPE (26) and INDEX_CONTEXT (23) fields, checked as SRV {@code query.c get_range_field} does.
 */
public final class QueryRange {
    private static final int MAX_BIN_NAME = 15;
    private static final int MAX_KEY_SIZE = 2048;
    private static final int MAX_GEOJSON_SIZE = 1024 * 1024;

    private final String bin;
    private final int keyType;
    private final long start;
    private final long end;
    private final byte[] bytes;
    private final int collectionType;
    private final byte[] context;
    private final List<Element> contextEntries;
    private final GeoFilter geo;

    private QueryRange(String bin, int keyType, long start, long end, byte[] bytes, int collectionType,
            byte[] context, List<Element> contextEntries, GeoFilter geo) {
        this.bin = bin;
        this.keyType = keyType;
        this.start = start;
        this.end = end;
        this.bytes = bytes;
        this.collectionType = collectionType;
        this.context = context;
        this.contextEntries = contextEntries;
        this.geo = geo;
    }

    /** The query's filter, or null when a field is malformed (the query then fails with 4). */
    public static QueryRange parse(MessageView msg) {
        byte[] f = msg.fieldBytes(FieldType.INDEX_RANGE);
        if (f == null || f.length < 2 || f[0] != 1) {
            return null;
        }
        int binLen = f[1] & 0xff;
        boolean byNameOrExp = msg.findField(FieldType.INDEX_NAME) >= 0
                || msg.findField(FieldType.INDEX_EXPRESSION) >= 0;
        if (binLen == 0 ? !byNameOrExp : byNameOrExp || binLen > MAX_BIN_NAME) {
            return null;
        }
        int p = 2 + binLen;
        if (f.length <= p) {
            return null;
        }
        String bin = new String(f, 2, binLen, StandardCharsets.ISO_8859_1);
        int keyType = f[p++] & 0xff;
        int collectionType = 0;
        int typeField = msg.findField(FieldType.INDEX_TYPE);
        if (typeField >= 0) {
            if (msg.fieldLength(typeField) == 0) {
                return null;
            }
            collectionType = msg.buffer()[msg.fieldOffset(typeField)] & 0xff;
        }
        byte[] context = msg.fieldBytes(FieldType.INDEX_CONTEXT);
        List<Element> entries = null;
        if (context != null) {
            entries = byNameOrExp || context.length == 0 ? null : CdtEngine.parseContext(context);
            if (entries == null) {
                return null;
            }
        }
        switch (keyType) {
            case ParticleType.INTEGER:
                if (f.length - p < 24 || Bytes.getInt(f, p) != Long.BYTES || Bytes.getInt(f, p + 12) != Long.BYTES) {
                    return null;
                }
                long lo = Bytes.getLong(f, p + 4);
                long hi = Bytes.getLong(f, p + 16);
                return lo > hi ? null
                        : new QueryRange(bin, keyType, lo, hi, null, collectionType, context, entries, null);
            case ParticleType.STRING:
            case ParticleType.BLOB:
                if (f.length - p < 4) {
                    return null;
                }
                int len = Bytes.getInt(f, p);
                if (len < 0 || len >= MAX_KEY_SIZE || f.length - p - 4 < len) {
                    return null;
                }
                byte[] value = Arrays.copyOfRange(f, p + 4, p + 4 + len);
                long bval = Wyhash.hash(value);
                return new QueryRange(bin, keyType, bval, bval, value, collectionType, context, entries, null);
            case ParticleType.GEOJSON:
                GeoFilter geo = geo(f, p);
                return geo == null ? null
                        : new QueryRange(bin, keyType, 0, 0, null, collectionType, context, entries, geo);
            default:
                return null;
        }
    }

    /** GEOJSON: the text's length, then the text (clients repeat it as the end value, which is ignored). */
    private static GeoFilter geo(byte[] f, int p) {
        if (f.length - p < 4) {
            return null;
        }
        int len = Bytes.getInt(f, p);
        if (len <= 0 || len >= MAX_GEOJSON_SIZE || f.length - p - 4 < len) {
            return null;
        }
        try {
            return GeoFilter.parse(Arrays.copyOfRange(f, p + 4, p + 4 + len));
        } catch (GeoJsonException e) {
            return null;
        }
    }

    public String bin() {
        return bin;
    }

    /** The particle type queried: 1 integer, 3 string, 4 blob, 23 GeoJSON. */
    public int keyType() {
        return keyType;
    }

    public int collectionType() {
        return collectionType;
    }

    /** The CDT context (msgpack), or null. */
    public byte[] context() {
        return context;
    }

    List<Element> contextEntries() {
        return contextEntries;
    }

    /** The geo filter of a GEOJSON query, else null. */
    GeoFilter geo() {
        return geo;
    }

    /** Whether the filter spans more than one value (SRV {@code isrange}): a numeric range whose ends differ. */
    boolean isRange() {
        return bytes == null && start != end;
    }

    /** Whether the index value satisfies the filter: within [start, end], or equal bytes. */
    boolean matches(IndexValue v) {
        return bytes == null ? start <= v.number() && v.number() <= end : Arrays.equals(bytes, v.bytes());
    }
}
