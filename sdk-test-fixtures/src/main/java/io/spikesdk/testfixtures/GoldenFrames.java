package io.spikesdk.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exchanges of {@code golden-frames.json}: the official client 9.0.5 against a real 8.1 server, in file order. */
public final class GoldenFrames {
    /** One exchange: the request frame and the concatenated reply frames. */
    public record Exchange(String name, byte[] request, byte[] response) {
    }

    private static final String RESOURCE = "golden-frames.json";
    private static final Pattern ENTRY = Pattern.compile(
            "\"name\"\\s*:\\s*\"([^\"]+)\".*?\"request_hex\"\\s*:\\s*\"([0-9a-f]*)\".*?\"response_hex\"\\s*:\\s*\"([0-9a-f]*)\"",
            Pattern.DOTALL);
    private static volatile List<Exchange> exchanges;

    private GoldenFrames() {
    }

    /** Every exchange, in file order. */
    public static List<Exchange> all() {
        List<Exchange> loaded = exchanges;
        if (loaded == null) {
            loaded = parse(read());
            exchanges = loaded;
        }
        return loaded;
    }

    /** Every exchange by name (names are unique in the file), in file order. */
    public static Map<String, Exchange> byName() {
        Map<String, Exchange> result = new LinkedHashMap<>();
        for (Exchange e : all()) {
            result.put(e.name(), e);
        }
        return result;
    }

    /** The exchange of that name; an {@link AssertionError} if the file has none. */
    public static Exchange named(String name) {
        for (Exchange e : all()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("frame " + name + " not found in " + RESOURCE);
    }

    private static List<Exchange> parse(String json) {
        List<Exchange> result = new ArrayList<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            result.add(new Exchange(m.group(1), HexFormat.of().parseHex(m.group(2)),
                    HexFormat.of().parseHex(m.group(3))));
        }
        return List.copyOf(result);
    }

    private static String read() {
        try (InputStream in = GoldenFrames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + GoldenFrames.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
