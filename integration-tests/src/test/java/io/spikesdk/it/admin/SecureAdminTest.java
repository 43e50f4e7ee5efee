package io.spikesdk.it.admin;

import io.spikesdk.admin.AdminClient;
import io.spikesdk.admin.Privilege;
import io.spikesdk.admin.PrivilegeCode;
import io.spikesdk.admin.Role;
import io.spikesdk.admin.User;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every {@link AdminClient} call against the secure embedded server, through our client logged in as the default
 * {@code admin} (role {@code user-admin}). Embedded only: a real Community server has no security
 * ({@link AdminNotSupportedTest}).
 */
class SecureAdminTest {
    private static EmbeddedAerospike server;
    private static AerospikeClient client;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "security needs the embedded server (CE has none)");
        server = EmbeddedAerospike.builder().port(0).namespace("test").security(o -> o.enableQuotas(true)).build()
            .start();
        client = loggedIn("admin", "admin");
        admin = AdminClient.of(client);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void reset() {
        server.reset();
    }

    private static ClientConfig config(String user, String password) {
        return ClientConfig.builder().hosts(Host.of(server.host(), server.port())).user(user).password(password)
            .build();
    }

    /** Our client logged in as {@code user}; the caller closes it. */
    private static AerospikeClient loggedIn(String user, String password) {
        return Aerospike.client(config(user, password)).connect();
    }

    private static Set<String> names(List<User> users) {
        return users.stream().map(User::name).collect(Collectors.toSet());
    }

    @Test
    void theReadmeExampleCreatesARoleAndAUserOfIt() {
        AerospikeClient client = SecureAdminTest.client;
        // tag::admin[]
        AdminClient admin = AdminClient.of(client); // client: connected as a user with the user-admin role
        admin.createRole("orders-writer", List.of(Privilege.of(PrivilegeCode.READ_WRITE, "test", "orders")));
        admin.createUser("orders-app", "s3cret", List.of("orders-writer", Role.READ));

        User user = admin.queryUser("orders-app");      // name, roles, read/write statistics, connections
        Role role = admin.queryRole("orders-writer");   // name, privileges, allowlist, quotas
        // end::admin[]
        assertEquals(Set.of("orders-writer", Role.READ), Set.copyOf(user.roles()));
        assertEquals(List.of(Privilege.of(PrivilegeCode.READ_WRITE, "test", "orders")), role.privileges());
    }

    @Test
    void usersAreCreatedQueriedGrantedAndDropped() {
        admin.createUser("alice", "alice-pw", List.of(Role.READ));
        User alice = admin.queryUser("alice");
        assertEquals(List.of(Role.READ), alice.roles());

        admin.grantRoles("alice", List.of(Role.READ_WRITE, Role.TRUNCATE));
        assertEquals(Set.of(Role.READ, Role.READ_WRITE, Role.TRUNCATE), Set.copyOf(admin.queryUser("alice").roles()));
        admin.revokeRoles("alice", List.of(Role.READ, Role.TRUNCATE));
        assertEquals(List.of(Role.READ_WRITE), admin.queryUser("alice").roles());
        assertTrue(names(admin.queryUsers()).containsAll(Set.of("admin", "alice")));

        admin.dropUser("alice");
        AerospikeException e = assertThrows(AuthenticationException.class, () -> admin.queryUser("alice"));
        assertEquals(ResultCode.INVALID_USER, e.resultCode());
    }

    @Test
    void creatingAnExistingUserOrGrantingAnUnknownRoleIsRefused() {
        admin.createUser("bob", "pw", List.of());
        assertEquals(ResultCode.USER_ALREADY_EXISTS,
            assertThrows(AuthenticationException.class, () -> admin.createUser("bob", "pw", List.of())).resultCode());
        assertEquals(ResultCode.INVALID_ROLE,
            assertThrows(AuthenticationException.class, () -> admin.grantRoles("bob", List.of("nope"))).resultCode());
        assertEquals(ResultCode.INVALID_USER,
            assertThrows(AuthenticationException.class, () -> admin.dropUser("nobody")).resultCode());
    }

    @Test
    void aPkiUserIsCreatedWithItsRoles() {
        admin.createPkiUser("CN-client", List.of(Role.READ));
        assertEquals(List.of(Role.READ), admin.queryUser("CN-client").roles());
    }

    @Test
    void setPasswordLetsTheUserLogInWithTheNewOne() {
        admin.createUser("carol", "old-pw", List.of(Role.READ_WRITE));
        admin.setPassword("carol", "new-pw");
        try (AerospikeClient carol = loggedIn("carol", "new-pw")) {
            carol.put(Key.of("test", "admin", "carol"), Bin.of("a", 1));
        }
        assertThrows(AuthenticationException.class, () -> Aerospike.client(config("carol", "old-pw")).connect());
    }

    @Test
    void aUserChangesItsOwnPasswordAndLogsInWithTheNewOne() {
        admin.createUser("dave", "old-pw", List.of(Role.READ_WRITE));
        try (AerospikeClient dave = loggedIn("dave", "old-pw")) {
            AdminClient.of(dave).changePassword("dave", "old-pw", "new-pw");
            assertEquals(List.of(Role.READ_WRITE), AdminClient.of(dave).queryUser("dave").roles());
            dave.put(Key.of("test", "admin", "dave"), Bin.of("a", 1));
        }
        try (AerospikeClient dave = loggedIn("dave", "new-pw")) {
            assertNotNull(dave.get(Key.of("test", "admin", "dave")));
        }
    }

    @Test
    void aClientThatChangedItsOwnPasswordLogsInAgainWithTheNewOne() {
        try (EmbeddedAerospike own = EmbeddedAerospike.builder().port(0).namespace("test")
                .security(o -> o.user("frank", "old-pw", Role.READ_WRITE)).build().start();
             AerospikeClient frank = Aerospike.client(ClientConfig.builder().hosts(Host.of(own.host(), own.port()))
                .user("frank").password("old-pw").build()).connect()) {
            Key key = Key.of("test", "admin", "frank");
            frank.put(key, Bin.of("a", 1));
            AdminClient.of(frank).changePassword("frank", "old-pw", "new-pw");
            // the change ended frank's session and these connections: the next ones log in, with the new password
            own.faults().closeConnections();
            assertNotNull(frank.get(key));
        }
    }

    @Test
    void aUserWithoutUserAdminIsRefusedAdminCalls() {
        admin.createUser("erin", "pw", List.of(Role.READ_WRITE));
        try (AerospikeClient erin = loggedIn("erin", "pw")) {
            AerospikeException e = assertThrows(AuthenticationException.class,
                () -> AdminClient.of(erin).createUser("mallory", "pw", List.of()));
            assertEquals(ResultCode.ROLE_VIOLATION, e.resultCode());
        }
    }

    @Test
    void rolesCarryPrivilegesAllowlistsAndQuotas() {
        List<Privilege> privileges = List.of(Privilege.of(PrivilegeCode.READ, "test", "s1"),
            Privilege.of(PrivilegeCode.SINDEX_ADMIN));
        admin.createRole("analyst", privileges, List.of("127.0.0.1", "10.0.0.0/8"), 100, 50);
        assertEquals(new Role("analyst", privileges, List.of("127.0.0.1", "10.0.0.0/8"), 100, 50),
            admin.queryRole("analyst"));

        admin.grantPrivileges("analyst", List.of(Privilege.of(PrivilegeCode.WRITE, "test")));
        admin.revokePrivileges("analyst", List.of(Privilege.of(PrivilegeCode.SINDEX_ADMIN)));
        admin.setAllowlist("analyst", List.of());
        admin.setQuotas("analyst", 0, 7);
        assertEquals(new Role("analyst", List.of(Privilege.of(PrivilegeCode.READ, "test", "s1"),
            Privilege.of(PrivilegeCode.WRITE, "test")), List.of(), 0, 7), admin.queryRole("analyst"));
        assertTrue(admin.queryRoles().stream().map(Role::name).toList().containsAll(List.of("analyst", Role.READ,
            Role.USER_ADMIN)));

        admin.dropRole("analyst");
        assertEquals(ResultCode.INVALID_ROLE,
            assertThrows(AuthenticationException.class, () -> admin.queryRole("analyst")).resultCode());
        assertEquals(ResultCode.ROLE_ALREADY_EXISTS, assertThrows(AuthenticationException.class,
            () -> admin.createRole(Role.READ, List.of(Privilege.of(PrivilegeCode.READ)))).resultCode());
    }

    @Test
    void aCustomRoleGrantsItsPrivilegesToItsUsers() {
        admin.createRole("writer-s1", List.of(Privilege.of(PrivilegeCode.READ_WRITE, "test", "s1")));
        admin.createUser("frank", "pw", List.of("writer-s1"));
        try (AerospikeClient frank = loggedIn("frank", "pw")) {
            frank.put(Key.of("test", "s1", "k"), Bin.of("a", 1));
            AerospikeException e = assertThrows(AuthenticationException.class,
                () -> frank.put(Key.of("test", "s2", "k"), Bin.of("a", 1)));
            assertEquals(ResultCode.ROLE_VIOLATION, e.resultCode());
        }
    }
}
