package io.spikesdk.admin;

import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Drives the official client 9.0.5's admin API and ours through the same calls against one scripted node and asserts
 * the request frames are byte-identical; then parses the same canned query replies (built as a server sends them)
 * with both and asserts the same users and roles.
 */
class AdminByteIdentityTest {
    private static final byte[] OK = new AdminMessageWriter().reply(0).finish();

    private static ScriptedNode node;
    private static com.aerospike.client.AerospikeClient official;
    /** Logged in as "admin" (the node answers LOGIN with 52, security not enabled): its password calls need a user. */
    private static com.aerospike.client.AerospikeClient officialAdmin;
    private static AerospikeClient ours;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws Exception {
        node = new ScriptedNode();
        node.answer(frame -> frame[10] == 20 ? new AdminMessageWriter().reply(52).finish() : OK);
        official = new com.aerospike.client.AerospikeClient(new ClientPolicy(), "127.0.0.1", node.port());
        ClientPolicy withUser = new ClientPolicy();
        withUser.user = "admin";
        withUser.password = "admin";
        officialAdmin = new com.aerospike.client.AerospikeClient(withUser, "127.0.0.1", node.port());
        ours = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
        admin = AdminClient.of(ours);
        node.clearRequests();
    }

    @AfterAll
    static void stop() throws Exception {
        official.close();
        officialAdmin.close();
        ours.close();
        node.close();
    }

    private record Case(String name, Runnable theirs, Runnable mine) {
    }

    private static com.aerospike.client.admin.Privilege their(com.aerospike.client.admin.PrivilegeCode code,
                                                             String namespace, String set) {
        com.aerospike.client.admin.Privilege p = new com.aerospike.client.admin.Privilege();
        p.code = code;
        p.namespace = namespace;
        p.setName = set;
        return p;
    }

    private static final List<com.aerospike.client.admin.Privilege> THEIR_PRIVILEGES = List.of(
        their(com.aerospike.client.admin.PrivilegeCode.USER_ADMIN, null, null),
        their(com.aerospike.client.admin.PrivilegeCode.SYS_ADMIN, null, null),
        their(com.aerospike.client.admin.PrivilegeCode.DATA_ADMIN, null, null),
        their(com.aerospike.client.admin.PrivilegeCode.UDF_ADMIN, null, null),
        their(com.aerospike.client.admin.PrivilegeCode.SINDEX_ADMIN, null, null),
        their(com.aerospike.client.admin.PrivilegeCode.READ, null, null),
        their(com.aerospike.client.admin.PrivilegeCode.READ_WRITE, "test", null),
        their(com.aerospike.client.admin.PrivilegeCode.READ_WRITE_UDF, "test", "set1"),
        their(com.aerospike.client.admin.PrivilegeCode.WRITE, "bar", ""),
        their(com.aerospike.client.admin.PrivilegeCode.TRUNCATE, "test", "ünïcode"));

    private static final List<Privilege> OUR_PRIVILEGES = List.of(
        Privilege.of(PrivilegeCode.USER_ADMIN), Privilege.of(PrivilegeCode.SYS_ADMIN),
        Privilege.of(PrivilegeCode.DATA_ADMIN), Privilege.of(PrivilegeCode.UDF_ADMIN),
        Privilege.of(PrivilegeCode.SINDEX_ADMIN), Privilege.of(PrivilegeCode.READ),
        Privilege.of(PrivilegeCode.READ_WRITE, "test"), Privilege.of(PrivilegeCode.READ_WRITE_UDF, "test", "set1"),
        Privilege.of(PrivilegeCode.WRITE, "bar", ""), Privilege.of(PrivilegeCode.TRUNCATE, "test", "ünïcode"));

    private static List<Case> cases() {
        List<String> roles = List.of("read", "read-write", "custom-rôle");
        List<String> allowlist = List.of("10.1.2.0/24", "127.0.0.1", "::1");
        List<Case> c = new ArrayList<>();
        c.add(new Case("createUser", () -> official.createUser(null, "bob", "s3cret", roles),
            () -> admin.createUser("bob", "s3cret", roles)));
        c.add(new Case("createUser without roles", () -> official.createUser(null, "bob", "", List.of()),
            () -> admin.createUser("bob", "", List.of())));
        c.add(new Case("createPkiUser = createUser with 'nopassword'",
            () -> official.createUser(null, "CN-client", "nopassword", roles),
            () -> admin.createPkiUser("CN-client", roles)));
        c.add(new Case("dropUser", () -> official.dropUser(null, "bob"), () -> admin.dropUser("bob")));
        c.add(new Case("setPassword (another user's)", () -> officialAdmin.changePassword(null, "bob", "n3w"),
            () -> admin.setPassword("bob", "n3w")));
        c.add(new Case("changePassword (own user)", () -> officialAdmin.changePassword(null, "admin", "n3w"),
            () -> admin.changePassword("admin", "admin", "n3w")));
        c.add(new Case("grantRoles", () -> official.grantRoles(null, "bob", roles),
            () -> admin.grantRoles("bob", roles)));
        c.add(new Case("revokeRoles", () -> official.revokeRoles(null, "bob", roles),
            () -> admin.revokeRoles("bob", roles)));
        c.add(new Case("queryUser", () -> official.queryUser(null, "bob"), () -> admin.queryUser("bob")));
        c.add(new Case("queryUsers", () -> official.queryUsers(null), admin::queryUsers));
        c.add(new Case("createRole with privileges",
            () -> official.createRole(null, "r1", THEIR_PRIVILEGES), () -> admin.createRole("r1", OUR_PRIVILEGES)));
        c.add(new Case("createRole without privileges", () -> official.createRole(null, "r1", List.of()),
            () -> admin.createRole("r1", List.of())));
        c.add(new Case("createRole with allowlist and quotas",
            () -> official.createRole(null, "r1", THEIR_PRIVILEGES, allowlist, 100, 2_000_000),
            () -> admin.createRole("r1", OUR_PRIVILEGES, allowlist, 100, 2_000_000)));
        c.add(new Case("createRole with a write quota only",
            () -> official.createRole(null, "r1", List.of(), List.of(), 0, 7),
            () -> admin.createRole("r1", List.of(), List.of(), 0, 7)));
        c.add(new Case("dropRole", () -> official.dropRole(null, "r1"), () -> admin.dropRole("r1")));
        c.add(new Case("grantPrivileges", () -> official.grantPrivileges(null, "r1", THEIR_PRIVILEGES),
            () -> admin.grantPrivileges("r1", OUR_PRIVILEGES)));
        c.add(new Case("revokePrivileges", () -> official.revokePrivileges(null, "r1", THEIR_PRIVILEGES),
            () -> admin.revokePrivileges("r1", OUR_PRIVILEGES)));
        c.add(new Case("setWhitelist", () -> official.setWhitelist(null, "r1", allowlist),
            () -> admin.setAllowlist("r1", allowlist)));
        c.add(new Case("setWhitelist empty (clear)", () -> official.setWhitelist(null, "r1", List.of()),
            () -> admin.setAllowlist("r1", List.of())));
        c.add(new Case("setQuotas", () -> official.setQuotas(null, "r1", 0, 5000),
            () -> admin.setQuotas("r1", 0, 5000)));
        c.add(new Case("queryRole", () -> official.queryRole(null, "r1"), () -> admin.queryRole("r1")));
        c.add(new Case("queryRoles", () -> official.queryRoles(null), admin::queryRoles));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> requestFramesAreIdentical() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            node.answer(frame -> frame[10] == 9 || frame[10] == 16 ? new AdminMessageWriter().reply(50).finish()
                : OK);
            c.theirs().run();
            byte[] expected = node.nextRequest();
            c.mine().run();
            byte[] actual = node.nextRequest();
            assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(actual));
        }));
    }

    /** Three users over two frames, as a server streams them: all fields, roles only, a user of no role. */
    private static byte[] usersReply() {
        byte[] first = new AdminMessageWriter().reply(0)
            .field(AdminField.USER, "alice")
            .nameListField(AdminField.ROLES, List.of("read", "sys-admin"))
            .intListField(AdminField.READ_INFO, new int[] {100, 3, 2, 1})
            .intListField(AdminField.WRITE_INFO, new int[] {50, 7, 0, 0})
            .intField(AdminField.CONNECTIONS, 4)
            .record(0, 0)
            .field(AdminField.USER, "bob")
            .nameListField(AdminField.ROLES, List.of("read-write"))
            .finish();
        byte[] second = new AdminMessageWriter().reply(0)
            .field(AdminField.USER, "carol")
            .field(99, new byte[] {1, 2, 3})
            .record(50, 0)
            .finish();
        return concat(first, second);
    }

    private static byte[] rolesReply() {
        byte[] privileges = AdminRequests.privileges(OUR_PRIVILEGES);
        return new AdminMessageWriter().reply(0)
            .field(AdminField.ROLE, "r1")
            .field(AdminField.PRIVILEGES, privileges)
            .field(AdminField.WHITELIST, "10.0.0.0/8,,127.0.0.1")
            .intField(AdminField.READ_QUOTA, 10)
            .intField(AdminField.WRITE_QUOTA, 20)
            .record(0, 0)
            .field(AdminField.ROLE, "read")
            .field(AdminField.PRIVILEGES, AdminRequests.privileges(List.of(Privilege.of(PrivilegeCode.READ))))
            .record(50, 0)
            .finish();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static User ours(com.aerospike.client.admin.User u) {
        return new User(u.name, u.roles, u.readInfo == null ? List.of() : u.readInfo,
            u.writeInfo == null ? List.of() : u.writeInfo, u.connsInUse);
    }

    private static Role ours(com.aerospike.client.admin.Role r) {
        List<Privilege> privileges = r.privileges.stream()
            .map(p -> new Privilege(PrivilegeCode.fromCode(p.code.id), p.namespace, p.setName)).toList();
        return new Role(r.name, privileges, r.whitelist, r.readQuota, r.writeQuota);
    }

    @Test
    void queryRepliesParseToTheOfficialClientsUsers() {
        node.answer(frame -> usersReply());
        List<User> expected = official.queryUsers(null).stream().map(AdminByteIdentityTest::ours).toList();
        List<User> actual = admin.queryUsers();
        assertEquals(expected, actual);
        assertEquals(List.of(
            new User("alice", List.of("read", "sys-admin"), List.of(100, 3, 2, 1), List.of(50, 7, 0, 0), 4),
            new User("bob", List.of("read-write"), List.of(), List.of(), 0),
            new User("carol", List.of(), List.of(), List.of(), 0)), actual);
        assertEquals(expected.get(0), admin.queryUser("alice"));
    }

    @Test
    void queryRepliesParseToTheOfficialClientsRoles() {
        node.answer(frame -> rolesReply());
        List<Role> expected = official.queryRoles(null).stream().map(AdminByteIdentityTest::ours).toList();
        List<Role> actual = admin.queryRoles();
        assertEquals(expected, actual);
        assertEquals(new Role("r1", OUR_PRIVILEGES, List.of("10.0.0.0/8", "127.0.0.1"), 10, 20), actual.get(0));
        assertEquals(new Role("read", List.of(Privilege.of(PrivilegeCode.READ)), List.of(), 0, 0), actual.get(1));
    }

    @Test
    void anEmptyQueryReplyIsNoUserAndNoRole() {
        node.answer(frame -> new AdminMessageWriter().reply(50).finish());
        assertNull(official.queryUser(null, "nobody"));
        assertNull(admin.queryUser("nobody"));
        assertNull(admin.queryRole("nothing"));
        assertEquals(List.of(), admin.queryUsers());
    }
}
