package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.ResultCode;
import io.spikesdk.it.TestTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without security — the default embedded server, and any real Community server — every admin message is answered
 * SECURITY_NOT_SUPPORTED (51) and commands need no login.
 */
class CommunitySecurityTest {

    @Test
    void adminCommandsAreNotSupported() {
        try (AerospikeClient client = TestTarget.officialClient()) {
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> client.createUser(null, "u", "pw", List.of("read")));
            assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, e.getResultCode());
            AerospikeException q = assertThrows(AerospikeException.class, () -> client.queryUsers(null));
            assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, q.getResultCode());
        }
    }

    @Test
    void loginIsAnsweredNotSupported() throws Exception {
        var host = TestTarget.hosts().get(0);
        try (AdminWire wire = new AdminWire(host.name(), host.port())) {
            assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, wire.login("admin", "admin"));
            assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, wire.readResult(TestTarget.NAMESPACE));
        }
    }
}
