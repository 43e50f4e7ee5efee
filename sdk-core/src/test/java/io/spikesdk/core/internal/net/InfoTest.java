package io.spikesdk.core.internal.net;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoTest {

    private static Map<String, String> parse(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return Info.parse(b, 0, b.length);
    }

    @Test
    void parsesNameTabValueLinesInOrder() {
        Map<String, String> m = parse("node\tBB901000000FC02\npartition-generation\t0\nfeatures\tpscans;peers\n");
        assertEquals(List.of("node", "partition-generation", "features"), List.copyOf(m.keySet()));
        assertEquals("BB901000000FC02", m.get("node"));
        assertEquals("pscans;peers", m.get("features"));
        assertEquals("", parse("sindex/test\t\n").get("sindex/test"));
        assertEquals("a\tb", parse("x\ta\tb").get("x"), "value keeps later tabs; missing final newline tolerated");
        assertEquals("", parse("lonely\n").get("lonely"));
        assertTrue(parse("").isEmpty());
    }

    @Test
    void errorsCarryTheServerCode() {
        AerospikeException e = Info.error("nosuch", "ERROR:4:unrecognized command", "N1");
        assertEquals(ResultCode.PARAMETER_ERROR, e.resultCode());
        assertEquals("N1", e.node());
        assertTrue(e.getMessage().contains("unrecognized command"));
        assertEquals(ResultCode.SERVER_ERROR, Info.error("x", "ERROR::boom", null).resultCode());
        assertEquals(ResultCode.SERVER_ERROR, Info.error("x", "ERROR", null).resultCode());
        assertEquals(ResultCode.fromCode(201), Info.error("sindex-delete", "FAIL:201: Index does not exist.", null).resultCode());
        assertEquals(ResultCode.fromCode(80), Info.error("x", "ERROR:80:not authenticated", null).resultCode());
        assertEquals(ResultCode.SERVER_ERROR, Info.error("x", "ERROR:999:weird", null).resultCode());
        assertTrue(Info.error("x", "ERROR:999:weird", null).getMessage().contains("999"));
        assertNull(Info.error("x", "ok", null));
        assertNull(Info.error("x", "8.1.2.0", null));
        assertNull(Info.error("x", null, null));
        // the first pair of a real server's statistics
        assertNull(Info.error("statistics", "failed_best_practices=false;cluster_size=1", null));
        assertNull(Info.error("x", "errors=0", null));
    }
}
