package io.spikesdk.cdt;

/** Formats a bit set as {@code NAME|NAME|0x..} for the flag types' {@code toString}. */
final class FlagNames {
    private FlagNames() {
    }

    /** {@code names[i]} names bit {@code 1 << i}; bits without a name are shown in hex. */
    static String format(int code, String[] names, String zero) {
        if (code == 0) {
            return zero;
        }
        StringBuilder text = new StringBuilder();
        int rest = code;
        for (int bit = 0; bit < names.length; bit++) {
            if ((code & (1 << bit)) != 0) {
                append(text, names[bit]);
                rest &= ~(1 << bit);
            }
        }
        if (rest != 0) {
            append(text, "0x" + Integer.toHexString(rest));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (text.length() > 0) {
            text.append('|');
        }
        text.append(part);
    }
}
