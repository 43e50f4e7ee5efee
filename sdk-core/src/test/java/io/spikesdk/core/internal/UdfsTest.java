package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Language;
import io.spikesdk.api.RegisterTask;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.UdfInfo;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UDF module commands against a scripted node: the info commands sent (as the official client sends them), and
 * how each answer of the server (CE 8.1.2.0's old {@code error=} format and the newer {@code ERROR:} one) is read.
 */
class UdfsTest {
    private static final String SOURCE = "function f(rec)\n  return 1\nend\n";
    private static final String B64 = Base64.getEncoder().encodeToString(SOURCE.getBytes(StandardCharsets.UTF_8));
    private static final String PUT = "udf-put:filename=m.lua;content=" + B64 + ";content-len=" + B64.length()
        + ";udf-type=LUA;";

    private FakeNode node;
    private AerospikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    @Test
    void registrationSendsTheOfficialClientsCommand() {
        node.setInfo(PUT, "ok");
        node.setInfo("udf-list", "filename=m.lua,hash=aa11,type=LUA;");
        com.aerospike.client.policy.ClientPolicy cp = new com.aerospike.client.policy.ClientPolicy();
        try (com.aerospike.client.AerospikeClient official = new com.aerospike.client.AerospikeClient(cp,
                new com.aerospike.client.Host("127.0.0.1", node.port()))) {
            official.registerUdfString(null, SOURCE, "m.lua", com.aerospike.client.Language.LUA);
        }
        List<String> theirs = node.infoRequests().stream().filter(c -> c.startsWith("udf-")).toList();
        RegisterTask task = client.registerUdf(SOURCE, "m.lua", Language.LUA);
        List<String> all = node.infoRequests().stream().filter(c -> c.startsWith("udf-")).toList();
        assertEquals(List.of(PUT), theirs);
        assertEquals(List.of(PUT, PUT, "udf-list"), all);
        assertTrue(task.isDone());
    }

    @Test
    void theTaskWaitsForTheHashTheRegisteringNodeListed() {
        node.setInfo(PUT, "ok");
        node.setInfo("udf-list", "filename=m.lua,hash=new1,type=LUA;");
        RegisterTask task = client.registerUdf(SOURCE, "m.lua", Language.LUA);
        node.setInfo("udf-list", "filename=m.lua,hash=old0,type=LUA;");
        assertFalse(task.isDone());
        node.setInfo("udf-list", "filename=other.lua,hash=1,type=LUA;");
        assertFalse(task.isDone());
        node.setInfo("udf-list", "filename=other.lua,hash=1,type=LUA;filename=m.lua,hash=new1,type=LUA;");
        assertTrue(task.isDone());
        task.waitTillComplete();
    }

    @Test
    void aCompileErrorCarriesTheServersFileLineAndMessage() {
        String message = Base64.getEncoder().encodeToString("unexpected symbol near 'end'".getBytes(
            StandardCharsets.UTF_8));
        node.setInfo(PUT, "error=compile_error;file=m.lua;line=3;message=" + message);
        UdfException e = assertThrows(UdfException.class, () -> client.registerUdf(SOURCE, "m.lua", Language.LUA));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertEquals("m.lua:3: unexpected symbol near 'end'", e.udfError());
        assertEquals("register UDF m.lua refused: compile_error (m.lua:3: unexpected symbol near 'end')", e.detail());
    }

    @Test
    void aMalformedRegistrationIsAParameterError() {
        node.setInfo(PUT, "error=invalid_base64_content");
        UdfException e = assertThrows(UdfException.class, () -> client.registerUdf(SOURCE, "m.lua", Language.LUA));
        assertEquals(ResultCode.PARAMETER_ERROR, e.resultCode());
        assertEquals("invalid_base64_content", e.udfError());
    }

    @Test
    void theNewerErrorFormatGivesItsCode() {
        node.setInfo(PUT, "ERROR:100:compile error;file=m.lua;line=2;message="
            + Base64.getEncoder().encodeToString("bad".getBytes(StandardCharsets.UTF_8)));
        UdfException e = assertThrows(UdfException.class, () -> client.registerUdf(SOURCE, "m.lua", Language.LUA));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertEquals("m.lua:2: bad", e.udfError());
    }

    @Test
    void theListIsReadEntryByEntry() {
        node.setInfo("udf-list", "filename=a.lua,hash=0123,type=LUA;filename=b.lua,hash=4567,type=LUA;");
        assertEquals(List.of(new UdfInfo("a.lua", "0123", Language.LUA), new UdfInfo("b.lua", "4567", Language.LUA)),
            client.listUdfs());
        node.setInfo("udf-list", "");
        assertEquals(List.of(), client.listUdfs());
    }

    @Test
    void getDecodesTheSourceAndAnswersNullForAModuleThatIsNotThere() {
        node.setInfo("udf-get:filename=m.lua", "type=LUA;content=" + B64 + ";");
        assertEquals(SOURCE, client.getUdf("m.lua"));
        node.setInfo("udf-get:filename=m.lua", "error=not_found");
        assertNull(client.getUdf("m.lua"));
    }

    @Test
    void removeAcceptsOkAndAModuleAlreadyGone() {
        node.setInfo("udf-remove:filename=m.lua", "ok");
        client.removeUdf("m.lua");
        node.setInfo("udf-remove:filename=m.lua", "error=file_not_found");
        client.removeUdf("m.lua");
        node.setInfo("udf-remove:filename=m.lua", "error=smd_error");
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.removeUdf("m.lua"));
        assertTrue(e.getMessage().contains("smd_error"), e.getMessage());
    }

    @Test
    void aServerPathThatWouldBreakTheCommandIsRefusedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> client.registerUdf(SOURCE, "a;b.lua", Language.LUA));
        assertThrows(IllegalArgumentException.class, () -> client.removeUdf(""));
        assertThrows(NullPointerException.class, () -> client.getUdf(null));
        assertTrue(node.infoRequests().stream().noneMatch(c -> c.startsWith("udf-")));
    }
}
