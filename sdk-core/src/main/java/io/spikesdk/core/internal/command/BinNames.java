package io.spikesdk.core.internal.command;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes bin names of responses through a small process-wide cache, so that reading the same bins again
 * and again does not build a new {@code String} (and its byte array) per bin per record.
 *
 * <p>A direct-mapped table of immutable entries (UTF-8 bytes, decoded name) indexed by a hash of the
 * bytes; a hit is a hash and a byte comparison. Entries are replaced on collision and published without
 * locks: an entry's fields are final, so a thread sees either an older complete entry or the new one, and
 * every entry is checked against the bytes before use.
 */
final class BinNames {
    private static final int SLOTS = 1024;
    /** Longer names are decoded without the cache (server bin names are at most 15 bytes). */
    private static final int MAX_CACHED_LENGTH = 32;
    private static final Entry[] CACHE = new Entry[SLOTS];

    private BinNames() {
    }

    /** The name encoded as UTF-8 in {@code buf[off, off + len)}. */
    static String decode(byte[] buf, int off, int len) {
        if (len == 0) {
            return "";
        }
        if (len > MAX_CACHED_LENGTH) {
            return new String(buf, off, len, StandardCharsets.UTF_8);
        }
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        Entry e = CACHE[slot];
        if (e != null && e.utf8.length == len && Arrays.equals(e.utf8, 0, len, buf, off, off + len)) {
            return e.name;
        }
        String name = new String(buf, off, len, StandardCharsets.UTF_8);
        CACHE[slot] = new Entry(Arrays.copyOfRange(buf, off, off + len), name);
        return name;
    }

    private static final class Entry {
        final byte[] utf8;
        final String name;

        Entry(byte[] utf8, String name) {
            this.utf8 = utf8;
            this.name = name;
        }
    }
}
