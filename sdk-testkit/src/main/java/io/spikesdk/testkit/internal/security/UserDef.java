package io.spikesdk.testkit.internal.security;

import java.util.List;

/**
 * A user as stored: the bcrypt hash clients send as its credential, and its role names. Immutable.
 *
 * @param passwordHash the {@code PasswordHash} of its password; {@link #NO_PASSWORD_HASH} for a PKI-only user
 */
public record UserDef(String name, String passwordHash, List<String> roles) {
    /** The hash of the keyword {@code nopassword}: such a user can only log in with a client certificate (PKI). */
    public static final String NO_PASSWORD_HASH = io.spikesdk.core.internal.security.PasswordHash.of("nopassword");

    public UserDef {
        roles = List.copyOf(roles);
    }

    UserDef withPassword(String hash) {
        return new UserDef(name, hash, roles);
    }

    UserDef withRoles(List<String> newRoles) {
        return new UserDef(name, passwordHash, newRoles);
    }

    boolean canUsePassword() {
        return !NO_PASSWORD_HASH.equals(passwordHash);
    }
}
