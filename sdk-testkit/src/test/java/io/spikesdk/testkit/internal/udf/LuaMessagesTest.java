package io.spikesdk.testkit.internal.udf;

import org.junit.jupiter.api.Test;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.lib.jse.JsePlatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** LuaJ's error texts for common mistakes, rewritten in the words of the real server's Lua. */
class LuaMessagesTest {
    private static final Globals LUA = JsePlatform.standardGlobals();

    private static String error(String source) {
        LuaError e = assertThrows(LuaError.class, () -> LUA.load(source, "@m.lua").call());
        return LuaMessages.toLua(e.getMessage().split("\n")[0]);
    }

    @Test
    void syntaxErrors() {
        assertEquals("m.lua:3: unexpected symbol near 'end'", error("function f()\n  return 1 +\nend\n"));
        assertEquals("m.lua:1: unexpected symbol near '='", error("x = = 1"));
        assertEquals("m.lua:1: unexpected symbol near ')'", error("return )"));
        assertEquals("m.lua:3: <eof> expected", error("function f()\n local x = 1\n end end\n"));
    }

    @Test
    void runtimeErrors() {
        assertEquals("@m.lua:1 attempt to perform arithmetic on a nil value", error("local m; return m + 1"));
        assertEquals("@m.lua:1 attempt to perform arithmetic on a table value", error("return 1 + {}"));
        assertEquals("@m.lua:1 attempt to perform arithmetic on a table value", error("return -{}"));
        assertEquals("@m.lua:1 attempt to concatenate a nil value", error("return nil .. 'a'"));
        assertEquals("@m.lua:1 attempt to get length of a nil value", error("return #nil"));
        assertEquals("@m.lua:1 attempt to index a nil value", error("local q = nil; return q.field"));
        assertEquals("attempt to call a nil value", error("return undefinedfn()"));
    }
}
