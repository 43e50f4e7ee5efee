package io.spikesdk.core.internal.security;

import io.spikesdk.api.AuthMode;
import io.spikesdk.api.ClientConfig;

/**
 * What a client logs in with: the user, the password's bcrypt hash (computed once, it costs tens of milliseconds)
 * and, for external authentication, the clear password; and the LOGIN and AUTHENTICATE requests built from them
 * (docs/wire-protocol.md §15.5). One instance per client, shared by all its nodes; the password is replaced when the
 * client changes its own user's password ({@link #replacePassword}), so that later logins use the new one.
 */
public final class LoginCredentials {
    private final AuthMode mode;
    private final String user;
    private volatile Secret secret;

    /** The password as sent: its hash, and the clear text for external authentication. */
    private record Secret(String passwordHash, String clearPassword) {
    }

    private LoginCredentials(AuthMode mode, String user, String password) {
        this.mode = mode;
        this.user = mode == AuthMode.PKI ? null : user;
        this.secret = secretOf(password);
    }

    private Secret secretOf(String password) {
        return new Secret(mode == AuthMode.PKI ? null : PasswordHash.of(password),
            mode == AuthMode.EXTERNAL || mode == AuthMode.EXTERNAL_INSECURE ? password : null);
    }

    /** From now on, log in with {@code newPassword} (the server accepted it for this user). Nothing with PKI. */
    public void replacePassword(String newPassword) {
        if (mode != AuthMode.PKI) {
            secret = secretOf(newPassword);
        }
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
            Secret s = secret;
            w.field(AdminField.USER, user).field(AdminField.CREDENTIAL, s.passwordHash());
            if (s.clearPassword() != null) {
                w.field(AdminField.CLEAR_PASSWORD, s.clearPassword());
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
