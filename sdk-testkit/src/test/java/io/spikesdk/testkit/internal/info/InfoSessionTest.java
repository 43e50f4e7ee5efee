package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfoSessionTest {
    private static final String AGENT = Base64.getEncoder()
            .encodeToString("1,nodejs-6.7.1,not-set".getBytes(StandardCharsets.UTF_8));

    private static String set(InfoSession session, String params) {
        return session.setUserAgent(new InfoParams(params));
    }

    @Test
    void acceptsOneBase64UserAgentPerConnection() {
        InfoSession session = new InfoSession();
        assertEquals(Optional.empty(), session.userAgent());
        assertEquals("ok", set(session, "value=" + AGENT));
        assertEquals(Optional.of(AGENT), session.userAgent());
        assertEquals("ERROR:4:already set", set(session, "value=" + AGENT));
        assertEquals("ok", set(new InfoSession(), "value=" + AGENT), "another connection sets its own");
    }

    @Test
    void rejectsMissingEmptyAndMalformedValues() {
        assertEquals("ERROR:4:missing 'value'", set(new InfoSession(), ""));
        assertEquals("ERROR:4:missing 'value'", set(new InfoSession(), "values=" + AGENT));
        assertEquals("ERROR:4:missing 'value' value", set(new InfoSession(), "value="));
        assertEquals("ERROR:4:'value' invalid base64", set(new InfoSession(), "value=abc"));
        assertEquals("ERROR:4:'value' invalid base64", set(new InfoSession(), "value=ab!="));
        assertEquals("ERROR:4:'value' value too long", set(new InfoSession(), "value=" + "A".repeat(88)));
        InfoSession session = new InfoSession();
        assertEquals("ERROR:4:'value' invalid base64", set(session, "value=abc"));
        assertEquals("ok", set(session, "value=" + AGENT), "a rejected value does not count as set");
    }

    @Test
    void acceptsUpTo63DecodedBytes() {
        String longest = Base64.getEncoder().encodeToString(new byte[63]);
        assertEquals(84, longest.length());
        assertEquals("ok", set(new InfoSession(), "value=" + longest));
    }
}
