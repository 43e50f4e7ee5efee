package io.spikesdk.testkit.internal.security;

import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_COMMAND;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_CREDENTIAL;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_FIELD;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_PRIVILEGE;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_ROLE;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_USER;
import static io.spikesdk.testkit.internal.security.SecurityCodes.NOT_AUTHENTICATED;
import static io.spikesdk.testkit.internal.security.SecurityCodes.NOT_SUPPORTED;
import static io.spikesdk.testkit.internal.security.SecurityCodes.NOT_WHITELISTED;
import static io.spikesdk.testkit.internal.security.SecurityCodes.OK;
import static io.spikesdk.testkit.internal.security.SecurityCodes.QUERY_END;
import static io.spikesdk.testkit.internal.security.SecurityCodes.ROLE_VIOLATION;

import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import io.spikesdk.core.internal.security.PasswordHash;
import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers admin messages (proto type 2) as the Enterprise server does: LOGIN and AUTHENTICATE on any connection, every
 * other command only on an authenticated one (else NOT_AUTHENTICATED) and only for a {@code user-admin} (else
 * ROLE_VIOLATION) — except that users may change their own password and query themselves. Non-query replies are a bare
 * 16-byte header with the result code; QUERY_USERS and QUERY_ROLES answer one record per user or role and a closing
 * QUERY_END record.
 */
final class AdminService {
    private static final Logger LOG = LoggerFactory.getLogger(AdminService.class);

    private AdminService() {
    }

    static byte[] handle(NodeSecurity node, ConnectionSecurity connection, byte[] body, int len) {
        if (node == null) {
            return result(NOT_SUPPORTED);
        }
        AdminRequest request;
        try {
            request = AdminRequest.parse(body, len);
        } catch (MessageFormatException e) {
            LOG.debug("malformed admin message: {}", e.getMessage());
            return result(INVALID_FIELD);
        }
        SecurityStore store = node.store();
        int command = request.command();
        if (command == AdminCommand.LOGIN) {
            return login(node, connection, request);
        }
        if (command == AdminCommand.AUTHENTICATE) {
            return result(authenticate(store, connection, request));
        }
        UserDef caller = connection.currentUser();
        if (caller == null) {
            return result(NOT_AUTHENTICATED);
        }
        boolean userAdmin = store.allows(caller, Permission.USER_ADMIN, null, null);
        String target = request.string(AdminField.USER);
        if (command == AdminCommand.QUERY_USERS) {
            boolean self = target != null && target.equals(caller.name());
            return userAdmin || self ? queryUsers(node, target) : result(ROLE_VIOLATION);
        }
        if (command == AdminCommand.QUERY_ROLES) {
            return userAdmin ? queryRoles(store, request.string(AdminField.ROLE)) : result(ROLE_VIOLATION);
        }
        if (command == AdminCommand.CHANGE_PASSWORD && caller.name().equals(target)) {
            return result(store.changePassword(target, request.string(AdminField.OLD_PASSWORD),
                    request.string(AdminField.PASSWORD)));
        }
        if (!userAdmin) {
            return result(ROLE_VIOLATION);
        }
        return result(change(store, request, target));
    }

    private static int change(SecurityStore store, AdminRequest request, String user) {
        String role = request.string(AdminField.ROLE);
        switch (request.command()) {
            case AdminCommand.CREATE_USER:
                return store.createUser(user, request.string(AdminField.PASSWORD), request.roles());
            case AdminCommand.DROP_USER:
                return store.dropUser(user);
            case AdminCommand.SET_PASSWORD:
            case AdminCommand.CHANGE_PASSWORD:
                return store.setPassword(user, request.string(AdminField.PASSWORD));
            case AdminCommand.GRANT_ROLES:
                return store.grantRoles(user, request.roles());
            case AdminCommand.REVOKE_ROLES:
                return store.revokeRoles(user, request.roles());
            case AdminCommand.CREATE_ROLE: {
                List<Grant> grants = request.grants();
                if (grants == null) {
                    return INVALID_PRIVILEGE;
                }
                boolean quotas = request.has(AdminField.READ_QUOTA) || request.has(AdminField.WRITE_QUOTA);
                return store.createRole(role, grants, request.allowlist(), request.quota(AdminField.READ_QUOTA),
                        request.quota(AdminField.WRITE_QUOTA), quotas);
            }
            case AdminCommand.DROP_ROLE:
                return store.dropRole(role);
            case AdminCommand.GRANT_PRIVILEGES:
            case AdminCommand.REVOKE_PRIVILEGES: {
                List<Grant> grants = request.grants();
                if (grants == null || grants.isEmpty()) {
                    return INVALID_PRIVILEGE;
                }
                return request.command() == AdminCommand.GRANT_PRIVILEGES ? store.grantPrivileges(role, grants)
                        : store.revokePrivileges(role, grants);
            }
            case AdminCommand.SET_WHITELIST:
                return store.setAllowlist(role, request.allowlist());
            case AdminCommand.SET_QUOTAS:
                return store.setQuotas(role, request.quota(AdminField.READ_QUOTA),
                        request.quota(AdminField.WRITE_QUOTA));
            default:
                return INVALID_COMMAND;
        }
    }

    /**
     * LOGIN: INTERNAL sends USER + CREDENTIAL (the password hash), EXTERNAL(_INSECURE) adds CLEAR_PASSWORD (checked
     * here against the stored hash, as there is no external directory), PKI sends no field and is the user named by
     * the CN of the client certificate. The connection is then authenticated and a new session token returned.
     */
    private static byte[] login(NodeSecurity node, ConnectionSecurity connection, AdminRequest request) {
        SecurityStore store = node.store();
        UserDef user;
        if (request.fieldCount() == 0) {
            X509Certificate cert = connection.clientCertificate();
            String cn = cert == null ? null : commonName(cert);
            if (cn == null) {
                return result(INVALID_CREDENTIAL);
            }
            user = store.user(cn);
            if (user == null) {
                return result(INVALID_USER);
            }
        } else {
            String name = request.string(AdminField.USER);
            user = name == null ? null : store.user(name);
            if (user == null) {
                return result(INVALID_USER);
            }
            if (!passwordMatches(user, request)) {
                return result(INVALID_CREDENTIAL);
            }
        }
        if (!store.allowlisted(user, connection.clientAddress())) {
            return result(NOT_WHITELISTED);
        }
        connection.authenticateAs(user.name());
        byte[] token = store.newSession(user.name());
        return new AdminMessageWriter().reply(OK).field(AdminField.SESSION_TOKEN, token)
                .intField(AdminField.SESSION_TTL, (int) store.config().sessionTtlSeconds()).finish();
    }

    private static boolean passwordMatches(UserDef user, AdminRequest request) {
        if (!user.canUsePassword()) {
            return false;
        }
        String clear = request.string(AdminField.CLEAR_PASSWORD);
        if (clear != null) {
            return PasswordHash.of(clear).equals(user.passwordHash());
        }
        return user.passwordHash().equals(request.string(AdminField.CREDENTIAL));
    }

    /** AUTHENTICATE: a session token (and, but for PKI, the user it was issued to) authenticates the connection. */
    private static int authenticate(SecurityStore store, ConnectionSecurity connection, AdminRequest request) {
        byte[] token = request.bytes(AdminField.SESSION_TOKEN);
        if (token == null) {
            return INVALID_CREDENTIAL;
        }
        String[] owner = new String[1];
        int result = store.authenticate(token, request.string(AdminField.USER), owner);
        if (result != OK) {
            return result;
        }
        UserDef user = store.user(owner[0]);
        if (user == null) {
            return INVALID_CREDENTIAL;
        }
        if (!store.allowlisted(user, connection.clientAddress())) {
            return NOT_WHITELISTED;
        }
        connection.authenticateAs(user.name());
        return OK;
    }

    private static byte[] queryUsers(NodeSecurity node, String name) {
        SecurityStore store = node.store();
        List<UserDef> users;
        if (name == null) {
            users = store.users();
        } else {
            UserDef user = store.user(name);
            if (user == null) {
                return result(INVALID_USER);
            }
            users = List.of(user);
        }
        AdminMessageWriter w = new AdminMessageWriter();
        w.reply(OK);
        boolean first = true;
        for (UserDef user : users) {
            if (!first) {
                w.record(OK, 0);
            }
            first = false;
            w.field(AdminField.USER, user.name())
                    .nameListField(AdminField.ROLES, user.roles())
                    .intListField(AdminField.READ_INFO, new int[4])
                    .intListField(AdminField.WRITE_INFO, new int[4])
                    .intField(AdminField.CONNECTIONS, node.connectionsOf(user.name()));
        }
        if (first) {
            return result(QUERY_END);
        }
        w.record(QUERY_END, 0);
        return w.finish();
    }

    private static byte[] queryRoles(SecurityStore store, String name) {
        List<RoleDef> roles;
        if (name == null) {
            roles = store.roles();
        } else {
            RoleDef role = store.role(name);
            if (role == null) {
                return result(INVALID_ROLE);
            }
            roles = List.of(role);
        }
        AdminMessageWriter w = new AdminMessageWriter();
        w.reply(OK);
        boolean first = true;
        for (RoleDef role : roles) {
            if (!first) {
                w.record(OK, 0);
            }
            first = false;
            w.field(AdminField.ROLE, role.name()).field(AdminField.PRIVILEGES, privileges(role.grants()));
            if (!role.allowlist().isEmpty()) {
                w.field(AdminField.WHITELIST, String.join(",", role.allowlist()));
            }
            if (role.readQuota() > 0) {
                w.intField(AdminField.READ_QUOTA, role.readQuota());
            }
            if (role.writeQuota() > 0) {
                w.intField(AdminField.WRITE_QUOTA, role.writeQuota());
            }
        }
        if (first) {
            return result(QUERY_END);
        }
        w.record(QUERY_END, 0);
        return w.finish();
    }

    private static byte[] privileges(List<Grant> grants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(grants.size());
        for (Grant g : grants) {
            out.write(g.code());
            if (PrivilegeCodes.scoped(g.code())) {
                byte[] ns = AdminMessageWriter.shortString(g.namespace());
                byte[] set = AdminMessageWriter.shortString(g.set());
                out.write(ns.length);
                out.writeBytes(ns);
                out.write(set.length);
                out.writeBytes(set);
            }
        }
        return out.toByteArray();
    }

    private static byte[] result(int code) {
        return new AdminMessageWriter().reply(code).finish();
    }

    /** The CN of a certificate's subject, or null. */
    static String commonName(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            LOG.debug("client certificate subject unreadable: {}", e.getMessage());
        }
        return null;
    }
}
