package io.spikesdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exchanges of {@code golden-frames.json} (official client 9.0.5 against a real 8.1 server). */
public final class GoldenFrames {
    /** One exchange: the request frame and the concatenated reply frames. */
    public record Exchange(String name, byte[] request, byte[] response) {
    }

    private static final Pattern ENTRY = Pattern.compile(
            "\"name\"\\s*:\\s*\"([^\"]+)\".*?\"request_hex\"\\s*:\\s*\"([0-9a-f]*)\".*?\"response_hex\"\\s*:\\s*\"([0-9a-f]*)\"",
            Pattern.DOTALL);

    private GoldenFrames() {
    }

    public static Map<String, Exchange> load() throws IOException {
        String json;
        try (InputStream in = GoldenFrames.class.getResourceAsStream("/golden-frames.json")) {
            if (in == null) {
                throw new IOException("golden-frames.json is not on the test classpath");
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Exchange> result = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            result.put(m.group(1), new Exchange(m.group(1), HexFormat.of().parseHex(m.group(2)),
                    HexFormat.of().parseHex(m.group(3))));
        }
        return result;
    }
}
