package io.spikesdk.it.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Bit cases: a record with zero to two random blob bins (empty to 40 bytes, sometimes absent, sometimes an
 * integer bin instead), then random bit operations with random offsets (negative ones too), sizes (0 and past the
 * end too), payloads, write flags, resize flags, overflow actions and signedness, as an operate call, or as a
 * nested {@code BitExp} in an ExpOperation read or write or in a filter. PARTIAL bit writes keep their offset in
 * the first byte ({@link BitStep#knownCrash}).
 */
final class BitCases implements CaseGenerator {
    private static final String[] MODIFIES = {"resize", "insert", "remove", "set", "or", "xor", "and", "not", "lshift",
        "rshift", "add", "subtract", "setInt"};
    private static final String[] READS = {"get", "count", "lscan", "rscan", "getInt"};
    private static final String[] BINS = {"b0", "b1"};
    private static final long[] INT_EDGES = {0, 1, -1, 127, 128, 255, -128, Long.MAX_VALUE, Long.MIN_VALUE, 0x7fffffffL, 65535};
    private static final int[] EXP_READ_FLAGS = {0, 0, 16};
    private static final int[] EXP_WRITE_FLAGS = {0, 0, 0, 1, 2, 4, 8, 16};

    @Override
    public String category() {
        return "bit";
    }

    @Override
    public Case generate(Gen g) {
        List<Setup.InitialBin> bins = new ArrayList<>();
        int[] sizes = new int[BINS.length];
        for (int i = 0; i < BINS.length; i++) {
            int kind = g.nextInt(10);
            if (kind < 8) {
                sizes[i] = g.chance(15) ? g.nextInt(41) : g.nextInt(9);
                bins.add(new Setup.InitialBin(BINS[i], blob(g, sizes[i]), null));
            } else if (kind == 8) {
                bins.add(new Setup.InitialBin(BINS[i], (long) g.nextInt(100), null));
            }
        }
        Setup setup = g.chance(5) ? Setup.NONE : new Setup(bins, 0, 0);
        int pick = g.nextInt(10);
        BitCall.Mode mode = pick < 5 ? BitCall.Mode.OPERATE : pick < 7 ? BitCall.Mode.EXP_READ
                : pick < 9 ? BitCall.Mode.EXP_WRITE : BitCall.Mode.FILTER;
        int sourceIndex = g.nextInt(BINS.length);
        List<BitStep> steps = new ArrayList<>();
        int n = mode == BitCall.Mode.OPERATE ? 1 + g.nextInt(4) : 1 + (g.chance(30) ? 1 : 0);
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            boolean read = switch (mode) {
                case OPERATE -> g.chance(35);
                case EXP_WRITE -> false;
                case FILTER -> last;
                default -> last && g.chance(60);
            };
            int bin = mode == BitCall.Mode.OPERATE ? g.nextInt(BINS.length) : sourceIndex;
            steps.add(step(g, read ? g.pick(READS) : g.pick(MODIFIES), BINS[bin], sizes[bin]));
        }
        byte[] literal = mode != BitCall.Mode.OPERATE && g.chance(15) ? blob(g, g.nextInt(9)) : null;
        int expFlags = mode == BitCall.Mode.EXP_READ ? g.pick(box(EXP_READ_FLAGS))
                : mode == BitCall.Mode.EXP_WRITE ? g.pick(box(EXP_WRITE_FLAGS)) : 0;
        return new Case(category(), setup, new BitCall(mode, steps, g.chance(20) && mode == BitCall.Mode.OPERATE, literal,
                g.chance(70) ? BINS[sourceIndex] : "t", expFlags, g.nextInt(4), g.nextInt(12) - 2));
    }

    private static Integer[] box(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static byte[] blob(Gen g, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            int kind = g.nextInt(6);
            b[i] = (byte) (kind == 0 ? 0 : kind == 1 ? 0xff : kind == 2 ? 0x7f : kind == 3 ? 0x80 : g.nextInt(256));
        }
        return b;
    }

    /** A step on a bin that starts with {@code bytes} bytes: windows mostly inside it, sometimes past its end. */
    private static BitStep step(Gen g, String name, String bin, int bytes) {
        int bits = Math.max(8, bytes * 8);
        int flags = flags(g, name);
        int extra = 0;
        int offset;
        int size;
        long value = 0;
        byte[] buf = null;
        switch (name) {
            case "resize" -> {
                offset = 0;
                size = g.nextInt(bytes + 4);
                extra = g.chance(85) ? g.nextInt(8) & ~(g.chance(80) ? 6 : 0) : g.nextInt(8);
            }
            case "insert", "remove" -> {
                offset = g.chance(20) ? -1 - g.nextInt(bytes + 2) : g.nextInt(bytes + 3);
                size = g.chance(5) ? 0 : 1 + g.nextInt(Math.max(2, bytes));
                buf = name.equals("insert") ? blob(g, g.chance(5) ? 0 : 1 + g.nextInt(4)) : null;
            }
            default -> {
                offset = g.chance(20) ? -1 - g.nextInt(bits + 4) : g.chance(30) ? g.nextInt(8) : g.nextInt(bits + 4);
                int room = Math.max(1, bits - Math.floorMod(offset, bits));
                boolean integer = name.equals("add") || name.equals("subtract") || name.equals("setInt")
                        || name.equals("getInt");
                size = integer ? (g.chance(5) ? g.pick(new Integer[] {0, 65}) : 1 + g.nextInt(Math.min(64, g.chance(85) ? room : 64)))
                        : g.chance(4) ? 0 : 1 + g.nextInt(g.chance(85) ? room : bits + 8);
                switch (name) {
                    case "set", "or", "xor", "and" -> buf = blob(g, g.chance(10) ? g.nextInt(3) : (size + 7) / 8 + g.nextInt(3));
                    case "lshift", "rshift" -> value = g.chance(5) ? -1 : g.nextInt(size + 4);
                    case "lscan", "rscan" -> value = g.nextInt(2);
                    case "add", "subtract", "setInt" -> value = switch (g.nextInt(4)) {
                        case 0 -> INT_EDGES[g.nextInt(INT_EDGES.length)];
                        case 1 -> (g.chance(50) ? -1L : 1L) << (Math.max(1, Math.min(size, 64)) - 1);
                        default -> g.nextInt(600) - 300;
                    };
                    default -> {
                    }
                }
                if (name.equals("add") || name.equals("subtract")) {
                    extra = (g.chance(5) ? 6 : g.pick(new Integer[] {0, 0, 2, 4})) | g.nextInt(2);
                } else if (name.equals("getInt")) {
                    extra = g.nextInt(2);
                }
            }
        }
        BitStep step = new BitStep(name, bin, offset, size, value, buf, flags, extra);
        return step.knownCrash() ? step.withFlags(flags & ~8) : step;
    }

    private static int flags(Gen g, String name) {
        if (BitStep.READS.contains(name)) {
            return 0;
        }
        if (g.chance(40)) {
            return 0;
        }
        return g.chance(85) ? g.nextInt(16) & ~(g.chance(70) ? 3 : 0) : g.nextInt(16);
    }
}
