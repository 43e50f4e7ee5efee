package io.spikesdk.testkit.internal.udf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites LuaJ's error texts into the words the real server's Lua gives for the same mistake
 * ({@code unexpected symbol near 'end'}, {@code attempt to perform arithmetic on a nil value}). Lua also names the
 * variable involved ({@code (local 'x')}); LuaJ does not know it, so that part stays missing.
 */
final class LuaMessages {
    /** LuaJ's reserved words and multi-character symbols, from token 257 on (its lexer's order). */
    private static final String[] TOKENS = {"and", "break", "do", "else", "elseif", "end", "false", "for", "function",
        "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while", "..",
        "...", "==", ">=", "<=", "~=", "::", "<eof>"};
    private static final int FIRST_RESERVED = 257;

    private static final Pattern UNEXPECTED = Pattern.compile("unexpected symbol (\\d+) \\(.\\)");
    private static final Pattern ARITHMETIC_ON_TWO = Pattern.compile("attempt to perform arithmetic __\\w+ on (\\w+) and (\\w+)");
    private static final Pattern ON_ONE = Pattern.compile(
        "attempt to (perform arithmetic on|get length of|call) (nil|boolean|table|function|string|userdata|thread)\\b");
    private static final Pattern CONCATENATE = Pattern.compile("attempt to concatenate (\\w+) and (\\w+)");
    private static final Pattern INDEX = Pattern.compile("attempt to index \\? \\(a (\\w+) value\\)");

    private LuaMessages() {
    }

    static String toLua(String message) {
        String out = UNEXPECTED.matcher(message).replaceAll(m -> literal("unexpected symbol near "
            + token(Integer.parseInt(m.group(1)))));
        out = ARITHMETIC_ON_TWO.matcher(out).replaceAll(m -> literal("attempt to perform arithmetic on a "
            + (m.group(1).equals("number") ? m.group(2) : m.group(1)) + " value"));
        out = ON_ONE.matcher(out).replaceAll(m -> literal("attempt to " + m.group(1) + " a " + m.group(2) + " value"));
        out = CONCATENATE.matcher(out).replaceAll(m -> literal("attempt to concatenate a "
            + (isConcatenable(m.group(1)) ? m.group(2) : m.group(1)) + " value"));
        out = INDEX.matcher(out).replaceAll(m -> literal("attempt to index a " + m.group(1) + " value"));
        return out.replace("'<eos>' expected", "<eof> expected");
    }

    /** A replacement taken as it is (a quoted token may be {@code '$'}). */
    private static String literal(String text) {
        return Matcher.quoteReplacement(text);
    }

    private static boolean isConcatenable(String type) {
        return type.equals("string") || type.equals("number");
    }

    /** A token as Lua quotes it in "near ..." ({@code '='}, {@code 'end'}, {@code <eof>}). */
    private static String token(int code) {
        if (code < FIRST_RESERVED) {
            return "'" + (char) code + "'";
        }
        int i = code - FIRST_RESERVED;
        if (i >= TOKENS.length) {
            return "'?'";
        }
        return TOKENS[i].equals("<eof>") ? "<eof>" : "'" + TOKENS[i] + "'";
    }
}
