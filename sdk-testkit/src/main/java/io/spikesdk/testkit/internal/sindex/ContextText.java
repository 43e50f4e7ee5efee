package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpExt;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import java.util.List;
import java.util.Locale;

/**
 * A CDT context as {@code sindex-list} shows it: {@code [list_index(0), map_key(<string#3>)]} (SRV
 * {@code cdt_msgpack_ctx_to_dynbuf}, {@code msgpack_display}).
 */
public final class ContextText {
    private static final String[] NAMES = {"index", "rank", "key", "value"};
    private static final int LIST = 0x10;
    private static final int MAP = 0x20;

    private ContextText() {
    }

    public static String of(byte[] context) {
        List<Element> entries = CdtEngine.parseContext(context);
        if (entries == null) {
            return "[(ctx-error-list-hdr)]";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i += 2) {
            int id = (int) ((MpInt) entries.get(i)).value();
            if (i > 0) {
                out.append(", ");
            }
            out.append((id & LIST) != 0 ? "list_" : (id & MAP) != 0 ? "map_" : "").append(NAMES[id & 0x0f])
                    .append('(').append(display(entries.get(i + 1))).append(')');
        }
        return out.append(']').toString();
    }

    private static String display(Element e) {
        if (e instanceof MpInt i) {
            return i.uint64() ? Long.toUnsignedString(i.value()) : Long.toString(i.value());
        }
        if (e instanceof MpBytes b) {
            int n = b.payload().length - 1;
            switch (b.typeByte()) {
                case -1:
                    return "<blob#_>";
                case MpBytes.STRING:
                    return "<string#" + n + ">";
                case MpBytes.BLOB:
                    return "<blob#" + n + ">";
                case MpBytes.GEOJSON:
                    return "<geojson#" + n + ">";
                default:
                    return "<blob" + b.typeByte() + "#" + n + ">";
            }
        }
        if (e instanceof MpList l) {
            return "<list#" + l.size() + ">";
        }
        if (e instanceof MpMap m) {
            return "<map#" + m.size() + ">";
        }
        if (e instanceof MpBool b) {
            return Boolean.toString(b.value());
        }
        if (e instanceof MpFloat f) {
            return String.format(Locale.ROOT, "%f", f.value());
        }
        if (e instanceof MpExt x) {
            return "<ext#" + x.data().length + ">";
        }
        return "nil";
    }
}
