package io.spikesdk.exp;

/**
 * Compile flags of {@link Exp#regexCompare}: the spec's {@code REGEX_NONE}, {@code REGEX_EXTENDED},
 * {@code REGEX_ICASE}, {@code REGEX_NOSUB} and {@code REGEX_NEWLINE}, with the same wire values as the
 * official clients (0, 1, 2, 4, 8). Combine them with {@link #with}. Immutable.
 *
 * <p><b>What the server really does.</b> The server passes the bits verbatim to glibc's
 * {@code regcomp}, whose constants differ from the clients' names for bits 4 and 8: wire bit 4 (named
 * NOSUB here and in every client) is glibc {@code REG_NEWLINE}, and wire bit 8 (named NEWLINE) is glibc
 * {@code REG_NOSUB}. Confirmed on a real server: against {@code "a\nb"}, {@code ^b} and {@code a$} match
 * only with {@link #NOSUB}, and {@code a.b} stops matching with {@link #NOSUB}; {@link #NEWLINE} behaves
 * exactly like {@link #NONE}. The names are kept for compatibility with the spec and the official
 * clients.
 */
public final class RegexFlag {

    /** POSIX basic regular expressions (BRE), case-sensitive; {@code .} matches a newline. Wire 0. */
    public static final RegexFlag NONE = new RegexFlag(0);

    /** POSIX extended regular expression syntax (ERE: {@code +}, {@code ?}, {@code |}, {@code {n}} ...). Wire 1. */
    public static final RegexFlag EXTENDED = new RegexFlag(1);

    /** Case-insensitive matching. Wire 2. */
    public static final RegexFlag ICASE = new RegexFlag(2);

    /**
     * Named "do not report match positions" by the spec, but wire bit 4 is glibc {@code REG_NEWLINE} on the
     * server: {@code .} and non-matching bracket lists do not match a newline, and {@code ^} / {@code $}
     * also match right after / before a newline (observed).
     */
    public static final RegexFlag NOSUB = new RegexFlag(4);

    /**
     * Named "match-any-character operators don't match a newline" by the spec, but wire bit 8 is glibc
     * {@code REG_NOSUB} on the server, which has no visible effect on a boolean match (observed: same
     * results as {@link #NONE}).
     */
    public static final RegexFlag NEWLINE = new RegexFlag(8);

    private final int code;

    private RegexFlag(int code) {
        this.code = code;
    }

    /**
     * Flags from raw wire bits. Any int is accepted: the server ignores unknown bits (observed with 0x10,
     * 0x20, 0x100 and 0xffffffff).
     */
    public static RegexFlag fromCode(int bits) {
        return new RegexFlag(bits);
    }

    /** The union of the given flags ({@link #NONE} when none). */
    public static RegexFlag of(RegexFlag... flags) {
        Exp.requireNonNull(flags, "regex flags");
        int code = 0;
        for (RegexFlag flag : flags) {
            Exp.requireNonNull(flag, "regex flag");
            code |= flag.code;
        }
        return new RegexFlag(code);
    }

    /** These flags plus {@code other}. */
    public RegexFlag with(RegexFlag other) {
        Exp.requireNonNull(other, "regex flag");
        return new RegexFlag(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(RegexFlag other) {
        Exp.requireNonNull(other, "regex flag");
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegexFlag other && other.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return "RegexFlag(" + code + ")";
    }
}
