package io.spikesdk.testkit.internal.exp;

import static io.spikesdk.testkit.internal.exp.Eval.buildCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.exp.Exp;
import io.spikesdk.exp.RegexFlag;
import org.junit.jupiter.api.Test;

/** CMP_REGEX with POSIX syntax and glibc flag bits, every row of docs/embedded-server.md C5. */
class RegexTest {
    private static final FakeRecord NL = FakeRecord.of().stringBin("s", "a\nb");
    private static final FakeRecord HELLO = FakeRecord.of().stringBin("s", "Hello World");

    private static boolean matches(String regex, int flags, FakeRecord r) {
        return Eval.value(Exp.regexCompare(regex, flags, Exp.stringBin("s")), r).equals(Values.bool(true));
    }

    private static void assertMatches(boolean expected, String regex, FakeRecord r, int... flags) {
        for (int f : flags) {
            assertEquals(expected, matches(regex, f, r), regex + " with flags " + f);
        }
    }

    @Test
    void bit4IsRegNewlineObservedC5() {
        assertMatches(true, "^b", NL, 4, 12, 5);
        assertMatches(false, "^b", NL, 0, 1, 2, 8, 9);
        assertMatches(true, "a$", NL, 4, 12, 5);
        assertMatches(false, "a$", NL, 0, 1, 8);
        assertMatches(true, "a.b", NL, 0, 1, 2, 8, 9);
        assertMatches(false, "a.b", NL, 4, 12, 5);
        assertMatches(false, "a[^x]b", NL, 4);
        assertMatches(true, "a[^x]b", NL, 0);
    }

    @Test
    void icaseExtendedAndBackReferencesObservedC5() {
        assertMatches(true, "hello", HELLO, 2, 3);
        assertMatches(false, "hello", HELLO, 0, 1, 4, 8);
        assertMatches(true, "l+", HELLO, 1, 3);
        assertMatches(false, "l+", HELLO, 0, 2);
        assertMatches(true, "l{2}", HELLO, 1, 3);
        assertMatches(false, "l{2}", HELLO, 0);
        assertMatches(true, "x|H", HELLO, 1, 3);
        assertMatches(false, "x|H", HELLO, 0);
        assertEquals(4, buildCode(Exp.regexCompare("(l)\\1", 0, Exp.stringBin("s"))));
        assertMatches(true, "(l)\\1", HELLO, 1, 3);
        assertEquals(4, buildCode(Exp.regexCompare("(", RegexFlag.EXTENDED, Exp.stringBin("s"))));
        assertMatches(true, "o W", HELLO, 0);
    }

    @Test
    void unknownFlagBitsAreIgnoredObservedC5() {
        FakeRecord r = FakeRecord.of().stringBin("s", "a");
        assertMatches(true, "a", r, 0x10, 0x20, 0x100, 0xffffffff);
    }

    @Test
    void clientFlagNamesFollowTheServerBits() {
        assertEquals(Values.bool(true), Eval.value(Exp.regexCompare("^b", RegexFlag.NOSUB, Exp.stringBin("s")), NL));
        assertEquals(Values.bool(false), Eval.value(Exp.regexCompare("^b", RegexFlag.NEWLINE, Exp.stringBin("s")),
                NL));
    }

    @Test
    void basicRegularExpressionSyntax() {
        assertMatches(true, "\\(l\\)\\1", HELLO, 0);
        assertMatches(true, "l\\{2\\}", HELLO, 0);
        assertMatches(true, "x\\|W", HELLO, 0);
        assertMatches(true, "el\\+o", HELLO, 0);
        FakeRecord lit = FakeRecord.of().stringBin("s", "a+b(c){1}|*");
        assertMatches(true, "a+b(c){1}|", lit, 0);
        assertMatches(true, "*", lit, 0);
        assertMatches(true, "^a", lit, 0);
        assertMatches(true, "a^*", FakeRecord.of().stringBin("s", "xa^^"), 0);
        assertMatches(true, "1$2", FakeRecord.of().stringBin("s", "1$2"), 0);
    }

    @Test
    void bracketExpressionsAndGnuEscapes() {
        assertMatches(true, "[[:upper:]][[:lower:]]+", HELLO, 1);
        assertMatches(true, "[]x]", FakeRecord.of().stringBin("s", "]"), 0);
        assertMatches(true, "[\\]", FakeRecord.of().stringBin("s", "\\"), 0);
        assertMatches(false, "[^[:alpha:] ]", HELLO, 1);
        assertMatches(true, "[a-z]", HELLO, 0);
        assertMatches(true, "\\<World\\>", HELLO, 1);
        assertMatches(false, "\\<orld", HELLO, 1);
        assertMatches(true, "\\w+\\s\\w+", HELLO, 1);
        assertMatches(true, "\\d", FakeRecord.of().stringBin("s", "d"), 1);
        assertMatches(true, "a**", FakeRecord.of().stringBin("s", "b"), 1);
        assertMatches(true, "(ab)+{2}", FakeRecord.of().stringBin("s", "abab"), 1);
        assertMatches(false, "^(ab)+{2}$", FakeRecord.of().stringBin("s", "ab"), 1);
        assertEquals(4, buildCode(Exp.regexCompare("[[:nope:]]", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("[a", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("[z-a]", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("a{2,1}", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("*a", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("(?i)a", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("a\\", 1, Exp.stringBin("s"))));
        assertEquals(4, buildCode(Exp.regexCompare("a", 1, Exp.intBin("s"))));
    }

    @Test
    void nonStringSubjectIsUnknown() {
        Eval.unknown(Exp.regexCompare("a", 0, Exp.stringBin("s")), FakeRecord.of().intBin("s", 1));
    }
}
