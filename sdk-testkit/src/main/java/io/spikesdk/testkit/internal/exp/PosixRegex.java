package io.spikesdk.testkit.internal.exp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a POSIX regular expression, as glibc {@code regcomp} reads it, into a {@link Pattern}. Wire flag
 * bits are glibc's (docs/embedded-server.md C5): 1 REG_EXTENDED (ERE, else BRE with the GNU {@code \+ \? \|}
 * extensions), 2 REG_ICASE, 4 REG_NEWLINE ({@code .} and {@code [^...]} stop at a newline, {@code ^ $} match
 * at line boundaries), 8 REG_NOSUB (no effect on a boolean match); other bits are ignored. Subjects and
 * patterns are read one char per byte, as in the C locale. A pattern glibc rejects raises PARAMETER_ERROR.
 */
final class PosixRegex {
    static final int EXTENDED = 1;
    static final int ICASE = 2;
    static final int NEWLINE = 4;

    private final String src;
    private final boolean ere;
    private final boolean newline;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> openGroups = new ArrayDeque<>();
    private int closedGroups;
    private int pos;
    /** Start in {@link #out} of the last atom that a quantifier may apply to, or -1. */
    private int atom = -1;
    private boolean afterQuantifier;

    private PosixRegex(String src, int flags) {
        this.src = src;
        this.ere = (flags & EXTENDED) != 0;
        this.newline = (flags & NEWLINE) != 0;
    }

    /** Compiles {@code pattern} with the wire {@code flags}. */
    static Pattern compile(String pattern, int flags) throws ExpException {
        String java = new PosixRegex(pattern, flags).translate();
        int javaFlags = (flags & NEWLINE) != 0 ? Pattern.MULTILINE | Pattern.UNIX_LINES : Pattern.DOTALL;
        if ((flags & ICASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE;
        }
        try {
            return Pattern.compile(java, javaFlags);
        } catch (PatternSyntaxException e) {
            throw ExpException.param("invalid regular expression: " + e.getDescription());
        }
    }

    private String translate() throws ExpException {
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\') {
                escape();
            } else if (c == '[') {
                startAtom();
                BracketExpression.Translated bracket = BracketExpression.translate(this::fail, src, pos - 1, newline);
                out.append(bracket.javaClass());
                pos = bracket.end();
            } else if (ere) {
                ereChar(c);
            } else {
                breChar(c);
            }
        }
        if (!openGroups.isEmpty()) {
            throw fail("unmatched (");
        }
        return out.toString();
    }

    private void ereChar(char c) throws ExpException {
        switch (c) {
            case '(':
                if (pos < src.length() && "*+?{".indexOf(src.charAt(pos)) >= 0) {
                    throw fail("repetition operator after (");
                }
                openGroup();
                break;
            case ')':
                if (openGroups.isEmpty()) {
                    literal(c);
                } else {
                    closeGroup();
                }
                break;
            case '|':
                alternation();
                break;
            case '*':
            case '+':
            case '?':
                quantifier(String.valueOf(c));
                break;
            case '{':
                interval('}');
                break;
            case '^':
                anchor("^");
                break;
            case '$':
                anchor(newline ? "$" : "\\z");
                break;
            case '.':
                startAtom();
                out.append('.');
                break;
            default:
                literal(c);
        }
    }

    private void breChar(char c) throws ExpException {
        switch (c) {
            case '*':
                if (atom < 0) {
                    literal(c);
                } else {
                    quantifier("*");
                }
                break;
            case '^':
                if (out.length() == 0 || atomStartContext()) {
                    anchor("^");
                } else {
                    literal(c);
                }
                break;
            case '$':
                if (pos == src.length() || src.startsWith("\\)", pos) || src.startsWith("\\|", pos)) {
                    anchor(newline ? "$" : "\\z");
                } else {
                    literal(c);
                }
                break;
            case '.':
                startAtom();
                out.append('.');
                break;
            default:
                literal(c);
        }
    }

    /** Whether the BRE position is right after {@code \(} or {@code \|} (where {@code ^} is an anchor). */
    private boolean atomStartContext() {
        return pos >= 3 && (src.startsWith("\\(", pos - 3) || src.startsWith("\\|", pos - 3));
    }

    private void escape() throws ExpException {
        if (pos >= src.length()) {
            throw fail("trailing backslash");
        }
        char c = src.charAt(pos++);
        if (c >= '1' && c <= '9') {
            if (c - '0' > closedGroups) {
                throw fail("invalid back reference");
            }
            startAtom();
            out.append('\\').append(c);
            return;
        }
        if (!ere && breEscape(c)) {
            return;
        }
        switch (c) {
            case 'w', 'W', 's', 'S' -> {
                startAtom();
                out.append('\\').append(c);
            }
            case 'b', 'B' -> anchor("\\" + c);
            case '<' -> anchor("\\b(?=\\w)");
            case '>' -> anchor("\\b(?<=\\w)");
            case '`' -> anchor("\\A");
            case '\'' -> anchor("\\z");
            default -> literal(c);
        }
    }

    /** The BRE operators spelled with a backslash; false when {@code c} is not one. */
    private boolean breEscape(char c) throws ExpException {
        switch (c) {
            case '(':
                openGroup();
                return true;
            case ')':
                if (openGroups.isEmpty()) {
                    throw fail("unmatched \\)");
                }
                closeGroup();
                return true;
            case '|':
                alternation();
                return true;
            case '{':
                interval('\\');
                return true;
            case '+':
            case '?':
                if (atom < 0) {
                    literal(c);
                } else {
                    quantifier(String.valueOf(c));
                }
                return true;
            default:
                return false;
        }
    }

    private void openGroup() {
        openGroups.push(out.length());
        out.append('(');
        atom = -1;
        afterQuantifier = false;
    }

    private void closeGroup() {
        atom = openGroups.pop();
        out.append(')');
        closedGroups++;
        afterQuantifier = false;
    }

    private void alternation() {
        out.append('|');
        atom = -1;
        afterQuantifier = false;
    }

    private void anchor(String text) {
        out.append(text);
        atom = -1;
        afterQuantifier = false;
    }

    private void startAtom() {
        atom = out.length();
        afterQuantifier = false;
    }

    private void literal(char c) {
        startAtom();
        appendLiteral(out, c);
    }

    static void appendLiteral(StringBuilder sb, char c) {
        if (c < 0x80 && Character.isLetterOrDigit(c)) {
            sb.append(c);
        } else {
            sb.append(String.format("\\x{%x}", (int) c));
        }
    }

    /** Applies a quantifier to the last atom; a quantifier on a quantifier applies to the whole repeat. */
    private void quantifier(String q) throws ExpException {
        if (atom < 0) {
            throw fail("repetition operator without an operand");
        }
        if (afterQuantifier) {
            out.insert(atom, "(?:").append(')');
        }
        out.append(q);
        afterQuantifier = true;
    }

    /** {@code {m}}, {@code {m,}} or {@code {m,n}}; in a BRE the closing brace is {@code \}}. */
    private void interval(char closer) throws ExpException {
        int close = src.indexOf(closer == '}' ? "}" : "\\}", pos);
        if (close < 0) {
            throw fail("unterminated interval");
        }
        String body = src.substring(pos, close);
        if (!body.matches("\\d{1,5}(,\\d{0,5})?")) {
            throw fail("invalid interval");
        }
        String[] parts = body.split(",", -1);
        if (parts.length == 2 && !parts[1].isEmpty() && Integer.parseInt(parts[1]) < Integer.parseInt(parts[0])) {
            throw fail("invalid interval bounds");
        }
        pos = close + (closer == '}' ? 1 : 2);
        quantifier("{" + body + "}");
    }

    private ExpException fail(String why) {
        return ExpException.param(why + " in regular expression");
    }
}
