package io.spikesdk.testkit.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.core.internal.security.PasswordHash;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SecurityStoreTest {
    private static final String HASH = PasswordHash.of("pw");
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final SecurityStore store = new SecurityStore(new SecurityConfig(300, false, List.of()), now::get);

    @Test
    void startsWithAdminAndThePredefinedRoles() {
        UserDef admin = store.user("admin");
        assertEquals(PasswordHash.of("admin"), admin.passwordHash());
        assertEquals(List.of("user-admin"), admin.roles());
        assertEquals(10, store.roles().size());
        assertTrue(store.allows(admin, Permission.USER_ADMIN, null, null));
        assertFalse(store.allows(admin, Permission.READ, "test", null));
    }

    @Test
    void userChangesAreValidated() {
        assertEquals(0, store.createUser("u", HASH, List.of("read")));
        assertEquals(61, store.createUser("u", HASH, List.of("read")));
        assertEquals(60, store.createUser("", HASH, List.of()));
        assertEquals(60, store.createUser("x".repeat(64), HASH, List.of()));
        assertEquals(62, store.createUser("v", "not-a-hash", List.of()));
        assertEquals(70, store.createUser("w", HASH, List.of("nope")));
        assertEquals(62, store.changePassword("u", PasswordHash.of("wrong"), PasswordHash.of("new")));
        assertEquals(64, store.changePassword("u", HASH, HASH));
        assertEquals(0, store.changePassword("u", HASH, PasswordHash.of("new")));
        assertEquals(60, store.dropUser("nobody"));
    }

    @Test
    void sessionsExpireOnTheServerClockAndEndWithTheirUser() {
        store.createUser("u", HASH, List.of("read"));
        byte[] token = store.newSession("u");
        String[] owner = new String[1];
        assertEquals(0, store.authenticate(token, "u", owner));
        assertEquals("u", owner[0]);
        assertEquals(65, store.authenticate(token, "admin", owner));
        now.addAndGet(299_999);
        assertEquals(0, store.authenticate(token, null, owner));
        now.addAndGet(1);
        assertEquals(66, store.authenticate(token, "u", owner));

        byte[] second = store.newSession("u");
        store.setPassword("u", PasswordHash.of("other"));
        assertEquals(65, store.authenticate(second, "u", owner));
        byte[] third = store.newSession("u");
        store.dropUser("u");
        assertEquals(65, store.authenticate(third, "u", owner));
    }

    @Test
    void roleChangesAreValidated() {
        Grant readTest = new Grant(10, "test", "");
        assertEquals(0, store.createRole("r", List.of(readTest), List.of(), 0, 0, false));
        assertEquals(71, store.createRole("r", List.of(), List.of(), 0, 0, false));
        assertEquals(71, store.createRole("read", List.of(), List.of(), 0, 0, false));
        assertEquals(72, store.createRole("bad", List.of(new Grant(99, "", "")), List.of(), 0, 0, false));
        assertEquals(72, store.createRole("bad", List.of(new Grant(1, "test", "")), List.of(), 0, 0, false));
        assertEquals(72, store.createRole("bad", List.of(new Grant(10, "", "set")), List.of(), 0, 0, false));
        assertEquals(73, store.createRole("bad", List.of(), List.of("host.example"), 0, 0, false));
        assertEquals(74, store.createRole("bad", List.of(), List.of(), 5, 0, true));
        assertEquals(74, store.setQuotas("r", 1, 1));
        assertEquals(70, store.dropRole("read"));
        assertEquals(70, store.grantPrivileges("read", List.of(readTest)));
        assertEquals(0, store.revokePrivileges("r", List.of(new Grant(13, "", ""))));
        assertEquals(List.of(readTest), store.role("r").grants());
    }

    @Test
    void quotasNeedEnableQuotasAndMustNotBeNegative() {
        SecurityStore quotas = new SecurityStore(new SecurityConfig(300, true, List.of()), now::get);
        assertEquals(0, quotas.createRole("q", List.of(), List.of(), 5, 7, true));
        assertEquals(75, quotas.setQuotas("q", -1, 0));
        quotas.createRole("q2", List.of(), List.of(), 9, 2, true);
        quotas.createUser("u", HASH, List.of("q", "q2"));
        assertEquals(9, quotas.quota(quotas.user("u"), false));
        assertEquals(7, quotas.quota(quotas.user("u"), true));
    }

    @Test
    void scopedGrantsCoverTheirNamespaceAndSet() {
        store.createRole("r", List.of(new Grant(11, "test", "s")), List.of(), 0, 0, false);
        store.createUser("u", HASH, List.of("r"));
        UserDef u = store.user("u");
        assertTrue(store.allows(u, Permission.WRITE, "test", "s"));
        assertFalse(store.allows(u, Permission.WRITE, "test", "t"));
        assertFalse(store.allows(u, Permission.WRITE, "test", null));
        assertFalse(store.allows(u, Permission.WRITE, "bar", "s"));
        assertFalse(store.allows(u, Permission.UDF_APPLY, "test", "s"));
    }

    @Test
    void droppedRoleIsRemovedFromItsUsersAndResetRestoresTheStart() throws Exception {
        store.createRole("r", List.of(), List.of("10.0.0.0/8"), 0, 0, false);
        store.createUser("u", HASH, List.of("r", "read"));
        assertFalse(store.allowlisted(store.user("u"), InetAddress.getByName("127.0.0.1")));
        assertTrue(store.allowlisted(store.user("u"), InetAddress.getByName("10.1.2.3")));
        store.dropRole("r");
        assertEquals(List.of("read"), store.user("u").roles());
        assertTrue(store.allowlisted(store.user("u"), InetAddress.getByName("127.0.0.1")));
        store.reset();
        assertNull(store.user("u"));
        assertNotNull(store.user("admin"));
    }
}
