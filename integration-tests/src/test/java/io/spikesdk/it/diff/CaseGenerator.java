package io.spikesdk.it.diff;

/** Makes random cases of one category; later categories (batch, query, UDF, bit/HLL) plug in as further generators. */
interface CaseGenerator {
    String category();

    /** A case drawn from {@code gen}; it must not be a {@link CrashGuard} input. */
    Case generate(Gen gen);
}
