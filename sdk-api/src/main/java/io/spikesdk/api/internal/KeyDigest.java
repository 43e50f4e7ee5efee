package io.spikesdk.api.internal;

import io.spikesdk.api.ParticleType;
import io.spikesdk.api.Value;

import java.util.Objects;

/**
 * Computes record key digests: RIPEMD-160 over {@code set (UTF-8) ‖ particle type ‖ key bytes}.
 *
 * <p>Uses one reusable hash state per thread; no allocation beyond what the caller passes in.
 */
public final class KeyDigest {

    private static final ThreadLocal<Ripemd160> HASH = ThreadLocal.withInitial(Ripemd160::new);

    private KeyDigest() {
    }

    /**
     * Writes the 20-byte digest of {@code userKey} in {@code set} to {@code out[off..off+20)}.
     *
     * @param set the set name, or {@code null}/empty for none
     * @param userKey String, Long, Integer, Short, Byte, byte[], or a LongValue/StringValue/BytesValue
     * @throws NullPointerException if {@code userKey} is null
     * @throws IllegalArgumentException for any other type of key
     */
    public static void compute(String set, Object userKey, byte[] out, int off) {
        Objects.requireNonNull(userKey, "userKey");
        Ripemd160 md = HASH.get();
        md.reset();
        if (userKey instanceof String) {
            updateSet(md, set);
            md.update((byte) ParticleType.STRING);
            md.updateUtf8((String) userKey);
        } else if (userKey instanceof Long || userKey instanceof Integer || userKey instanceof Short
                   || userKey instanceof Byte) {
            updateSet(md, set);
            md.update((byte) ParticleType.INTEGER);
            md.updateLongBigEndian(((Number) userKey).longValue());
        } else if (userKey instanceof byte[]) {
            updateSet(md, set);
            md.update((byte) ParticleType.BLOB);
            md.update((byte[]) userKey);
        } else if (userKey instanceof Value.StringValue) {
            updateSet(md, set);
            md.update((byte) ParticleType.STRING);
            md.updateUtf8(((Value.StringValue) userKey).value());
        } else if (userKey instanceof Value.LongValue) {
            updateSet(md, set);
            md.update((byte) ParticleType.INTEGER);
            md.updateLongBigEndian(((Value.LongValue) userKey).value());
        } else if (userKey instanceof Value.BytesValue) {
            Value.BytesValue bytes = (Value.BytesValue) userKey;
            updateSet(md, set);
            md.update((byte) bytes.particleType());
            md.update(bytes.value());
        } else {
            throw new IllegalArgumentException("unsupported user key "
                + (userKey == null ? "null" : "of class " + userKey.getClass().getName())
                + ": a key must be a String, long, int, short, byte or byte[]");
        }
        md.digest(out, off);
    }

    private static void updateSet(Ripemd160 md, String set) {
        if (set != null) {
            md.updateUtf8(set);
        }
    }
}
