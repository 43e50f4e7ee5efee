package io.spikesdk.core.internal.net;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The info protocol (docs/wire-protocol.md §11): newline-terminated commands in a type-1 frame, answered with
 * {@code command\tvalue\n} per command.
 */
public final class Info {
    private Info() {
    }

    /** Sends {@code commands} in one request on {@code conn} and returns command ⇒ value in answer order. */
    public static Map<String, String> request(Connection conn, List<String> commands) throws IOException {
        int size = Proto.HEADER_SIZE;
        byte[][] encoded = new byte[commands.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = commands.get(i).getBytes(StandardCharsets.UTF_8);
            size += encoded[i].length + 1;
        }
        byte[] buf = conn.buffer(size);
        int off = Proto.HEADER_SIZE;
        for (byte[] command : encoded) {
            System.arraycopy(command, 0, buf, off, command.length);
            off += command.length;
            buf[off++] = '\n';
        }
        Proto.writeHeader(buf, Proto.TYPE_INFO, off);
        conn.write(buf, off);
        int length = Frames.read(conn, Proto.TYPE_INFO);
        return parse(conn.buffer(0), Proto.HEADER_SIZE, length);
    }

    /** Parses a response body: one {@code name\tvalue} per line; a line without a tab has an empty value. */
    public static Map<String, String> parse(byte[] buf, int offset, int length) {
        Map<String, String> result = new LinkedHashMap<>();
        String body = new String(buf, offset, length, StandardCharsets.UTF_8);
        int start = 0;
        while (start < body.length()) {
            int newline = body.indexOf('\n', start);
            int lineEnd = newline < 0 ? body.length() : newline;
            int tab = body.indexOf('\t', start);
            if (tab >= 0 && tab < lineEnd) {
                result.put(body.substring(start, tab), body.substring(tab + 1, lineEnd));
            } else if (lineEnd > start) {
                result.put(body.substring(start, lineEnd), "");
            }
            start = lineEnd + 1;
        }
        return result;
    }

    /**
     * The exception for an error answer ({@code ERROR:<code>:<message>}, or the legacy
     * {@code FAIL:...}; a missing code means 1), or {@code null} when {@code value} is not an error.
     */
    public static AerospikeException error(String command, String value, String node) {
        if (value == null || !(isWord(value, "ERROR") || isWord(value, "FAIL"))) {
            return null;
        }
        int firstColon = value.indexOf(':');
        int code = ResultCode.SERVER_ERROR.code();
        String message = "";
        if (firstColon >= 0) {
            int secondColon = value.indexOf(':', firstColon + 1);
            String codeText = secondColon < 0 ? value.substring(firstColon + 1) : value.substring(firstColon + 1, secondColon);
            message = secondColon < 0 ? "" : value.substring(secondColon + 1).trim();
            try {
                if (!codeText.isBlank()) {
                    code = Integer.parseInt(codeText.trim());
                }
            } catch (NumberFormatException e) {
                message = value.substring(firstColon + 1).trim();
            }
        }
        ResultCode rc = ResultCode.fromCode(code);
        String detail = "info command '" + command + "' failed: " + (message.isEmpty() ? value : message)
                + (rc == null ? " (server code " + code + ")" : "");
        return AerospikeException.create(rc != null ? rc : ResultCode.SERVER_ERROR, detail, node, false, 1);
    }

    /** Throws the exception of the first answer of {@code node} that the server marks as an error. */
    public static void checkAnswers(Map<String, String> answers, String node) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            AerospikeException error = error(answer.getKey(), answer.getValue(), node);
            if (error != null) {
                throw error;
            }
        }
    }

    /** Whether {@code s} starts with {@code word} (any case) followed by ':' or nothing ("failed_best_practices=" does not). */
    private static boolean isWord(String s, String word) {
        return s.regionMatches(true, 0, word, 0, word.length())
            && (s.length() == word.length() || s.charAt(word.length()) == ':');
    }

    /**
     * Checks the commands a caller asks for.
     *
     * @throws NullPointerException when the array or a command is null
     * @throws IllegalArgumentException when there is no command or one is empty
     */
    public static void checkCommands(String... commands) {
        Objects.requireNonNull(commands, "commands");
        if (commands.length == 0) {
            throw new IllegalArgumentException("commands: at least one info command is required");
        }
        for (int i = 0; i < commands.length; i++) {
            Objects.requireNonNull(commands[i], "commands[" + i + "]");
            if (commands[i].isEmpty()) {
                throw new IllegalArgumentException("commands[" + i + "]: an info command must not be empty");
            }
        }
    }
}
