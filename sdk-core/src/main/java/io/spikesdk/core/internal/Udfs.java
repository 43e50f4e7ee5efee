package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Language;
import io.spikesdk.api.RegisterTask;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.UdfInfo;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * UDF module commands as info commands, in the official client's syntax: {@code udf-put} (base64 content) and
 * {@code udf-remove} to one node, which distributes them; {@code udf-list} and {@code udf-get} from one node; a
 * registration is complete when every node lists the module with the hash the registering node lists.
 *
 * <p>The server answers these commands in the old {@code error=<what>;file=..;line=..;message=<base64>} format
 * (CE 8.1.2.0) or, on newer servers, {@code ERROR:<code>:<text>;...}; both are read.
 */
final class Udfs {
    private static final long POLL_NANOS = 100_000_000L;

    private final Cluster cluster;
    /** Sends one info command to a node and returns the raw answer (errors included). */
    private final BiFunction<Node, String, String> rawInfo;
    private final int waitMillis;

    Udfs(Cluster cluster, BiFunction<Node, String, String> rawInfo, int readTotalTimeout) {
        this.cluster = cluster;
        this.rawInfo = rawInfo;
        this.waitMillis = Math.max(30_000, readTotalTimeout * 30);
    }

    RegisterTask register(byte[] content, String serverPath, Language language) {
        String command = registerCommand(content, serverPath, language);
        Node node = cluster.anyNode();
        accepted(serverPath, rawInfo.apply(node, command), node);
        return registered(serverPath, rawInfo.apply(node, "udf-list"), node);
    }

    /** The {@code udf-put} command, after checking the arguments. */
    static String registerCommand(byte[] content, String serverPath, Language language) {
        requirePath(serverPath);
        Objects.requireNonNull(language, "language");
        String encoded = Base64.getEncoder().encodeToString(content);
        return "udf-put:filename=" + serverPath + ";content=" + encoded + ";content-len=" + encoded.length()
            + ";udf-type=" + language + ";";
    }

    /** Checks the node's answer to {@link #registerCommand}: a refusal is thrown. */
    static void accepted(String serverPath, String answer, Node node) {
        if (!answer.trim().equalsIgnoreCase("ok")) {
            throw registrationError(serverPath, answer.trim(), node.name());
        }
    }

    /** The task of a registered module, from the registering node's {@code udf-list} answer (its hash). */
    RegisterTask registered(String serverPath, String udfList, Node node) {
        UdfInfo registered = find(parseList(udfList, node), serverPath);
        return new Registration(serverPath, registered == null ? null : registered.hash());
    }

    void remove(String serverPath) {
        Node node = cluster.anyNode();
        removed(serverPath, rawInfo.apply(node, removeCommand(serverPath)), node);
    }

    static String removeCommand(String serverPath) {
        requirePath(serverPath);
        return "udf-remove:filename=" + serverPath;
    }

    /** Checks the node's answer to {@link #removeCommand}. */
    static void removed(String serverPath, String answer, Node node) {
        answer = answer.trim();
        // "file_not_found": older servers' answer for a module that is not there, which is what was asked for
        if (!answer.equalsIgnoreCase("ok") && !answer.startsWith("error=file_not_found")) {
            throw AerospikeException.create(ResultCode.SERVER_ERROR, "remove UDF " + serverPath + " failed: " + answer,
                node.name(), false, 1);
        }
    }

    List<UdfInfo> list() {
        return list(cluster.anyNode());
    }

    String get(String serverPath) {
        Node node = cluster.anyNode();
        return parseGet(serverPath, rawInfo.apply(node, getCommand(serverPath)), node);
    }

    /** The {@code udf-get} command for {@code serverPath} (checked). */
    static String getCommand(String serverPath) {
        requirePath(serverPath);
        return "udf-get:filename=" + serverPath;
    }

    /** The module's source from a {@code udf-get} answer, or null when the server has no such module. */
    static String parseGet(String serverPath, String udfGet, Node node) {
        String answer = udfGet.trim();
        Map<String, String> fields = fields(answer, ';');
        String error = fields.get("error");
        if ("not_found".equals(error) || answer.startsWith("ERROR:2:") || answer.startsWith("ERROR:2;")) {
            return null;
        }
        String content = fields.get("content");
        if (error != null || answer.startsWith("ERROR") || content == null) {
            throw AerospikeException.create(ResultCode.SERVER_ERROR, "get UDF " + serverPath + " failed: " + answer,
                node.name(), false, 1);
        }
        return new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8);
    }

    private List<UdfInfo> list(Node node) {
        return parseList(rawInfo.apply(node, "udf-list"), node);
    }

    static List<UdfInfo> parseList(String udfList, Node node) {
        String answer = udfList.trim();
        if (answer.startsWith("ERROR") || answer.startsWith("error=")) {
            throw AerospikeException.create(ResultCode.SERVER_ERROR, "udf-list failed: " + answer, node.name(), false,
                1);
        }
        List<UdfInfo> modules = new ArrayList<>();
        for (String entry : answer.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            Map<String, String> fields = fields(entry, ',');
            String name = fields.get("filename");
            if (name != null) {
                modules.add(new UdfInfo(name, fields.get("hash"), language(fields.get("type"))));
            }
        }
        return modules;
    }

    private static Language language(String type) {
        return type == null ? Language.LUA : Language.valueOf(type.toUpperCase(Locale.ROOT));
    }

    private static UdfInfo find(List<UdfInfo> modules, String serverPath) {
        for (UdfInfo m : modules) {
            if (m.name().equals(serverPath)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The exception for a refused {@code udf-put}: a compile error as UDF_BAD_RESPONSE with the server's file, line
     * and message (e.g. {@code bad.lua:3: unexpected symbol near 'end'}); a malformed request as PARAMETER_ERROR.
     */
    static UdfException registrationError(String serverPath, String answer, String node) {
        Map<String, String> fields = fields(answer, ';');
        String file = fields.getOrDefault("file", serverPath);
        String line = fields.get("line");
        String message = fields.get("message");
        if (message != null) {
            try {
                message = new String(Base64.getDecoder().decode(message), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                // not what a server sends; the text as it came is still the best message
            }
        }
        ResultCode code;
        String what;
        if (answer.startsWith("ERROR:")) {
            AerospikeException parsed = io.spikesdk.core.internal.net.Info.error("udf-put", answer.split(";", 2)[0],
                node);
            code = parsed.resultCode();
            what = parsed.detail();
        } else {
            what = fields.getOrDefault("error", answer);
            code = what.equals("compile_error") ? ResultCode.UDF_BAD_RESPONSE : ResultCode.PARAMETER_ERROR;
        }
        String udfError = message == null ? what : file + (line != null ? ":" + line : "") + ": " + message;
        String detail = "register UDF " + serverPath + " refused: " + what
            + (message != null ? " (" + udfError + ")" : "");
        return new UdfException(code, udfError, detail, node, false, 1, null);
    }

    /** {@code a=1<sep>b=2...}; a part without '=' is kept under its own text with an empty value. */
    private static Map<String, String> fields(String text, char separator) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.split(java.util.regex.Pattern.quote(String.valueOf(separator)))) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(part.substring(0, eq), part.substring(eq + 1));
            } else {
                fields.putIfAbsent(part, "");
            }
        }
        return fields;
    }

    private static void requirePath(String serverPath) {
        Objects.requireNonNull(serverPath, "serverPath");
        if (serverPath.isEmpty()) {
            throw new IllegalArgumentException("serverPath must not be empty");
        }
        if (serverPath.indexOf(';') >= 0 || serverPath.indexOf('\n') >= 0 || serverPath.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("serverPath must not contain ';', a tab or a newline: " + serverPath);
        }
    }

    /** Done when every active node lists the module (with the registering node's hash, when it listed one). */
    private final class Registration implements RegisterTask {
        private final String serverPath;
        private final String hash;

        Registration(String serverPath, String hash) {
            this.serverPath = serverPath;
            this.hash = hash;
        }

        @Override
        public String serverPath() {
            return serverPath;
        }

        @Override
        public boolean isDone() {
            for (Node node : cluster.nodes()) {
                if (!node.isActive()) {
                    continue;
                }
                UdfInfo listed = find(list(node), serverPath);
                if (listed == null || (hash != null && !hash.equals(listed.hash()))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void waitTillComplete() {
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            while (!isDone()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new CommandTimeoutException("UDF " + serverPath + " was not on every node within "
                        + waitMillis + " ms", true);
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }

        @Override
        public String toString() {
            return "RegisterTask[" + serverPath + "]";
        }
    }
}
