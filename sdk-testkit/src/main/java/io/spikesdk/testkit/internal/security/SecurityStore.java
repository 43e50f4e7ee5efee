package io.spikesdk.testkit.internal.security;

import static io.spikesdk.testkit.internal.security.SecurityCodes.EXPIRED_SESSION;
import static io.spikesdk.testkit.internal.security.SecurityCodes.FORBIDDEN_PASSWORD;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_CREDENTIAL;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_PASSWORD;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_PRIVILEGE;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_QUOTA;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_ROLE;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_USER;
import static io.spikesdk.testkit.internal.security.SecurityCodes.INVALID_WHITELIST;
import static io.spikesdk.testkit.internal.security.SecurityCodes.OK;
import static io.spikesdk.testkit.internal.security.SecurityCodes.QUOTAS_NOT_ENABLED;
import static io.spikesdk.testkit.internal.security.SecurityCodes.ROLE_EXISTS;
import static io.spikesdk.testkit.internal.security.SecurityCodes.USER_EXISTS;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The users, roles and session tokens of a secure server; one store serves every node of a cluster, as a real
 * cluster shares its security metadata. Every change is validated with the Enterprise server's result codes and
 * returns one of them (0 on success). Thread-safe: changes are serialized; reads see a consistent snapshot.
 */
public final class SecurityStore {
    /** The user every secure server starts with, as the real one does. */
    public static final String DEFAULT_USER = "admin";
    private static final int MAX_NAME_BYTES = 63;
    private static final int TOKEN_BYTES = 32;
    private static final int BCRYPT_HASH_LENGTH = 60;

    private final SecurityConfig config;
    private final LongSupplier clockMillis;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Map<String, UserDef> users;
    private volatile Map<String, RoleDef> roles;

    public SecurityStore(SecurityConfig config, LongSupplier clockMillis) {
        this.config = config;
        this.clockMillis = clockMillis;
        reset();
    }

    /** Back to the configured users and the predefined roles; sessions of users that no longer exist end. */
    public synchronized void reset() {
        Map<String, RoleDef> r = new TreeMap<>();
        for (int code : PrivilegeCodes.codes()) {
            if (code < 15) { // masking codes (15+) are unknown to 9.x clients parsing QUERY_ROLES
                r.put(PrivilegeCodes.name(code), RoleDef.predefined(code));
            }
        }
        Map<String, UserDef> u = new TreeMap<>();
        u.put(DEFAULT_USER, new UserDef(DEFAULT_USER, io.spikesdk.core.internal.security.PasswordHash.of("admin"),
                List.of(PrivilegeCodes.name(PrivilegeCodes.USER_ADMIN_CODE))));
        for (UserDef user : config.users()) {
            u.put(user.name(), user);
        }
        roles = r;
        users = u;
        sessions.values().removeIf(s -> !u.containsKey(s.user()));
    }

    public SecurityConfig config() {
        return config;
    }

    /** The current time on the server clock. */
    long nowMillis() {
        return clockMillis.getAsLong();
    }

    // ---- reads ----

    /** A user, or null. */
    public UserDef user(String name) {
        return users.get(name);
    }

    /** A role, or null. */
    public RoleDef role(String name) {
        return roles.get(name);
    }

    /** Every user, by name. */
    public List<UserDef> users() {
        return List.copyOf(users.values());
    }

    /** Every role, by name. */
    public List<RoleDef> roles() {
        return List.copyOf(roles.values());
    }

    /** The roles of a user that exist (a role dropped after it was granted no longer counts). */
    List<RoleDef> rolesOf(UserDef user) {
        Map<String, RoleDef> current = roles;
        List<RoleDef> list = new ArrayList<>();
        for (String name : user.roles()) {
            RoleDef role = current.get(name);
            if (role != null) {
                list.add(role);
            }
        }
        return list;
    }

    /** Whether the user (null = gone) holds {@code permission} on {@code ns}/{@code set}. */
    public boolean allows(UserDef user, Permission permission, String ns, String set) {
        if (user == null) {
            return false;
        }
        for (RoleDef role : rolesOf(user)) {
            for (Grant grant : role.grants()) {
                if (grant.allows(permission, ns, set)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a client at {@code address} may log in as the user: no role has an allowlist, or one matches. */
    boolean allowlisted(UserDef user, InetAddress address) {
        boolean restricted = false;
        for (RoleDef role : rolesOf(user)) {
            for (String entry : role.allowlist()) {
                restricted = true;
                AddressRange range = AddressRange.parse(entry);
                if (address != null && range != null && range.contains(address)) {
                    return true;
                }
            }
        }
        return !restricted;
    }

    /** The user's read (or write) quota: the largest of its roles', 0 for none. */
    int quota(UserDef user, boolean write) {
        int max = 0;
        for (RoleDef role : rolesOf(user)) {
            max = Math.max(max, write ? role.writeQuota() : role.readQuota());
        }
        return max;
    }

    // ---- sessions ----

    /** A new session token for the user, valid for the configured TTL from now. */
    public byte[] newSession(String user) {
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        sessions.put(HexFormat.of().formatHex(token), new Session(user, nowMillis() + config.sessionTtlSeconds() * 1000));
        return token;
    }

    /**
     * Checks a session token: 0 with {@code owner[0]} set to its user, EXPIRED_SESSION past its TTL, INVALID_CREDENTIAL
     * when unknown (never issued, or ended because its user was dropped or changed password) or issued to another
     * user than {@code claimedUser} (null = any, as PKI clients send no user).
     */
    public int authenticate(byte[] token, String claimedUser, String[] owner) {
        Session session = sessions.get(HexFormat.of().formatHex(token));
        if (session == null || claimedUser != null && !claimedUser.equals(session.user())) {
            return INVALID_CREDENTIAL;
        }
        if (nowMillis() >= session.expiresAtMillis()) {
            sessions.remove(HexFormat.of().formatHex(token));
            return EXPIRED_SESSION;
        }
        owner[0] = session.user();
        return OK;
    }

    private void endSessions(String user) {
        sessions.values().removeIf(s -> s.user().equals(user));
    }

    // ---- user changes ----

    public synchronized int createUser(String name, String hash, List<String> roleNames) {
        if (!validName(name)) {
            return INVALID_USER;
        }
        if (users.containsKey(name)) {
            return USER_EXISTS;
        }
        if (!validHash(hash)) {
            return INVALID_PASSWORD;
        }
        if (!rolesExist(roleNames)) {
            return INVALID_ROLE;
        }
        putUser(new UserDef(name, hash, new ArrayList<>(new LinkedHashSet<>(roleNames))));
        return OK;
    }

    public synchronized int dropUser(String name) {
        if (!users.containsKey(name)) {
            return INVALID_USER;
        }
        Map<String, UserDef> copy = new TreeMap<>(users);
        copy.remove(name);
        users = copy;
        endSessions(name);
        return OK;
    }

    /** SET_PASSWORD (a user-admin sets anyone's password); the user's sessions end. */
    public synchronized int setPassword(String name, String hash) {
        UserDef user = users.get(name);
        if (user == null) {
            return INVALID_USER;
        }
        if (!validHash(hash)) {
            return INVALID_PASSWORD;
        }
        putUser(user.withPassword(hash));
        endSessions(name);
        return OK;
    }

    /** CHANGE_PASSWORD (a user changes its own): the old hash must match, the new one must differ. */
    public synchronized int changePassword(String name, String oldHash, String newHash) {
        UserDef user = users.get(name);
        if (user == null) {
            return INVALID_USER;
        }
        if (oldHash == null || !oldHash.equals(user.passwordHash()) || !validHash(newHash)) {
            return INVALID_PASSWORD;
        }
        if (newHash.equals(user.passwordHash())) {
            return FORBIDDEN_PASSWORD;
        }
        putUser(user.withPassword(newHash));
        endSessions(name);
        return OK;
    }

    public synchronized int grantRoles(String name, List<String> roleNames) {
        UserDef user = users.get(name);
        if (user == null) {
            return INVALID_USER;
        }
        if (!rolesExist(roleNames)) {
            return INVALID_ROLE;
        }
        Set<String> merged = new LinkedHashSet<>(user.roles());
        merged.addAll(roleNames);
        putUser(user.withRoles(new ArrayList<>(merged)));
        return OK;
    }

    public synchronized int revokeRoles(String name, List<String> roleNames) {
        UserDef user = users.get(name);
        if (user == null) {
            return INVALID_USER;
        }
        if (!rolesExist(roleNames)) {
            return INVALID_ROLE;
        }
        List<String> kept = new ArrayList<>(user.roles());
        kept.removeAll(roleNames);
        putUser(user.withRoles(kept));
        return OK;
    }

    // ---- role changes ----

    public synchronized int createRole(String name, List<Grant> grants, List<String> allowlist, int readQuota,
            int writeQuota, boolean quotasGiven) {
        if (!validName(name)) {
            return INVALID_ROLE;
        }
        if (roles.containsKey(name)) {
            return ROLE_EXISTS;
        }
        if (!validGrants(grants)) {
            return INVALID_PRIVILEGE;
        }
        if (!validAllowlist(allowlist)) {
            return INVALID_WHITELIST;
        }
        int quotas = checkQuotas(quotasGiven, readQuota, writeQuota);
        if (quotas != OK) {
            return quotas;
        }
        putRole(new RoleDef(name, dedupe(grants), allowlist, readQuota, writeQuota, false));
        return OK;
    }

    public synchronized int dropRole(String name) {
        RoleDef role = roles.get(name);
        if (role == null || role.predefined()) {
            return INVALID_ROLE;
        }
        Map<String, RoleDef> copy = new TreeMap<>(roles);
        copy.remove(name);
        roles = copy;
        Map<String, UserDef> u = new TreeMap<>(users);
        u.replaceAll((n, user) -> user.roles().contains(name)
                ? user.withRoles(user.roles().stream().filter(r -> !r.equals(name)).toList()) : user);
        users = u;
        return OK;
    }

    public synchronized int grantPrivileges(String name, List<Grant> grants) {
        RoleDef role = customRole(name);
        if (role == null) {
            return INVALID_ROLE;
        }
        if (!validGrants(grants)) {
            return INVALID_PRIVILEGE;
        }
        List<Grant> merged = new ArrayList<>(role.grants());
        merged.addAll(grants);
        putRole(role.withGrants(dedupe(merged)));
        return OK;
    }

    /** Removes exactly matching grants; a grant the role does not hold is ignored, as on the real server. */
    public synchronized int revokePrivileges(String name, List<Grant> grants) {
        RoleDef role = customRole(name);
        if (role == null) {
            return INVALID_ROLE;
        }
        if (!validGrants(grants)) {
            return INVALID_PRIVILEGE;
        }
        List<Grant> kept = new ArrayList<>(role.grants());
        kept.removeAll(grants);
        putRole(role.withGrants(kept));
        return OK;
    }

    public synchronized int setAllowlist(String name, List<String> allowlist) {
        RoleDef role = customRole(name);
        if (role == null) {
            return INVALID_ROLE;
        }
        if (!validAllowlist(allowlist)) {
            return INVALID_WHITELIST;
        }
        putRole(role.withAllowlist(allowlist));
        return OK;
    }

    public synchronized int setQuotas(String name, int readQuota, int writeQuota) {
        int quotas = checkQuotas(true, readQuota, writeQuota);
        if (quotas != OK) {
            return quotas;
        }
        RoleDef role = customRole(name);
        if (role == null) {
            return INVALID_ROLE;
        }
        putRole(role.withQuotas(readQuota, writeQuota));
        return OK;
    }

    // ---- helpers ----

    private RoleDef customRole(String name) {
        RoleDef role = roles.get(name);
        return role == null || role.predefined() ? null : role;
    }

    private int checkQuotas(boolean given, int read, int write) {
        if (!given) {
            return OK;
        }
        if (!config.quotasEnabled()) {
            return QUOTAS_NOT_ENABLED;
        }
        return read < 0 || write < 0 ? INVALID_QUOTA : OK;
    }

    private void putUser(UserDef user) {
        Map<String, UserDef> copy = new TreeMap<>(users);
        copy.put(user.name(), user);
        users = copy;
    }

    private void putRole(RoleDef role) {
        Map<String, RoleDef> copy = new TreeMap<>(roles);
        copy.put(role.name(), role);
        roles = copy;
    }

    private boolean rolesExist(List<String> names) {
        return names.stream().allMatch(roles::containsKey);
    }

    private static List<Grant> dedupe(List<Grant> grants) {
        return new ArrayList<>(new LinkedHashSet<>(grants));
    }

    private static boolean validName(String name) {
        return name != null && !name.isEmpty() && name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    private static boolean validHash(String hash) {
        return hash != null && hash.length() == BCRYPT_HASH_LENGTH && hash.startsWith("$2");
    }

    private static boolean validGrants(List<Grant> grants) {
        for (Grant g : grants) {
            if (!PrivilegeCodes.known(g.code())) {
                return false;
            }
            boolean scopeGiven = !g.namespace().isEmpty() || !g.set().isEmpty();
            if (!PrivilegeCodes.scoped(g.code()) && scopeGiven || g.namespace().isEmpty() && !g.set().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean validAllowlist(List<String> allowlist) {
        return allowlist.stream().allMatch(a -> AddressRange.parse(a) != null);
    }
}
