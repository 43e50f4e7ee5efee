package io.spikesdk.core.internal.security;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ResultCode;

/**
 * Messages for the security result codes that say what happened to whom and what to do about it; the node is
 * named by the exception itself ({@link AerospikeException#node()}).
 */
public final class AuthenticationErrors {
    private AuthenticationErrors() {
    }

    /**
     * The error for a LOGIN or AUTHENTICATE the node refused with {@code resultCode}.
     *
     * @param node the node's name, or its address while it is being validated
     */
    public static AerospikeException loginFailed(int resultCode, LoginCredentials credentials, String node) {
        ResultCode code = ResultCode.fromCode(resultCode);
        if (code == null) {
            return AerospikeException.create(ResultCode.SERVER_ERROR, "login of " + credentials.describeUser()
                    + " failed with server code " + resultCode, node, false, 0);
        }
        String detail = "login of " + credentials.describeUser() + " (auth mode " + credentials.mode() + ") failed: "
                + explain(code, credentials.describeUser());
        return AerospikeException.create(code, detail, node, false, 0);
    }

    /**
     * What a security result code means for {@code who} (e.g. {@code "user 'app'"}, or {@code null} when the client
     * has no user configured) and what to do; {@code null} for a code that is not a security code.
     */
    public static String explain(ResultCode code, String who) {
        String user = who == null ? "the client (no user configured)" : who;
        switch (code) {
            case SECURITY_NOT_SUPPORTED:
                return "this server does not support security (Community Edition answers 51 to every security "
                        + "command): remove user/password from ClientConfig";
            case SECURITY_NOT_ENABLED:
                return "security is not enabled on this server: the command needs a server with security enabled";
            case SECURITY_SCHEME_NOT_SUPPORTED:
                return "the server does not support this authentication scheme (ClientConfig.authMode)";
            case INVALID_COMMAND:
                return "the server does not know this security command";
            case INVALID_FIELD:
                return "the server refused a field of the security command";
            case ILLEGAL_STATE:
                return "the server's security is in an illegal state for this command";
            case INVALID_USER:
                return user + " is not known to the server (invalid user; it may have been dropped)";
            case INVALID_PASSWORD:
                return "the password of " + user + " is wrong (invalid password)";
            case EXPIRED_PASSWORD:
                return "the password of " + user + " has expired: an administrator must set a new one";
            case FORBIDDEN_PASSWORD:
                return "the password of " + user + " is forbidden by the server's password policy";
            case INVALID_CREDENTIAL:
                return "the server refused the credential of " + user + " (invalid credential)";
            case EXPIRED_SESSION:
                return "the login session of " + user + " has expired";
            case NOT_AUTHENTICATED:
                return who == null
                        ? "not authenticated: the server has security enabled: set ClientConfig.user and password"
                        : "not authenticated: the server did not accept the session of " + user;
            case ROLE_VIOLATION:
                return user + " lacks a role or privilege this command needs (role violation)";
            case NOT_WHITELISTED:
                return "the client's address is not in the allowlist of " + user + "'s roles (not allowlisted)";
            case QUOTA_EXCEEDED:
                return user + " exceeded a read or write quota of its roles (quota exceeded)";
            default:
                return AuthenticationException.isSecurityCode(code) ? code.message() : null;
        }
    }
}
