package io.spikesdk.api;

import io.spikesdk.api.internal.KeyDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Identifies a record: namespace, optional set, and the 20-byte digest that the server uses as the
 * record's identity.
 *
 * <p>The digest is RIPEMD-160 over {@code set (UTF-8) ‖ type byte ‖ key bytes} (string: 3 + UTF-8,
 * integer: 1 + 8-byte big-endian, blob: 4 + bytes), so it equals the official clients' digest for the
 * same set and key. The namespace is not part of the digest. Immutable; equality is namespace + digest.
 */
public final class Key {

    private static final int DIGEST_LENGTH = 20;

    private final String namespace;
    private final String setName;
    private final Value userKey;
    private final byte[] digest;

    private Key(String namespace, String setName, Value userKey, byte[] digest) {
        this.namespace = namespace;
        this.setName = setName;
        this.userKey = userKey;
        this.digest = digest;
    }

    /**
     * A key with a string user key.
     *
     * @param namespace the namespace (required)
     * @param set the set, or {@code null}/empty for none
     * @param userKey the key (required)
     * @throws NullPointerException if the namespace or the key is null
     */
    public static Key of(String namespace, String set, String userKey) {
        requireUserKey(userKey);
        return create(namespace, set, new Value.StringValue(userKey), userKey);
    }

    /** A key with an integer user key; see {@link #of(String, String, String)}. */
    public static Key of(String namespace, String set, long userKey) {
        Value.LongValue value = new Value.LongValue(userKey);
        return create(namespace, set, value, value);
    }

    /** A key with an integer user key (hashed as a 64-bit integer); see {@link #of(String, String, String)}. */
    public static Key of(String namespace, String set, int userKey) {
        return of(namespace, set, (long) userKey);
    }

    /** A key with a blob user key (copied); see {@link #of(String, String, String)}. */
    public static Key of(String namespace, String set, byte[] userKey) {
        requireUserKey(userKey);
        return create(namespace, set, new Value.BytesValue(userKey), userKey);
    }

    /**
     * A key known only by its digest (for example from a scan); {@link #userKey()} is {@code null}.
     *
     * @throws NullPointerException if the namespace or the digest is null
     * @throws IllegalArgumentException if the digest is not 20 bytes
     */
    public static Key ofDigest(String namespace, String set, byte[] digest20) {
        requireNamespace(namespace);
        Objects.requireNonNull(digest20, "digest20");
        if (digest20.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException("digest20: a key digest must be exactly " + DIGEST_LENGTH + " bytes, got "
                + digest20.length + " bytes");
        }
        return new Key(namespace, normalizeSet(set), null, digest20.clone());
    }

    /** A key read from a reply: digest owned (not copied), user key when the record stored it. */
    static Key fromReply(String namespace, String set, Value userKey, byte[] ownedDigest) {
        return new Key(namespace, normalizeSet(set), userKey, ownedDigest);
    }

    /**
     * The digest of {@code userKey} in {@code set}, without building a key.
     *
     * @param set the set, or {@code null}/empty for none
     * @param userKey a String, Long, Integer, Short, Byte or byte[]
     * @throws NullPointerException if {@code userKey} is null
     * @throws IllegalArgumentException for any other type of user key
     */
    public static byte[] digest(String set, Object userKey) {
        byte[] out = new byte[DIGEST_LENGTH];
        KeyDigest.compute(normalizeSet(set), userKey, out, 0);
        return out;
    }

    /** {@code rawKey} is what the digest is computed from (a LongValue for integers, so no Long is boxed). */
    private static Key create(String namespace, String set, Value userKey, Object rawKey) {
        requireNamespace(namespace);
        String s = normalizeSet(set);
        byte[] d = new byte[DIGEST_LENGTH];
        KeyDigest.compute(s, rawKey, d, 0);
        return new Key(namespace, s, userKey, d);
    }

    private static void requireNamespace(String namespace) {
        if (namespace == null) {
            throw new NullPointerException("namespace: a key needs a namespace, got null");
        }
    }

    private static void requireUserKey(Object userKey) {
        if (userKey == null) {
            throw new NullPointerException("userKey: a key needs a user key, got null (use Key.ofDigest for digest-only keys)");
        }
    }

    private static String normalizeSet(String set) {
        return set == null || set.isEmpty() ? null : set;
    }

    /** The namespace. */
    public String namespace() {
        return namespace;
    }

    /** The set, or {@code null} when the record is in no set. */
    public String setName() {
        return setName;
    }

    /** The user key (LongValue, StringValue or BytesValue), or {@code null} for a digest-only key. */
    public Value userKey() {
        return userKey;
    }

    /** A copy of the 20-byte digest. */
    public byte[] digest() {
        return digest.clone();
    }

    /** Copies the 20-byte digest to {@code dst[offset..offset+20)} without allocating. */
    public void copyDigest(byte[] dst, int offset) {
        System.arraycopy(digest, 0, dst, offset, DIGEST_LENGTH);
    }

    /** The partition (0..4095) of the record: the first two digest bytes, little-endian, masked to 12 bits. */
    public int partitionId() {
        return ((digest[0] & 0xFF) | (digest[1] & 0xFF) << 8) & 0xFFF;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Key)) {
            return false;
        }
        Key k = (Key) o;
        return namespace.equals(k.namespace) && Arrays.equals(digest, k.digest);
    }

    /**
     * Four bytes of the digest (already a hash) with the namespace, as the official client computes it: hash maps
     * of keys iterate in the same order in both clients (a transaction's verify and roll batches list their keys so).
     */
    @Override
    public int hashCode() {
        int fromDigest = (digest[8] & 0xFF) | (digest[9] & 0xFF) << 8 | (digest[10] & 0xFF) << 16 | (digest[11] & 0xFF) << 24;
        return (fromDigest + 31) * 31 + namespace.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96).append(namespace).append(':');
        if (setName != null) {
            sb.append(setName);
        }
        sb.append(':').append(userKey != null ? userKey : "-").append(':');
        for (byte b : digest) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }
}
