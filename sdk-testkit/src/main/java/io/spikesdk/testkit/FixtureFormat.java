package io.spikesdk.testkit;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats of {@link EmbeddedAerospike#load(Path)} and {@link EmbeddedAerospike#dump(Path)}; see the
 * sdk-testkit README ("Fixtures") for both.
 */
public enum FixtureFormat {
    /** The Spike JSON fixture format ({@code .json}): bins with their Aerospike types, readable and diffable. */
    JSON,
    /** The text format of Aerospike's {@code asbackup} tool, version 3.1 ({@code .asb}). */
    ASBACKUP;

    /**
     * The format of a file by its extension: {@code .json} or {@code .asb}.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static FixtureFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ofName(name);
    }

    /** The format of a file or resource name by its extension: {@code .json} or {@code .asb}. */
    public static FixtureFormat ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".asb")) {
            return ASBACKUP;
        }
        throw new IllegalArgumentException("cannot tell the fixture format of '" + name
                + "': name a .json (Spike JSON fixture) or .asb (asbackup 3.1) file");
    }
}
