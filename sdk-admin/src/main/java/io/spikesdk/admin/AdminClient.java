package io.spikesdk.admin;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.security.AdminTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Users, roles, privileges, allowlists and quotas of a cluster with security enabled (Aerospike Enterprise, or the
 * embedded server with security on), through a connected client: {@code AdminClient.of(client)}. Each call is one
 * admin message on a pooled connection of any active node (every node holds the whole security store) and needs the
 * client's user to have the {@code user-admin} role, except changing or querying one's own user.
 *
 * <p>Every failure is an {@link AerospikeException} with the server's result code; security codes (50-83) are
 * {@link io.spikesdk.api.AuthenticationException}s, e.g. USER_ALREADY_EXISTS (61), INVALID_ROLE (70),
 * ROLE_VIOLATION (81). A Community Edition server answers every call SECURITY_NOT_SUPPORTED (51). Thread-safe.
 */
public final class AdminClient {
    private final AdminTransport transport;
    private final AdminPolicy policy;

    private AdminClient(AdminTransport transport, AdminPolicy policy) {
        this.transport = transport;
        this.policy = policy;
    }

    /**
     * The admin API of a client created by this SDK, with {@link AdminPolicy#DEFAULT}.
     *
     * @throws IllegalArgumentException when {@code client} is not a Spike SDK client
     */
    public static AdminClient of(AerospikeClient client) {
        return new AdminClient(AdminTransport.of(client), AdminPolicy.DEFAULT);
    }

    /** The same admin API sending its calls with {@code policy}. */
    public AdminClient withPolicy(AdminPolicy policy) {
        return new AdminClient(transport, Objects.requireNonNull(policy, "policy"));
    }

    /** The policy of the calls. */
    public AdminPolicy policy() {
        return policy;
    }

    /** Creates a user that logs in with a password. */
    public void createUser(String user, String password, List<String> roles) {
        String name = name("user", user);
        Objects.requireNonNull(password, "password");
        send("create user '" + name + "'", AdminRequests.createUser(name, password, roles(roles)));
    }

    /**
     * Creates a user that authenticates with a TLS client certificate whose common name is {@code user} (auth mode
     * PKI). Sent as the C client does: with the password {@code nopassword}, which servers 8.1+ refuse for password
     * login.
     */
    public void createPkiUser(String user, List<String> roles) {
        String name = name("user", user);
        send("create PKI user '" + name + "'",
            AdminRequests.createUser(name, AdminRequests.PKI_PASSWORD, roles(roles)));
    }

    /** Drops a user; its open connections stop working. */
    public void dropUser(String user) {
        String name = name("user", user);
        send("drop user '" + name + "'", AdminRequests.dropUser(name));
    }

    /**
     * Sets a user's password as a user administrator (SET_PASSWORD, no old password needed). When {@code user} is the
     * client's own, the client's login is given the new password for the connections it opens later.
     */
    public void setPassword(String user, String password) {
        String name = name("user", user);
        Objects.requireNonNull(password, "password");
        send("set password of user '" + name + "'", AdminRequests.setPassword(name, password));
        transport.passwordChanged(name, password);
    }

    /**
     * Changes a user's password proving the old one (CHANGE_PASSWORD: what a user without {@code user-admin} may do
     * for itself). When {@code user} is the client's own, the client's login is given the new password for the
     * connections it opens later.
     */
    public void changePassword(String user, String oldPassword, String newPassword) {
        String name = name("user", user);
        Objects.requireNonNull(oldPassword, "oldPassword");
        Objects.requireNonNull(newPassword, "newPassword");
        send("change password of user '" + name + "'", AdminRequests.changePassword(name, oldPassword, newPassword));
        transport.passwordChanged(name, newPassword);
    }

    /** Adds roles to a user. */
    public void grantRoles(String user, List<String> roles) {
        String name = name("user", user);
        send("grant roles to user '" + name + "'", AdminRequests.grantRoles(name, roles(roles)));
    }

    /** Removes roles from a user. */
    public void revokeRoles(String user, List<String> roles) {
        String name = name("user", user);
        send("revoke roles from user '" + name + "'", AdminRequests.revokeRoles(name, roles(roles)));
    }

    /** One user, or {@code null} when the server returns none; an unknown user is INVALID_USER (60). */
    public User queryUser(String user) {
        String name = name("user", user);
        List<User> users = queryUsers("query user '" + name + "'", AdminRequests.queryUsers(name));
        return users.isEmpty() ? null : users.get(0);
    }

    /** Every user. */
    public List<User> queryUsers() {
        return queryUsers("query users", AdminRequests.queryUsers(null));
    }

    private List<User> queryUsers(String what, byte[] request) {
        List<User> users = new ArrayList<>();
        transport.query(what, request, policy.timeoutMillis(), r -> {
            User u = AdminReplies.user(r);
            if (u != null) {
                users.add(u);
            }
        });
        return users;
    }

    /** Creates a role with privileges (global ones apply to every namespace). */
    public void createRole(String role, List<Privilege> privileges) {
        String name = name("role", role);
        send("create role '" + name + "'", AdminRequests.createRole(name, privileges(privileges)));
    }

    /**
     * Creates a role.
     *
     * @param allowlist client addresses (IP or CIDR) its users may log in from; empty = any
     * @param readQuota records read per second allowed to each of its users, 0 = unlimited (needs quotas enabled on
     *     the server)
     * @param writeQuota records written per second, 0 = unlimited
     */
    public void createRole(String role, List<Privilege> privileges, List<String> allowlist, int readQuota,
                           int writeQuota) {
        String name = name("role", role);
        send("create role '" + name + "'", AdminRequests.createRole(name, privileges(privileges),
            allowlist(allowlist), quota("read", readQuota), quota("write", writeQuota)));
    }

    /** Drops a role; users keep no trace of it. Predefined roles cannot be dropped. */
    public void dropRole(String role) {
        String name = name("role", role);
        send("drop role '" + name + "'", AdminRequests.dropRole(name));
    }

    /** Adds privileges to a role. */
    public void grantPrivileges(String role, List<Privilege> privileges) {
        String name = name("role", role);
        send("grant privileges to role '" + name + "'", AdminRequests.grantPrivileges(name, privileges(privileges)));
    }

    /** Removes privileges from a role. */
    public void revokePrivileges(String role, List<Privilege> privileges) {
        String name = name("role", role);
        send("revoke privileges from role '" + name + "'",
            AdminRequests.revokePrivileges(name, privileges(privileges)));
    }

    /** Replaces a role's allowlist; an empty list removes it (any address may log in). */
    public void setAllowlist(String role, List<String> allowlist) {
        String name = name("role", role);
        send("set allowlist of role '" + name + "'",
            AdminRequests.setAllowlist(name, allowlist(allowlist)));
    }

    /** Sets a role's read and write quotas in records per second, 0 = unlimited (needs quotas enabled). */
    public void setQuotas(String role, int readQuota, int writeQuota) {
        String name = name("role", role);
        send("set quotas of role '" + name + "'",
            AdminRequests.setQuotas(name, quota("read", readQuota), quota("write", writeQuota)));
    }

    /** One role, or {@code null} when the server returns none; an unknown role is INVALID_ROLE (70). */
    public Role queryRole(String role) {
        String name = name("role", role);
        List<Role> roles = queryRoles("query role '" + name + "'", AdminRequests.queryRoles(name));
        return roles.isEmpty() ? null : roles.get(0);
    }

    /** Every role, the predefined ones included. */
    public List<Role> queryRoles() {
        return queryRoles("query roles", AdminRequests.queryRoles(null));
    }

    private List<Role> queryRoles(String what, byte[] request) {
        List<Role> roles = new ArrayList<>();
        transport.query(what, request, policy.timeoutMillis(), r -> roles.add(AdminReplies.role(r)));
        return roles;
    }

    private void send(String what, byte[] request) {
        transport.execute(what, request, policy.timeoutMillis());
    }

    private static String name(String kind, String name) {
        if (name == null || name.isEmpty()) {
            throw invalid(kind + " name must not be null or empty");
        }
        return name;
    }

    /** Role names travel with a 1-byte length. */
    private static List<String> roles(List<String> roles) {
        Objects.requireNonNull(roles, "roles");
        if (roles.size() > 255) {
            throw invalid("at most 255 roles fit in one admin message, got " + roles.size());
        }
        for (String role : roles) {
            if (name("role", role).getBytes(StandardCharsets.UTF_8).length > 255) {
                throw invalid("role name '" + role + "' is longer than 255 bytes");
            }
        }
        return roles;
    }

    /** The addresses travel joined by commas. */
    private static List<String> allowlist(List<String> allowlist) {
        Objects.requireNonNull(allowlist, "allowlist");
        for (String address : allowlist) {
            if (name("allowlist address", address).indexOf(',') >= 0) {
                throw invalid("allowlist address '" + address + "' must not contain a comma");
            }
        }
        return allowlist;
    }

    private static List<Privilege> privileges(List<Privilege> privileges) {
        Objects.requireNonNull(privileges, "privileges");
        if (privileges.size() > 255) {
            throw invalid("at most 255 privileges fit in one admin message, got " + privileges.size());
        }
        for (Privilege p : privileges) {
            Objects.requireNonNull(p, "privilege");
        }
        return privileges;
    }

    private static int quota(String kind, int quota) {
        if (quota < 0) {
            throw invalid(kind + " quota must be 0 (unlimited) or positive, got " + quota);
        }
        return quota;
    }

    private static AerospikeException invalid(String detail) {
        return AerospikeException.create(ResultCode.PARAMETER_ERROR, detail, null, false, 0);
    }
}
