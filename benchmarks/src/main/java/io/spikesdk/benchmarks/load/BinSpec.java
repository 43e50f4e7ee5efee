package io.spikesdk.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One bin of an object spec: {@code I} (8-byte integer), {@code D} (double), {@code S:n} (n-character
 * ASCII string) or {@code B:n} (n-byte blob).
 *
 * @param type the value type
 * @param size characters (S) or bytes (B); 8 for I and D
 */
public record BinSpec(Type type, int size) {
    /** The largest string or blob a bin may hold here (1 MiB, the default max record size). */
    public static final int MAX_SIZE = 1 << 20;

    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".getBytes(StandardCharsets.US_ASCII);

    /** Value types of the aerospike-benchmark object spec. */
    public enum Type { INTEGER, DOUBLE, STRING, BLOB }

    public BinSpec {
        if (type == null) {
            throw new IllegalArgumentException("bin type is required");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("bin size must be 1.." + MAX_SIZE + ": " + size);
        }
    }

    /** Parses one element of an object spec, e.g. {@code I}, {@code S:100}, {@code B:1000}. */
    public static BinSpec parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty bin in object spec");
        }
        char c = Character.toUpperCase(t.charAt(0));
        String rest = t.substring(1);
        switch (c) {
            case 'I':
            case 'D':
                if (!rest.isEmpty() && !rest.equals(":8")) {
                    throw new IllegalArgumentException("'" + t + "': " + c + " takes no size (it is 8 bytes)");
                }
                return new BinSpec(c == 'I' ? Type.INTEGER : Type.DOUBLE, 8);
            case 'S':
            case 'B':
                if (!rest.startsWith(":") || rest.length() == 1) {
                    throw new IllegalArgumentException("'" + t + "': " + c + " needs a size, e.g. " + c + ":100");
                }
                return new BinSpec(c == 'S' ? Type.STRING : Type.BLOB, parseSize(t, rest.substring(1)));
            default:
                throw new IllegalArgumentException("'" + t + "': unknown bin type " + c + " (use I, D, S:n or B:n)");
        }
    }

    private static int parseSize(String spec, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + spec + "': size is not a number", e);
        }
    }

    /** A random value of this type: Long, Double, String or byte[]. */
    public Object generate(SplittableRandom random) {
        switch (type) {
            case INTEGER:
                return random.nextLong();
            case DOUBLE:
                return random.nextDouble();
            case STRING: {
                byte[] chars = new byte[size];
                for (int i = 0; i < size; i++) {
                    chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
                }
                return new String(chars, StandardCharsets.US_ASCII);
            }
            default: {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                return bytes;
            }
        }
    }

    /** The spec text, e.g. {@code S:100}. */
    @Override
    public String toString() {
        switch (type) {
            case INTEGER:
                return "I";
            case DOUBLE:
                return "D";
            case STRING:
                return "S:" + size;
            default:
                return "B:" + size;
        }
    }
}
