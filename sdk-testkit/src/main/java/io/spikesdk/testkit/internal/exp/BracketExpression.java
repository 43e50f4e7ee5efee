package io.spikesdk.testkit.internal.exp;

import java.util.Map;
import java.util.function.Function;

/**
 * A POSIX bracket expression ({@code [a-z]}, {@code [^]x]}, {@code [[:alpha:]]}, {@code [[=a=]]},
 * {@code [[.-.]]}) as a Java character class. Backslash is an ordinary character inside brackets; under
 * REG_NEWLINE a non-matching list never matches a newline.
 */
final class BracketExpression {
    private static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("digit", "\\p{Digit}"), Map.entry("alnum", "\\p{Alnum}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\p{Space}"), Map.entry("blank", "\\p{Blank}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "\\p{XDigit}"));

    private BracketExpression() {
    }

    /** A translated bracket expression and the source index just past it. */
    record Translated(String javaClass, int end) {
    }

    /** The Java class for the bracket expression starting at {@code open} (the {@code [}). */
    static Translated translate(Function<String, ExpException> fail, String src, int open, boolean newline)
            throws ExpException {
        StringBuilder sb = new StringBuilder("[");
        int i = open + 1;
        boolean negate = i < src.length() && src.charAt(i) == '^';
        if (negate) {
            sb.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= src.length()) {
                throw fail.apply("unterminated [");
            }
            char c = src.charAt(i);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' && i + 1 < src.length() && ":=.".indexOf(src.charAt(i + 1)) >= 0) {
                char kind = src.charAt(i + 1);
                int close = src.indexOf(kind + "]", i + 2);
                if (close < 0) {
                    throw fail.apply("unterminated [" + kind);
                }
                String name = src.substring(i + 2, close);
                i = close + 2;
                if (kind == ':') {
                    String cls = CLASSES.get(name);
                    if (cls == null) {
                        throw fail.apply("unknown character class " + name);
                    }
                    sb.append(cls);
                    continue;
                }
                if (name.length() != 1) {
                    throw fail.apply("unsupported collating element " + name);
                }
                c = name.charAt(0);
                i--;
            }
            i++;
            if (i + 1 < src.length() && src.charAt(i) == '-' && src.charAt(i + 1) != ']') {
                char hi = src.charAt(i + 1);
                if (hi < c) {
                    throw fail.apply("invalid range end");
                }
                PosixRegex.appendLiteral(sb, c);
                sb.append('-');
                PosixRegex.appendLiteral(sb, hi);
                i += 2;
            } else {
                PosixRegex.appendLiteral(sb, c);
            }
        }
        if (negate && newline) {
            sb.append("\\n");
        }
        return new Translated(sb.append(']').toString(), i + 1);
    }
}
