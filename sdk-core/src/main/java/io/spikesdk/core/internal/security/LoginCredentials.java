package io.spikesdk.core.internal.security;

import io.spikesdk.api.AuthMode;
import io.spikesdk.api.ClientConfig;

/**
 * What a client logs in with, fixed at client creation: the user, the password's bcrypt hash (computed once, it
 * costs tens of milliseconds) and, for external authentication, the clear password; and the LOGIN and AUTHENTICATE
 * requests built from them (docs/wire-protocol.md §15.5).
 */
public final class LoginCredentials {
    private final AuthMode mode;
    private final String user;
    private final String passwordHash;
    private final String clearPassword;

    private LoginCredentials(AuthMode mode, String user, String password) {
        this.mode = mode;
        this.user = mode == AuthMode.PKI ? null : user;
        this.passwordHash = mode == AuthMode.PKI ? null : PasswordHash.of(password);
        this.clearPassword = mode == AuthMode.EXTERNAL || mode == AuthMode.EXTERNAL_INSECURE ? password : null;
    }

    /** The credentials of {@code config}, or {@code null} when it asks for no authentication (no user, not PKI). */
    public static LoginCredentials of(ClientConfig config) {
        if (config.authMode() != AuthMode.PKI && config.user() == null) {
            return null;
        }
        return new LoginCredentials(config.authMode(), config.user(), config.password());
    }

    public AuthMode mode() {
        return mode;
    }

    /** The configured user, {@code null} with PKI (the server takes the user from the TLS certificate). */
    public String user() {
        return user;
    }

    /** How error messages name the user. */
    public String describeUser() {
        return mode == AuthMode.PKI ? "the TLS certificate's user (PKI)" : "user '" + user + "'";
    }

    /** The LOGIN request: INTERNAL user and hash; EXTERNAL(_INSECURE) also the clear password; PKI no field. */
    public byte[] loginRequest() {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.LOGIN);
        if (mode != AuthMode.PKI) {
            w.field(AdminField.USER, user).field(AdminField.CREDENTIAL, passwordHash);
            if (clearPassword != null) {
                w.field(AdminField.CLEAR_PASSWORD, clearPassword);
            }
        }
        return w.finish();
    }

    /** The AUTHENTICATE request for a session token: the user and the token (PKI: the token only). */
    public byte[] authenticateRequest(byte[] token) {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.AUTHENTICATE);
        if (mode != AuthMode.PKI) {
            w.field(AdminField.USER, user);
        }
        return w.field(AdminField.SESSION_TOKEN, token).finish();
    }
}
