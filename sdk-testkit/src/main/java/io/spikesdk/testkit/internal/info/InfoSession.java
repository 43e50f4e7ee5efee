package io.spikesdk.testkit.internal.info;

import java.util.Base64;
import java.util.Optional;

/**
 * What one client connection has told the info service about itself: the user agent a client
 * sends once per connection ({@code user-agent-set:value=<base64>}, sent by 8.1-aware clients on
 * connect). One per connection; not thread-safe.
 */
public final class InfoSession {
    /** The server's buffer holds 88 characters with the terminator (64 bytes in base64). */
    private static final int MAX_VALUE_CHARS = 87;

    private String userAgent;

    /** The base64 user agent this connection set, if any. */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    /** Answers {@code user-agent-set}: {@code ok}, or the server's error when already set or malformed. */
    String setUserAgent(InfoParams params) {
        if (userAgent != null) {
            return "ERROR:4:already set";
        }
        Optional<String> value = params.get("value");
        if (value.isEmpty()) {
            return InfoParams.missing("value");
        }
        String b64 = value.get();
        if (b64.isEmpty()) {
            return InfoParams.missingValue("value");
        }
        if (b64.length() > MAX_VALUE_CHARS) {
            return InfoParams.tooLong("value");
        }
        if (!isValidBase64(b64)) {
            return "ERROR:4:'value' invalid base64";
        }
        userAgent = b64;
        return "ok";
    }

    private static boolean isValidBase64(String b64) {
        if (b64.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(b64);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
