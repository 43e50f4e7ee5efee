package io.spikesdk.core.internal.security;

/** Field ids of admin messages and their encodings (docs/wire-protocol.md §15.3). */
public final class AdminField {
    /** UTF-8 user name. */
    public static final int USER = 0;
    /** bcrypt hash of the new password. */
    public static final int PASSWORD = 1;
    /** bcrypt hash of the current password. */
    public static final int OLD_PASSWORD = 2;
    /** bcrypt hash of the password, for login. */
    public static final int CREDENTIAL = 3;
    /** The password in clear text (external authentication). */
    public static final int CLEAR_PASSWORD = 4;
    /** Opaque session token. */
    public static final int SESSION_TOKEN = 5;
    /** Session lifetime: 4-byte big-endian seconds. */
    public static final int SESSION_TTL = 6;
    /** 1-byte count, then per role a 1-byte length and the UTF-8 name. */
    public static final int ROLES = 10;
    /** UTF-8 role name. */
    public static final int ROLE = 11;
    /** 1-byte count, then per privilege a code byte and, for scoped codes, namespace and set as 1-byte-length strings. */
    public static final int PRIVILEGES = 12;
    /** Comma-separated client addresses. */
    public static final int WHITELIST = 13;
    /** 4-byte big-endian records per second. */
    public static final int READ_QUOTA = 14;
    /** 4-byte big-endian records per second. */
    public static final int WRITE_QUOTA = 15;
    /** 1-byte count and that many 4-byte big-endian read statistics. */
    public static final int READ_INFO = 16;
    /** 1-byte count and that many 4-byte big-endian write statistics. */
    public static final int WRITE_INFO = 17;
    /** 4-byte big-endian count of the user's open connections. */
    public static final int CONNECTIONS = 18;

    private AdminField() {
    }
}
