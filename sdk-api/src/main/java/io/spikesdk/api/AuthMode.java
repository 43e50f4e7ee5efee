package io.spikesdk.api;

/**
 * How the client logs in (spec {@code AUTH_*}). Default: {@link #INTERNAL}. Used when a user is configured, or
 * with {@link #PKI}: each node is sent a LOGIN, and every other connection presents the session token it returns.
 * A server with security disabled needs no login (the client goes on without one); a Community Edition server does
 * not support security and refuses it ({@link ResultCode#SECURITY_NOT_SUPPORTED}).
 */
public enum AuthMode {
    /**
     * Users and passwords stored by the server; the client sends the password's bcrypt hash, never the password.
     * Spec {@code AUTH_INTERNAL}.
     */
    INTERNAL,
    /**
     * External (LDAP) authentication: the clear password is sent with the hash, so {@link ClientConfig#tls()}
     * is required. Spec {@code AUTH_EXTERNAL}.
     */
    EXTERNAL,
    /** External authentication over a plain connection; the clear password travels unencrypted. Spec {@code AUTH_EXTERNAL_INSECURE}. */
    EXTERNAL_INSECURE,
    /**
     * The server takes the user from the TLS client certificate: TLS with a client key is required and no
     * password is allowed (a configured user is ignored). Spec {@code AUTH_PKI}.
     */
    PKI
}
