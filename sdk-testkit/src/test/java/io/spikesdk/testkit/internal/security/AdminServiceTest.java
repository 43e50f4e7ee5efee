package io.spikesdk.testkit.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageReader;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import io.spikesdk.core.internal.security.PasswordHash;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminServiceTest {
    private final SecurityStore store = new SecurityStore(new SecurityConfig(600, false, List.of()), () -> 0L);
    private final NodeSecurity node = new NodeSecurity(store);
    private final ConnectionSecurity connection = node.open(new InetSocketAddress("127.0.0.1", 5000), null);

    private byte[] send(AdminMessageWriter request) {
        byte[] frame = request.finish();
        byte[] body = java.util.Arrays.copyOfRange(frame, Proto.HEADER_SIZE, frame.length);
        return connection.admin(body, body.length);
    }

    private static int result(byte[] reply) {
        return reply[Proto.HEADER_SIZE + 1] & 0xFF;
    }

    private void login() {
        byte[] reply = send(new AdminMessageWriter().request(AdminCommand.LOGIN).field(AdminField.USER, "admin")
                .field(AdminField.CREDENTIAL, PasswordHash.of("admin")));
        assertEquals(0, result(reply));
    }

    @Test
    void loginAnswersTokenAndTtlAndAuthenticatesTheConnection() throws Exception {
        assertEquals(80, result(send(new AdminMessageWriter().request(AdminCommand.QUERY_USERS))));
        assertEquals("ERROR:80:not authenticated\n", connection.infoRefusal());
        byte[] reply = send(new AdminMessageWriter().request(AdminCommand.LOGIN).field(AdminField.USER, "admin")
                .field(AdminField.CREDENTIAL, PasswordHash.of("admin")));
        AdminMessageReader r = new AdminMessageReader(reply, Proto.HEADER_SIZE, reply.length - Proto.HEADER_SIZE);
        assertTrue(r.nextRecord());
        assertEquals(0, r.resultCode());
        assertEquals(2, r.fieldCount());
        assertTrue(r.nextField());
        assertEquals(AdminField.SESSION_TOKEN, r.fieldId());
        assertTrue(r.nextField());
        assertEquals(AdminField.SESSION_TTL, r.fieldId());
        assertEquals(600, r.fieldInt());
        assertEquals(null, connection.infoRefusal());
        assertEquals(1, node.connectionsOf("admin"));
        connection.close();
        assertEquals(0, node.connectionsOf("admin"));
    }

    @Test
    void externalLoginChecksTheClearPasswordAndPkiNeedsACertificate() {
        assertEquals(65, result(send(new AdminMessageWriter().request(AdminCommand.LOGIN)
                .field(AdminField.USER, "admin").field(AdminField.CREDENTIAL, PasswordHash.of("admin"))
                .field(AdminField.CLEAR_PASSWORD, "wrong"))));
        assertEquals(0, result(send(new AdminMessageWriter().request(AdminCommand.LOGIN)
                .field(AdminField.USER, "admin").field(AdminField.CREDENTIAL, PasswordHash.of("admin"))
                .field(AdminField.CLEAR_PASSWORD, "admin"))));
        ConnectionSecurity clear = node.open(new InetSocketAddress("127.0.0.1", 5001), null);
        byte[] pki = new AdminMessageWriter().request(AdminCommand.LOGIN).finish();
        byte[] body = java.util.Arrays.copyOfRange(pki, Proto.HEADER_SIZE, pki.length);
        assertEquals(65, result(clear.admin(body, body.length)));
        assertEquals(80, clear.checkAuthenticated());
    }

    @Test
    void pkiOnlyUserCannotLogInWithAPassword() {
        store.createUser("cert-user", UserDef.NO_PASSWORD_HASH, List.of("read"));
        assertEquals(65, result(send(new AdminMessageWriter().request(AdminCommand.LOGIN)
                .field(AdminField.USER, "cert-user").field(AdminField.CREDENTIAL, PasswordHash.of("nopassword")))));
    }

    @Test
    void nonQueryRepliesAreABareHeader() {
        login();
        byte[] reply = send(new AdminMessageWriter().request(AdminCommand.DROP_USER).field(AdminField.USER, "nope"));
        assertEquals(Proto.HEADER_SIZE + AdminMessageWriter.HEADER_SIZE, reply.length);
        assertEquals(60, result(reply));
    }

    @Test
    void queryRolesListsEveryRoleThenQueryEnd() throws Exception {
        login();
        byte[] reply = send(new AdminMessageWriter().request(AdminCommand.QUERY_ROLES));
        AdminMessageReader r = new AdminMessageReader(reply, Proto.HEADER_SIZE, reply.length - Proto.HEADER_SIZE);
        List<String> names = new ArrayList<>();
        int last = -1;
        while (r.nextRecord()) {
            last = r.resultCode();
            if (last != 0) {
                break;
            }
            while (r.nextField()) {
                if (r.fieldId() == AdminField.ROLE) {
                    names.add(r.fieldString());
                }
            }
        }
        assertEquals(50, last);
        assertEquals(10, names.size());
        assertTrue(names.contains("read-write-udf"));
        assertFalse(r.nextRecord());
    }

    @Test
    void infoCommandsNeedTheirPermission() {
        login();
        assertEquals("ERROR:81:role violation - requires permission 'truncate'",
                connection.infoCommandRefusal("truncate:namespace=test"));
        assertEquals(null, connection.infoCommandRefusal("namespaces"));
        assertEquals("ERROR:81:role violation - requires permission 'sindex-admin'",
                connection.infoCommandRefusal("sindex-create:ns=test;indexname=i;indexdata=a,numeric"));
    }

    @Test
    void withoutSecurityEveryAdminMessageIsNotSupported() {
        byte[] frame = new AdminMessageWriter().request(AdminCommand.LOGIN).finish();
        byte[] reply = ConnectionSecurity.OPEN.admin(java.util.Arrays.copyOfRange(frame, 8, frame.length),
                frame.length - 8);
        assertEquals(51, result(reply));
        assertEquals(Proto.HEADER_SIZE + AdminMessageWriter.HEADER_SIZE, reply.length);
    }
}
