package io.spikesdk.admin;

import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import io.spikesdk.core.internal.security.PasswordHash;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The request frame of each admin call, field for field as the official Java client writes it (so that a server sees
 * the same bytes): passwords as their bcrypt hash, optional role fields only when set.
 */
final class AdminRequests {
    /** The password C clients give PKI users: servers 8.1+ refuse it for password login. */
    static final String PKI_PASSWORD = "nopassword";

    private AdminRequests() {
    }

    static byte[] createUser(String user, String password, List<String> roles) {
        return new AdminMessageWriter().request(AdminCommand.CREATE_USER)
            .field(AdminField.USER, user)
            .field(AdminField.PASSWORD, PasswordHash.of(password))
            .nameListField(AdminField.ROLES, roles)
            .finish();
    }

    static byte[] dropUser(String user) {
        return new AdminMessageWriter().request(AdminCommand.DROP_USER).field(AdminField.USER, user).finish();
    }

    static byte[] setPassword(String user, String password) {
        return new AdminMessageWriter().request(AdminCommand.SET_PASSWORD)
            .field(AdminField.USER, user)
            .field(AdminField.PASSWORD, PasswordHash.of(password))
            .finish();
    }

    static byte[] changePassword(String user, String oldPassword, String newPassword) {
        return new AdminMessageWriter().request(AdminCommand.CHANGE_PASSWORD)
            .field(AdminField.USER, user)
            .field(AdminField.OLD_PASSWORD, PasswordHash.of(oldPassword))
            .field(AdminField.PASSWORD, PasswordHash.of(newPassword))
            .finish();
    }

    static byte[] grantRoles(String user, List<String> roles) {
        return userRoles(AdminCommand.GRANT_ROLES, user, roles);
    }

    static byte[] revokeRoles(String user, List<String> roles) {
        return userRoles(AdminCommand.REVOKE_ROLES, user, roles);
    }

    private static byte[] userRoles(int command, String user, List<String> roles) {
        return new AdminMessageWriter().request(command)
            .field(AdminField.USER, user)
            .nameListField(AdminField.ROLES, roles)
            .finish();
    }

    /** QUERY_USERS for one user, or for all when {@code user} is null. */
    static byte[] queryUsers(String user) {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.QUERY_USERS);
        if (user != null) {
            w.field(AdminField.USER, user);
        }
        return w.finish();
    }

    /** CREATE_ROLE with the PRIVILEGES field even when empty, as the official two-argument {@code createRole}. */
    static byte[] createRole(String role, List<Privilege> privileges) {
        return new AdminMessageWriter().request(AdminCommand.CREATE_ROLE)
            .field(AdminField.ROLE, role)
            .field(AdminField.PRIVILEGES, privileges(privileges))
            .finish();
    }

    /** CREATE_ROLE with only the fields that are set (no privileges, allowlist or quota: no field). */
    static byte[] createRole(String role, List<Privilege> privileges, List<String> allowlist, int readQuota,
                             int writeQuota) {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.CREATE_ROLE).field(AdminField.ROLE, role);
        if (!privileges.isEmpty()) {
            w.field(AdminField.PRIVILEGES, privileges(privileges));
        }
        if (!allowlist.isEmpty()) {
            w.field(AdminField.WHITELIST, String.join(",", allowlist));
        }
        if (readQuota > 0) {
            w.intField(AdminField.READ_QUOTA, readQuota);
        }
        if (writeQuota > 0) {
            w.intField(AdminField.WRITE_QUOTA, writeQuota);
        }
        return w.finish();
    }

    static byte[] dropRole(String role) {
        return new AdminMessageWriter().request(AdminCommand.DROP_ROLE).field(AdminField.ROLE, role).finish();
    }

    static byte[] grantPrivileges(String role, List<Privilege> privileges) {
        return rolePrivileges(AdminCommand.GRANT_PRIVILEGES, role, privileges);
    }

    static byte[] revokePrivileges(String role, List<Privilege> privileges) {
        return rolePrivileges(AdminCommand.REVOKE_PRIVILEGES, role, privileges);
    }

    private static byte[] rolePrivileges(int command, String role, List<Privilege> privileges) {
        return new AdminMessageWriter().request(command)
            .field(AdminField.ROLE, role)
            .field(AdminField.PRIVILEGES, privileges(privileges))
            .finish();
    }

    /** SET_WHITELIST; an empty allowlist sends no WHITELIST field, which clears the role's. */
    static byte[] setAllowlist(String role, List<String> allowlist) {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.SET_WHITELIST)
            .field(AdminField.ROLE, role);
        if (!allowlist.isEmpty()) {
            w.field(AdminField.WHITELIST, String.join(",", allowlist));
        }
        return w.finish();
    }

    static byte[] setQuotas(String role, int readQuota, int writeQuota) {
        return new AdminMessageWriter().request(AdminCommand.SET_QUOTAS)
            .field(AdminField.ROLE, role)
            .intField(AdminField.READ_QUOTA, readQuota)
            .intField(AdminField.WRITE_QUOTA, writeQuota)
            .finish();
    }

    /** QUERY_ROLES for one role, or for all when {@code role} is null. */
    static byte[] queryRoles(String role) {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.QUERY_ROLES);
        if (role != null) {
            w.field(AdminField.ROLE, role);
        }
        return w.finish();
    }

    /** The PRIVILEGES field data: a count, then each code and, from code 10 up, its namespace and set. */
    static byte[] privileges(List<Privilege> privileges) {
        if (privileges.size() > 255) {
            throw new IllegalArgumentException("at most 255 privileges fit in one admin field, got "
                + privileges.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(privileges.size());
        for (Privilege p : privileges) {
            out.write(p.code().code());
            if (p.code().carriesScope()) {
                writeShortString(out, p.namespace());
                writeShortString(out, p.set());
            }
        }
        return out.toByteArray();
    }

    private static void writeShortString(ByteArrayOutputStream out, String s) {
        byte[] bytes = AdminMessageWriter.shortString(s);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }
}
