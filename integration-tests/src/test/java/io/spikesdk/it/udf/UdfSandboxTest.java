package io.spikesdk.it.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The embedded server's UDF sandbox: a UDF cannot reach the file system, start processes or touch the JVM. The real
 * server opens every standard Lua library to UDFs (it answered {@code io} and {@code os.execute} as present), so
 * this is embedded-only.
 */
class UdfSandboxTest extends OfficialClientTest {
    private static final String MODULE = "it_udf_sandbox";
    private static final String SOURCE = """
            function reach(r, name)
              local ok, value = pcall(function() return loadstring and loadstring('return ' .. name)()
                or load('return ' .. name)() end)
              return ok and tostring(value) or 'error'
            end
            function open_file(r)
              return io.open('/etc/passwd')
            end
            function execute(r)
              return os.execute('true')
            end
            function java(r)
              return luajava.bindClass('java.lang.System')
            end
            """;

    @BeforeAll
    static void register() {
        assumeFalse(TestTarget.isRealServer(), "the real server does not sandbox UDFs");
        client.registerUdfString(null, SOURCE, MODULE + ".lua", Language.LUA).waitTillComplete();
    }

    @AfterAll
    static void removeModule() {
        if (!TestTarget.isRealServer()) {
            client.removeUdf(null, MODULE + ".lua");
        }
    }

    @Test
    void theDangerousLibrariesAreAbsent(TestInfo info) {
        Key key = freshKey("udf_sandbox_it", info);
        for (String name : new String[] {"io", "os.execute", "os.remove", "os.getenv", "luajava", "dofile",
            "loadfile", "package.loadlib"}) {
            assertEquals("nil", client.execute(null, key, MODULE, "reach", Value.get(name)),
                    name);
        }
        assertEquals("error", client.execute(null, key, MODULE, "reach",
                Value.get("require('io')")), "require finds registered modules only");
    }

    @Test
    void callingThemFailsTheUdf(TestInfo info) {
        Key key = freshKey("udf_sandbox_it", info);
        for (String function : new String[] {"open_file", "execute", "java"}) {
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> client.execute(null, key, MODULE, function));
            assertEquals(ResultCode.UDF_BAD_RESPONSE, e.getResultCode(), function);
        }
    }
}
