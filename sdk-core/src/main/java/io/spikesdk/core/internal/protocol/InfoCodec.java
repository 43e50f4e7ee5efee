package io.spikesdk.core.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Info protocol text codec (docs/wire-protocol.md §11): requests are commands each ended by '\n'; responses
 * echo each command, a TAB, its value and '\n'. Info text is treated as UTF-8.
 */
public final class InfoCodec {
    private InfoCodec() {
    }

    /** Builds a complete type-1 request frame for the given commands. */
    public static byte[] requestFrame(String... commands) {
        StringBuilder sb = new StringBuilder();
        for (String c : commands) {
            sb.append(c).append('\n');
        }
        return frame(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The commands of a request body that are terminated by '\n', as received (a trailing
     * fragment without '\n' is not a command, as on the real server). Empty lines are kept.
     */
    public static List<String> parseRequest(byte[] body, int off, int len) {
        List<String> commands = new ArrayList<>();
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (body[i] == '\n') {
                commands.add(new String(body, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return commands;
    }

    /** Appends one "command TAB value NEWLINE" entry of a response body. */
    public static void appendEntry(StringBuilder body, String command, String value) {
        body.append(command).append('\t').append(value).append('\n');
    }

    /** Wraps an info body in a type-1 proto frame. */
    public static byte[] frame(byte[] body) {
        byte[] frame = new byte[Proto.HEADER_SIZE + body.length];
        Bytes.putLong(frame, 0, Proto.header(Proto.TYPE_INFO, body.length));
        System.arraycopy(body, 0, frame, Proto.HEADER_SIZE, body.length);
        return frame;
    }

    /** Parses a response body into command → value, in response order. */
    public static Map<String, String> parseResponse(byte[] body, int off, int len) {
        Map<String, String> result = new LinkedHashMap<>();
        String text = new String(body, off, len, StandardCharsets.UTF_8);
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                result.put(line, "");
            } else {
                result.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return result;
    }
}
