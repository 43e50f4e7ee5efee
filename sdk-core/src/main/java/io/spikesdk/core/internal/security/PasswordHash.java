package io.spikesdk.core.internal.security;

import org.mindrot.jbcrypt.BCrypt;

/**
 * The password hash Aerospike clients send instead of a password: bcrypt, cost 10, with the fixed salt every client
 * uses (docs/wire-protocol.md §15.5), so the same password always gives the same 60-character {@code $2a$10$...} string.
 */
public final class PasswordHash {
    private static final String SALT = "$2a$10$7EqJtq98hPqEX7fNZaFWoO";

    private PasswordHash() {
    }

    /** The hash of a password; {@code null} is hashed as the empty password. */
    public static String of(String password) {
        return BCrypt.hashpw(password == null ? "" : password, SALT);
    }
}
