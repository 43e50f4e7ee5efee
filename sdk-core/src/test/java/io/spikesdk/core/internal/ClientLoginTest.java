package io.spikesdk.core.internal;

import io.spikesdk.api.AuthMode;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.PasswordHash;
import io.spikesdk.core.testing.FakeNode;
import io.spikesdk.core.testing.FakeSecurity;
import io.spikesdk.core.testing.FakeSecurity.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's login through its public API against a scripted secure node. */
class ClientLoginTest {
    private static final Key KEY = Key.of("test", "s", "k");

    private static ClientConfig.Builder config(FakeNode node) {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).tendInterval(Duration.ofHours(1));
    }

    private static ClientConfig.Builder asApp(FakeNode node) {
        return config(node).user("app").password("secret");
    }

    @Test
    void logsInOnceAndEveryOtherConnectionPresentsTheToken() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("app", "secret");
            try (SpikeClient client = new SpikeClient(asApp(node).minConnsPerNode(3).build())) {
                client.connect();
                client.put(KEY, Bin.of("a", 1L));
                List<Exchange> logins = security.exchanges(AdminCommand.LOGIN);
                assertEquals(1, logins.size());
                Exchange login = logins.get(0);
                assertEquals(1, login.connection(), "the first (tend) connection logs in before its info requests");
                assertEquals("app", login.field(AdminField.USER));
                assertEquals(PasswordHash.of("secret"), login.field(AdminField.CREDENTIAL));
                assertNull(login.field(AdminField.CLEAR_PASSWORD), "INTERNAL never sends the password");
                List<Exchange> auths = security.exchanges(AdminCommand.AUTHENTICATE);
                assertTrue(auths.size() >= 1, "a command connection authenticated");
                for (Exchange auth : auths) {
                    assertEquals(0, auth.result());
                    assertEquals("app", auth.field(AdminField.USER));
                    assertEquals(FakeSecurity.token(1), auth.field(AdminField.SESSION_TOKEN));
                }
                assertEquals(node.acceptedConnections() - 1, auths.size(), "each command connection, once");
                assertEquals(1, node.messageCount(), "the put was served, not refused");
            }
        }
    }

    @Test
    void externalInsecureSendsTheClearPasswordToo() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("ldap", "pw");
            try (SpikeClient client = new SpikeClient(config(node).user("ldap").password("pw")
                    .authMode(AuthMode.EXTERNAL_INSECURE).build())) {
                client.connect();
                Exchange login = security.exchanges(AdminCommand.LOGIN).get(0);
                assertEquals(PasswordHash.of("pw"), login.field(AdminField.CREDENTIAL));
                assertEquals("pw", login.field(AdminField.CLEAR_PASSWORD));
            }
        }
    }

    @Test
    void securityNotEnabledMeansNoLoginIsNeeded() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("app", "secret");
            security.disable();
            try (SpikeClient client = new SpikeClient(asApp(node).build())) {
                client.put(KEY, Bin.of("a", 1L));
                assertEquals(1, security.exchanges(AdminCommand.LOGIN).size());
                assertEquals(0, security.exchanges(AdminCommand.AUTHENTICATE).size(), "no token to present");
                assertEquals(1, node.messageCount());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "51, this server does not support security (Community Edition answers 51 to every security command): "
            + "remove user/password from ClientConfig",
        "53, the server does not support this authentication scheme",
        "60, user 'app' is not known to the server",
        "62, the password of user 'app' is wrong",
        "63, the password of user 'app' has expired",
        "64, the password of user 'app' is forbidden",
        "65, the server refused the credential of user 'app'",
        "66, the login session of user 'app' has expired",
        "80, not authenticated",
        "81, user 'app' lacks a role or privilege",
        "82, the client's address is not in the allowlist of user 'app'",
        "83, user 'app' exceeded a read or write quota",
    })
    void aRefusedLoginFailsConnectWithTheReason(int code, String meaning) throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("app", "secret");
            security.refuseLogins(code);
            try (SpikeClient client = new SpikeClient(asApp(node).build())) {
                AuthenticationException e = assertThrows(AuthenticationException.class, client::connect);
                assertEquals(code, e.resultCode().code());
                assertTrue(e.getMessage().contains("login of user 'app' (auth mode INTERNAL) failed: " + meaning),
                        e.getMessage());
                assertEquals("127.0.0.1:" + node.port(), e.node());
                assertFalse(e.inDoubt());
                assertFalse(client.isConnected());
                assertTrue(node.infoRequests().isEmpty(), "nothing was asked before the login");
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedByTheServer() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity.on(node).user("app", "secret");
            try (SpikeClient client = new SpikeClient(config(node).user("app").password("wrong").build())) {
                AuthenticationException e = assertThrows(AuthenticationException.class,
                        () -> client.put(KEY, Bin.of("a", 1L)));
                assertEquals(ResultCode.INVALID_CREDENTIAL, e.resultCode());
            }
        }
    }

    @Test
    void aRefusedTokenMakesTheNewConnectionLogInItself() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("app", "secret");
            try (SpikeClient client = new SpikeClient(asApp(node).build())) {
                client.connect();
                security.expireSessions();
                client.put(KEY, Bin.of("a", 1L));
                List<Exchange> exchanges = security.exchanges();
                assertEquals(3, exchanges.size(), exchanges.toString());
                Exchange auth = exchanges.get(1);
                Exchange relogin = exchanges.get(2);
                assertEquals(AdminCommand.AUTHENTICATE, auth.command());
                assertEquals(66, auth.result());
                assertEquals(AdminCommand.LOGIN, relogin.command());
                assertEquals(0, relogin.result());
                assertEquals(auth.connection(), relogin.connection(), "the same new connection logs in");
                assertEquals(1, node.messageCount(), "then the put ran on it");
                client.connect();
            }
        }
    }

    @Test
    void aCommandAnsweredNotAuthenticatedRenewsTheSessionAndIsRetried() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("app", "secret");
            try (SpikeClient client = new SpikeClient(asApp(node).build())) {
                client.put(KEY, Bin.of("a", 1L));
                security.forgetConnections();
                WritePolicy retryOnce = WritePolicy.builder().maxRetries(1).build();
                client.put(retryOnce, KEY, Bin.of("a", 2L));
                assertEquals(3, node.messageCount(), "first put, the refused attempt, the retry");
                List<Exchange> logins = security.exchanges(AdminCommand.LOGIN);
                assertEquals(2, logins.size(), "the retry's new connection logged in again");
                assertTrue(node.acceptedConnections() >= 3, "the refused connection was not reused");
            }
        }
    }

    @Test
    void withoutRetriesTheRefusalIsReportedNotInDoubtAndTheNextCommandWorks() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(node).user("app", "secret");
            try (SpikeClient client = new SpikeClient(asApp(node).build())) {
                client.put(KEY, Bin.of("a", 1L));
                security.forgetConnections();
                AuthenticationException e = assertThrows(AuthenticationException.class,
                        () -> client.put(KEY, Bin.of("a", 2L)));
                assertEquals(ResultCode.NOT_AUTHENTICATED, e.resultCode());
                assertFalse(e.inDoubt(), "the server refused it before applying it");
                assertEquals("N1", e.node());
                assertTrue(e.getMessage().contains("did not accept the session of user 'app'"), e.getMessage());
                client.put(KEY, Bin.of("a", 3L));
            }
        }
    }

    @Test
    void aSecureServerWithoutAConfiguredUserSaysWhatIsMissing() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            FakeSecurity.on(node);
            try (SpikeClient client = new SpikeClient(config(node).build())) {
                AuthenticationException e = assertThrows(AuthenticationException.class, client::connect);
                assertEquals(ResultCode.NOT_AUTHENTICATED, e.resultCode());
                assertTrue(e.getMessage().contains("set ClientConfig.user and password"), e.getMessage());
            }
        }
    }

    @Test
    void anAuthModeWithoutUserIsNoAuthentication() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient client = new SpikeClient(config(node).authMode(AuthMode.EXTERNAL_INSECURE).build())) {
            client.connect();
            assertTrue(client.isConnected());
        }
    }
}
