package io.spikesdk.api;

/**
 * A registered UDF module as {@code udf-list} describes it: its server path (for example {@code "stats.lua"}), the
 * server's hash of its source (SHA-1, hex) and its language.
 */
public record UdfInfo(String name, String hash, Language language) {
}
