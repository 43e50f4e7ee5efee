package io.spikesdk.core.internal.security;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.internal.net.ConnectionPool;
import io.spikesdk.core.testing.FakeNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminTransportTest {
    private FakeNode node;
    private AerospikeClient client;
    private AdminTransport transport;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
        transport = AdminTransport.of(client);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static byte[] dropUser(String user) {
        return new AdminMessageWriter().request(AdminCommand.DROP_USER).field(AdminField.USER, user).finish();
    }

    private ConnectionPool pool() {
        return ClientInternals.cluster((SpikeClient) client).nodes()[0].pool();
    }

    @Test
    void aCommandSendsTheFrameAndReturnsTheConnectionOnSuccess() throws Exception {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new AdminMessageWriter().reply(0).finish()));
        byte[] request = dropUser("bob");
        transport.execute("drop user 'bob'", request, 1000);
        assertArrayEquals(request, node.nextRequest());
        assertEquals(1, pool().idleCount());
        assertEquals(0, pool().inUseCount());
    }

    @Test
    void aNonZeroResultRaisesItsCodeWithTheCommandNamed() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new AdminMessageWriter().reply(61).finish()));
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> transport.execute("create user 'bob'", dropUser("bob"), 1000));
        assertInstanceOf(AuthenticationException.class, e);
        assertEquals(ResultCode.USER_ALREADY_EXISTS, e.resultCode());
        assertTrue(e.getMessage().contains("create user 'bob' failed: User already exists"), e.getMessage());
        assertEquals(1, pool().idleCount(), "a complete error reply keeps the connection");
    }

    @Test
    void fiftyOneSaysTheServerIsCommunityEdition() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new AdminMessageWriter().reply(51).finish()));
        AerospikeException e = assertThrows(AuthenticationException.class,
            () -> transport.execute("drop user 'bob'", dropUser("bob"), 1000));
        assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, e.resultCode());
        assertTrue(e.getMessage().contains("security is not supported by this server (Community Edition)"),
            e.getMessage());
        assertEquals("BB9FA4E000001", e.node());
    }

    @Test
    void anUnknownResultIsAServerErrorNamingTheNumber() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new AdminMessageWriter().reply(99).finish()));
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> transport.execute("drop user 'bob'", dropUser("bob"), 1000));
        assertEquals(ResultCode.SERVER_ERROR, e.resultCode());
        assertTrue(e.getMessage().contains("unknown result code 99"), e.getMessage());
    }

    @Test
    void aQueryVisitsRecordsOfSeveralFramesUntilQueryEnd() {
        byte[] first = new AdminMessageWriter().reply(0).field(AdminField.USER, "a")
            .record(0, 0).field(AdminField.USER, "b").finish();
        byte[] second = new AdminMessageWriter().reply(0).field(AdminField.USER, "c").record(50, 0).finish();
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        node.respondWith((frame, i) -> FakeNode.Action.reply(both));
        List<String> names = new ArrayList<>();
        transport.query("query users", new AdminMessageWriter().request(AdminCommand.QUERY_USERS).finish(), 1000,
            r -> {
                assertTrue(r.nextField());
                names.add(r.fieldString());
            });
        assertEquals(List.of("a", "b", "c"), names);
        assertEquals(1, pool().idleCount());
    }

    @Test
    void aQueryEndingWithAnErrorRaisesIt() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new AdminMessageWriter().reply(0)
            .field(AdminField.ROLE, "r").record(70, 0).finish()));
        AerospikeException e = assertThrows(AerospikeException.class, () -> transport.query("query role 'x'",
            new AdminMessageWriter().request(AdminCommand.QUERY_ROLES).finish(), 1000, r -> { }));
        assertEquals(ResultCode.INVALID_ROLE, e.resultCode());
    }

    @Test
    void aMalformedReplyIsAParseErrorAndClosesTheConnection() {
        node.respondWith((frame, i) -> FakeNode.Action.reply(new AdminMessageWriter().reply(0)
            .field(AdminField.USER, "a").finish()));
        AerospikeException e = assertThrows(AerospikeException.class, () -> transport.query("query users",
            new AdminMessageWriter().request(AdminCommand.QUERY_USERS).finish(), 1000, r -> {
                assertTrue(r.nextField());
                r.fieldInt();
            }));
        assertEquals(ResultCode.PARSE_ERROR, e.resultCode());
        assertEquals(0, pool().idleCount());
    }

    @Test
    void noReplyWithinTheTimeoutIsAClientSideTimeoutAndClosesTheConnection() {
        node.respondWith((frame, i) -> FakeNode.Action.stall());
        long start = System.nanoTime();
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class,
            () -> transport.execute("drop user 'bob'", dropUser("bob"), 100));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.clientSide());
        assertTrue(ms >= 100 && ms < 2000, ms + " ms");
        assertEquals(0, pool().openCount());
    }

    @Test
    void aClosedConnectionIsServerNotAvailableAndTheNextCallOpensANewOne() throws Exception {
        node.respondWith((frame, i) -> i == 0 ? FakeNode.Action.close()
            : FakeNode.Action.reply(new AdminMessageWriter().reply(0).finish()));
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> transport.execute("drop user 'bob'", dropUser("bob"), 1000));
        assertEquals(ResultCode.SERVER_NOT_AVAILABLE, e.resultCode());
        assertEquals(0, pool().openCount());
        transport.execute("drop user 'bob'", dropUser("bob"), 1000);
        assertEquals(1, pool().idleCount());
    }

    @Test
    void withoutAConfiguredUserNoPasswordChangeIsTheClientsOwn() {
        assertNull(transport.clientUser());
        assertFalse(transport.passwordChanged("bob", "secret"));
    }

    @Test
    void theOwnUsersNewPasswordReplacesTheLoginCredential() {
        AerospikeClient withUser = new SpikeClientProvider().create(ClientConfig.builder()
            .hosts(Host.of("127.0.0.1", node.port())).user("bob").password("old").build());
        try {
            AdminTransport own = AdminTransport.of(withUser);
            LoginCredentials credentials = ClientInternals.cluster((SpikeClient) withUser).credentials();
            byte[] before = credentials.loginRequest();
            assertEquals("bob", own.clientUser());
            assertFalse(own.passwordChanged("alice", "other"));
            assertArrayEquals(before, credentials.loginRequest());
            assertTrue(own.passwordChanged("bob", "new"));
            byte[] expected = new AdminMessageWriter().request(AdminCommand.LOGIN).field(AdminField.USER, "bob")
                .field(AdminField.CREDENTIAL, PasswordHash.of("new")).finish();
            assertArrayEquals(expected, credentials.loginRequest());
        } finally {
            withUser.close();
        }
    }

    @Test
    void anotherClientImplementationIsRefused() {
        AerospikeClient other = (AerospikeClient) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {AerospikeClient.class}, (p, m, a) -> null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdminTransport.of(other));
        assertTrue(e.getMessage().contains("Spike SDK"), e.getMessage());
    }
}
