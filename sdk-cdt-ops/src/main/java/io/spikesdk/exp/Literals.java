package io.spikesdk.exp;

import io.spikesdk.api.Value;
import io.spikesdk.cdt.CdtValue;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Packs list and map literals like {@link MsgPackWriter#packObject(Object)}, and also accepts the
 * {@link CdtValue} markers anywhere inside them ({@code d4 ff 00} wildcard, {@code d4 ff 01} infinity),
 * as the official client does for {@code Value.WILDCARD} / {@code Value.INFINITY}.
 */
final class Literals {
    private static final int EXT_FIX1 = 0xd4;
    private static final int EXT_TYPE_MARKER = 0xff;
    private static final int MAP_KEY_ORDERED = 0x01;

    private Literals() {
    }

    static void pack(MsgPackWriter out, Object value) {
        if (value instanceof CdtValue marker) {
            out.packRaw(new byte[] {(byte) EXT_FIX1, (byte) EXT_TYPE_MARKER, (byte) marker.marker()}, 0, 3);
        } else if (value instanceof List<?> list) {
            out.packArrayHeader(list.size());
            for (Object element : list) {
                pack(out, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            packMap(out, map);
        } else if (value instanceof Value.ListValue list) {
            pack(out, list.value());
        } else if (value instanceof Value.MapValue map) {
            packMap(out, map.value());
        } else {
            out.packObject(value);
        }
    }

    private static void packMap(MsgPackWriter out, Map<?, ?> map) {
        if (map instanceof SortedMap) {
            out.packMapHeader(map.size() + 1);
            out.packOrderFlags(MAP_KEY_ORDERED);
            out.packNil();
        } else {
            out.packMapHeader(map.size());
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            pack(out, entry.getKey());
            pack(out, entry.getValue());
        }
    }
}
