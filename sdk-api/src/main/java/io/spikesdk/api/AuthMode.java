package io.spikesdk.api;

/**
 * How the client authenticates (spec {@code AUTH_*}). Default: {@link #INTERNAL}. Only used when a user
 * is configured (or with {@link #PKI}); servers without security ignore it.
 */
public enum AuthMode {
    /** Users and passwords stored by the server; the client sends a bcrypt hash. Spec {@code AUTH_INTERNAL}. */
    INTERNAL,
    /** External (LDAP) authentication; the clear password is sent, so use TLS. Spec {@code AUTH_EXTERNAL}. */
    EXTERNAL,
    /** External authentication over a plain connection; the clear password travels unencrypted. Spec {@code AUTH_EXTERNAL_INSECURE}. */
    EXTERNAL_INSECURE,
    /** The user is taken from the TLS client certificate; no password. Needs TLS. */
    PKI
}
