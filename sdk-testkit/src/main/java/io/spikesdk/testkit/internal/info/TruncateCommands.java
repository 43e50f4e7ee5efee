package io.spikesdk.testkit.internal.info;

import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code truncate}, {@code truncate-namespace}, {@code truncate-undo} and {@code truncate-namespace-undo} with a CE
 * 8.1.2.0 node's answers. The cut-off ({@code lut}, UTC nanoseconds read as C {@code strtoul} base 0, default now) is
 * checked here; the command then goes to every node of the cluster, as the real server broadcasts it. As there, an
 * unknown namespace or a set never written is answered {@code ok} and changes nothing.
 */
final class TruncateCommands {
    private static final int MAX_NAMESPACE_CHARS = 31;
    private static final int MAX_SET_CHARS = 63;
    private static final int MAX_LUT_CHARS = 23;
    private static final long EPOCH_MILLIS = ServerClock.CITRUSLEAF_EPOCH_SECONDS * 1000;

    private final ServerClock clock;
    private final Supplier<List<Map<String, NamespaceStore>>> everyNode;

    TruncateCommands(ServerClock clock, Supplier<List<Map<String, NamespaceStore>>> everyNode) {
        this.clock = clock;
        this.everyNode = everyNode;
    }

    /** {@code truncate:namespace=<ns>;set=<set>[;lut=<ns since 1970>]}. */
    String truncate(InfoParams p) {
        Optional<String> error = required(p, "namespace", MAX_NAMESPACE_CHARS)
                .or(() -> required(p, "set", MAX_SET_CHARS));
        return error.orElseGet(() -> truncate(p.get("namespace").get(), p.get("set").get(), p));
    }

    /** {@code truncate-namespace:namespace=<ns>[;lut=<ns since 1970>]}. */
    String truncateNamespace(InfoParams p) {
        Optional<String> error = required(p, "namespace", MAX_NAMESPACE_CHARS).or(() -> noSet(p));
        return error.orElseGet(() -> truncate(p.get("namespace").get(), null, p));
    }

    /** {@code truncate-undo:namespace=<ns>;set=<set>}. */
    String truncateUndo(InfoParams p) {
        Optional<String> error = required(p, "namespace", MAX_NAMESPACE_CHARS)
                .or(() -> required(p, "set", MAX_SET_CHARS));
        return error.orElseGet(() -> undo(p.get("namespace").get(), p.get("set").get()));
    }

    /** {@code truncate-namespace-undo:namespace=<ns>}. */
    String truncateNamespaceUndo(InfoParams p) {
        Optional<String> error = required(p, "namespace", MAX_NAMESPACE_CHARS).or(() -> noSet(p));
        return error.orElseGet(() -> undo(p.get("namespace").get(), null));
    }

    private String truncate(String namespace, String set, InfoParams p) {
        Optional<String> lutText = p.get("lut");
        long now = clock.nowMillis() - EPOCH_MILLIS;
        long cut = now;
        if (lutText.isPresent()) {
            if (lutText.get().isEmpty()) {
                return InfoParams.missingValue("lut");
            }
            if (lutText.get().length() > MAX_LUT_CHARS) {
                return InfoParams.tooLong("lut");
            }
            long unixMillis = Long.divideUnsigned(strtoul(lutText.get()), 1_000_000L);
            cut = unixMillis > EPOCH_MILLIS ? unixMillis - EPOCH_MILLIS : 0;
            if (cut == 0) {
                return "ERROR:4:would truncate to 0";
            }
            if (cut > now) {
                return "ERROR:4:would truncate in the future";
            }
        }
        for (Map<String, NamespaceStore> node : everyNode.get()) {
            NamespaceStore store = node.get(namespace);
            if (store != null) {
                store.truncate(set, cut);
            }
        }
        return "ok";
    }

    private String undo(String namespace, String set) {
        for (Map<String, NamespaceStore> node : everyNode.get()) {
            NamespaceStore store = node.get(namespace);
            if (store != null) {
                store.undoTruncate(set);
            }
        }
        return "ok";
    }

    private static Optional<String> required(InfoParams p, String key, int maxChars) {
        Optional<String> value = p.get(key);
        if (value.isEmpty()) {
            return Optional.of(InfoParams.missing(key));
        }
        if (value.get().isEmpty()) {
            return Optional.of(InfoParams.missingValue(key));
        }
        return value.get().length() > maxChars ? Optional.of(InfoParams.tooLong(key)) : Optional.empty();
    }

    /** The namespace-wide forms refuse a set parameter, present in any form, "for safety". */
    private static Optional<String> noSet(InfoParams p) {
        return p.get("set").isPresent() ? Optional.of("ERROR:4:unexpected set name") : Optional.empty();
    }

    /**
     * C {@code strtoul(text, NULL, 0)}: optional sign and leading blanks, base from the prefix (0x hex, 0 octal),
     * digits up to the first invalid one, saturating at 2^64-1; a minus sign negates modulo 2^64.
     */
    static long strtoul(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            if (i + 2 < text.length() && Character.digit(text.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            }
        } else if (text.startsWith("0", i)) {
            radix = 8;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < text.length(); i++) {
            int d = Character.digit(text.charAt(i), radix);
            if (d < 0) {
                break;
            }
            long next = value * radix + d;
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, radix)) > 0) {
                overflow = true;
            }
            value = next;
        }
        if (overflow) {
            return -1L;
        }
        return negative ? -value : value;
    }
}
