package io.spikesdk.core.internal.security;

import io.spikesdk.api.AuthMode;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.TlsPolicy;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginCredentialsTest {
    private static ClientConfig.Builder config() {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", 3000)).tls(TlsPolicy.builder().build());
    }

    /** The request's command, then per field its id and UTF-8 text. */
    private static List<String> decode(byte[] frame) throws Exception {
        AdminMessageReader r = new AdminMessageReader(frame, 8, frame.length - 8);
        assertTrue(r.nextRecord());
        List<String> parts = new ArrayList<>(List.of("command " + r.command()));
        while (r.nextField()) {
            parts.add(r.fieldId() + "=" + r.fieldString());
        }
        assertFalse(r.nextRecord());
        return parts;
    }

    @Test
    void noUserAndNotPkiIsNoAuthentication() {
        assertNull(LoginCredentials.of(config().build()));
        assertNull(LoginCredentials.of(config().authMode(AuthMode.EXTERNAL).build()));
    }

    @Test
    void loginFieldsFollowTheAuthMode() throws Exception {
        String hash = PasswordHash.of("pw");
        assertEquals(List.of("command 20", "0=u", "3=" + hash),
                decode(LoginCredentials.of(config().user("u").password("pw").build()).loginRequest()));
        for (AuthMode external : List.of(AuthMode.EXTERNAL, AuthMode.EXTERNAL_INSECURE)) {
            assertEquals(List.of("command 20", "0=u", "3=" + hash, "4=pw"), decode(LoginCredentials.of(
                    config().user("u").password("pw").authMode(external).build()).loginRequest()));
        }
        assertEquals(List.of("command 20"),
                decode(LoginCredentials.of(config().authMode(AuthMode.PKI).build()).loginRequest()));
    }

    @Test
    void authenticateSendsTheUserAndTokenOrTheTokenAlone() throws Exception {
        byte[] token = "tok".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("command 0", "0=u", "5=tok"),
                decode(LoginCredentials.of(config().user("u").password("pw").build()).authenticateRequest(token)));
        assertEquals(List.of("command 0", "5=tok"),
                decode(LoginCredentials.of(config().user("ignored").authMode(AuthMode.PKI).build())
                        .authenticateRequest(token)));
    }

    @Test
    void sessionsRefreshSixtySecondsEarlyOrAtHalfLife() {
        long start = 5_000_000_000L;
        Session normal = Session.granted(new byte[] {1}, 600, start);
        assertFalse(normal.refreshDue(start + TimeUnit.SECONDS.toNanos(540) - 1));
        assertTrue(normal.refreshDue(start + TimeUnit.SECONDS.toNanos(540)));
        Session brief = Session.granted(new byte[] {1}, 30, start);
        assertFalse(brief.refreshDue(start + TimeUnit.SECONDS.toNanos(15) - 1));
        assertTrue(brief.refreshDue(start + TimeUnit.SECONDS.toNanos(15)));
        Session unlimited = Session.granted(new byte[] {1}, 0, start);
        assertFalse(unlimited.refreshDue(Long.MAX_VALUE));
        assertTrue(unlimited.requiresToken());
        assertFalse(Session.NOT_REQUIRED.requiresToken());
    }
}
