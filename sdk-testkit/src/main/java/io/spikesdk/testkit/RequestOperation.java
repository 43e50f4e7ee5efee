package io.spikesdk.testkit;

import java.util.Objects;

/**
 * One operation of a request as the {@linkplain EmbeddedAerospike#activity() activity log} decoded it.
 *
 * @param type the wire operation: READ, WRITE, INCR, APPEND, PREPEND, TOUCH, DELETE, CDT_READ, CDT_MODIFY,
 *     BIT_READ, BIT_MODIFY, HLL_READ, HLL_MODIFY, EXP_READ, EXP_MODIFY; UDF for a UDF call (bin null, value
 *     {@code module.function}); MORE, last, when a request has more operations than the log keeps (100), value
 *     {@code "<n> more operations"}
 * @param bin the bin name, or null when the operation names none (a READ of every bin, a TOUCH)
 * @param value the value sent, as short readable text (strings quoted, long values cut), or null when none
 */
public record RequestOperation(String type, String bin, String value) {
    public RequestOperation {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return type + (bin == null ? "" : " " + bin) + (value == null ? "" : (bin == null ? " " : "=") + value);
    }
}
