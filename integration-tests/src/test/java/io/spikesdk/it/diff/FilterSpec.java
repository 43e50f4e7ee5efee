package io.spikesdk.it.diff;

import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;

import java.util.List;

/**
 * The index filter of a query as data: {@code equal} (long, String or byte[]), {@code range} (longs, with a
 * collection type for {@code rangeIn}) or {@code contains} (a collection type and a value), with a CDT context.
 */
record FilterSpec(String kind, String bin, IndexCollectionType collection, Object value, long end, List<CtxStep> ctx) {
    Filter build() {
        var c = CtxStep.toCtx(ctx);
        return switch (kind) {
            case "equal" -> value instanceof Long l ? Filter.equal(bin, l, c)
                    : value instanceof String s ? Filter.equal(bin, s, c) : Filter.equal(bin, (byte[]) value, c);
            case "contains" -> value instanceof Long l ? Filter.contains(bin, collection, l, c)
                    : value instanceof String s ? Filter.contains(bin, collection, s, c)
                    : Filter.contains(bin, collection, (byte[]) value, c);
            case "range" -> Filter.range(bin, (Long) value, end, c);
            case "rangeIn" -> Filter.range(bin, collection, (Long) value, end, c);
            default -> throw new IllegalStateException(kind);
        };
    }

    FilterSpec withoutCtx() {
        return new FilterSpec(kind, bin, collection, value, end, List.of());
    }

    @Override
    public String toString() {
        String args = kind.startsWith("range") ? value + ".." + end : Render.value(value);
        return kind + "(" + bin + (kind.equals("contains") || kind.equals("rangeIn") ? " " + collection : "") + " " + args
                + (ctx.isEmpty() ? "" : " ctx=" + ctx) + ")";
    }
}
