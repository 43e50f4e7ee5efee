package io.spikesdk.testkit.internal.security;

/** The security result codes the server answers (io.spikesdk.api.ResultCode 50-83), as ints for the wire. */
final class SecurityCodes {
    static final int OK = 0;
    static final int QUERY_END = 50;
    static final int NOT_SUPPORTED = 51;
    static final int INVALID_COMMAND = 54;
    static final int INVALID_FIELD = 55;
    static final int INVALID_USER = 60;
    static final int USER_EXISTS = 61;
    static final int INVALID_PASSWORD = 62;
    static final int FORBIDDEN_PASSWORD = 64;
    static final int INVALID_CREDENTIAL = 65;
    static final int EXPIRED_SESSION = 66;
    static final int INVALID_ROLE = 70;
    static final int ROLE_EXISTS = 71;
    static final int INVALID_PRIVILEGE = 72;
    static final int INVALID_WHITELIST = 73;
    static final int QUOTAS_NOT_ENABLED = 74;
    static final int INVALID_QUOTA = 75;
    static final int NOT_AUTHENTICATED = 80;
    static final int ROLE_VIOLATION = 81;
    static final int NOT_WHITELISTED = 82;
    static final int QUOTA_EXCEEDED = 83;

    private SecurityCodes() {
    }
}
