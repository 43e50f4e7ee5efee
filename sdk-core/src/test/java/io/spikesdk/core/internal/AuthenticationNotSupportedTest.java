package io.spikesdk.core.internal;

import io.spikesdk.api.AuthMode;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Until the client can log in, configured credentials fail loudly instead of being ignored. */
class AuthenticationNotSupportedTest {

    private static ClientConfig.Builder config(FakeNode node) {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()));
    }

    private static void assertRejected(AuthenticationException e, String option) {
        assertEquals(ResultCode.SECURITY_SCHEME_NOT_SUPPORTED, e.resultCode());
        assertTrue(e.getMessage().contains("authentication not supported yet"), e.getMessage());
        assertTrue(e.getMessage().contains(option), e.getMessage());
        assertNull(e.node());
        assertEquals(0, e.attempts());
        assertFalse(e.retryable());
    }

    @Test
    void aConfiguredUserFailsConnectBeforeAnyConnection() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient client = new SpikeClient(config(node).user("admin").password("secret").build())) {
            assertRejected(assertThrows(AuthenticationException.class, client::connect), "user");
            assertFalse(client.isConnected());
            assertEquals(0, node.acceptedConnections(), "nothing reached the server");
        }
    }

    @Test
    void theImplicitConnectOfACommandFailsTheSameWay() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient client = new SpikeClient(config(node).user("ldap-user").password("p")
                     .authMode(AuthMode.EXTERNAL).build())) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> client.put(Key.of("test", "s", "k"), Bin.of("a", 1L)));
            assertRejected(e, "user");
            assertTrue(e.getMessage().contains("EXTERNAL"), e.getMessage());
            assertEquals(0, node.acceptedConnections());
        }
    }

    @Test
    void pkiWithoutAUserIsAuthenticationToo() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient client = new SpikeClient(config(node).authMode(AuthMode.PKI).build())) {
            assertRejected(assertThrows(AuthenticationException.class, client::connect), "authMode PKI");
        }
    }

    @Test
    void anAuthModeWithoutUserIsNoAuthentication() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient client = new SpikeClient(config(node).authMode(AuthMode.EXTERNAL).build())) {
            client.connect();
            assertTrue(client.isConnected());
        }
    }
}
