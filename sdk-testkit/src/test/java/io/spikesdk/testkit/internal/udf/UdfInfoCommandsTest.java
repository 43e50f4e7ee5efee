package io.spikesdk.testkit.internal.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The answers are the ones a CE 8.1.2.0 server gave to the same commands. */
class UdfInfoCommandsTest {
    private final UdfInfoCommands commands = new UdfInfoCommands(new UdfEngine(new UdfRegistry()));

    private static String putParams(String filename, String source) {
        String content = Base64.getEncoder().encodeToString(source.getBytes(StandardCharsets.UTF_8));
        return "filename=" + filename + ";content=" + content + ";content-len=" + content.length() + ";udf-type=LUA;";
    }

    @Test
    void putListGetRemove() {
        String source = "function f(r)\n  return 1\nend\n";
        assertEquals("ok", commands.put(putParams("h1.lua", source)));
        assertEquals("filename=h1.lua,hash=cdadd4909d2086049d06f197a988f5332379a83b,type=LUA;", commands.list());
        assertEquals("type=LUA;content=ZnVuY3Rpb24gZihyKQogIHJldHVybiAxCmVuZAo=;",
                commands.get("filename=h1.lua"));
        assertEquals("ok", commands.remove("filename=h1.lua"));
        assertEquals("ok", commands.remove("filename=h1.lua"));
        assertEquals("", commands.list());
        assertEquals("error=not_found", commands.get("filename=h1.lua"));
    }

    @Test
    void parameterErrorsInTheServersOrder() {
        assertEquals("error=invalid_filename", commands.put(putParams("noext", "x=1")));
        assertEquals("error=invalid_filename", commands.put("content=YQ==;content-len=4;udf-type=LUA;"));
        assertEquals("error=invalid_content_len",
                commands.put("filename=a.lua;content=YQ==;content-len=3;udf-type=LUA;"));
        assertEquals("error=invalid_udf_type", commands.put("filename=a.lua;content=YQ==;content-len=4;udf-type=PY;"));
        assertEquals("error=invalid_base64_content",
                commands.put("filename=a.lua;content=Y!==;content-len=4;udf-type=LUA;"));
        assertEquals("error=invalid_content", commands.put("filename=a.lua;content-len=4;udf-type=LUA;"));
        assertEquals("error=invalid_content_len", commands.put("filename=a.lua;content=YQ==;udf-type=LUA;"));
        assertEquals("error=invalid_filename", commands.get(""));
        assertEquals("error=invalid_filename", commands.remove(""));
    }

    @Test
    void aSyntaxErrorAnswersCompileErrorWithFileLineAndBase64Message() {
        String answer = commands.put(putParams("bad3.lua", "\n\nerror('at load')\n"));
        assertEquals("error=compile_error;file=bad3.lua;line=3;message=YXQgbG9hZA==", answer);
        String syntax = commands.put(putParams("bad.lua", "function f(r\n return 1 end"));
        assertEquals("error=compile_error;file=bad.lua;line=2;message=", syntax.substring(0, syntax.indexOf('=',
                syntax.indexOf("message")) + 1));
        assertEquals("", commands.list());
    }
}
