package io.spikesdk.testkit.internal.udf;

import io.spikesdk.testkit.internal.fixture.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.luaj.vm2.Prototype;

/**
 * The {@code udf-put}, {@code udf-get}, {@code udf-list} and {@code udf-remove} info commands with the real
 * server's parameter checks, in its order, and its answers.
 */
public final class UdfInfoCommands {
    private static final int MAX_FILENAME_BYTES = 127;
    private static final int MAX_CONTENT_LEN_CHARS = 10;
    private static final int MAX_UDF_TYPE_CHARS = 15;
    private static final int MAX_DECODED_BYTES = 1024 * 1024;
    private static final long COMPILE_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String LUA = "LUA";
    private static final String INVALID_FILENAME = "error=invalid_filename";
    private static final String INVALID_CONTENT_LEN = "error=invalid_content_len";

    private final UdfEngine engine;

    public UdfInfoCommands(UdfEngine engine) {
        this.engine = engine;
    }

    /** {@code udf-put:filename=<f>;content=<base64>;content-len=<n>[;udf-type=LUA]}. */
    public String put(String params) {
        String filename = param(params, "filename");
        if (filename == null || filename.getBytes(StandardCharsets.UTF_8).length > MAX_FILENAME_BYTES) {
            return INVALID_FILENAME;
        }
        int dot = filename.indexOf('.');
        if (dot <= 0 || dot == filename.length() - 1) {
            return INVALID_FILENAME;
        }
        String contentLen = param(params, "content-len");
        if (contentLen == null || contentLen.length() > MAX_CONTENT_LEN_CHARS) {
            return INVALID_CONTENT_LEN;
        }
        String type = param(params, "udf-type");
        if (type != null && (type.length() > MAX_UDF_TYPE_CHARS || !type.equals(LUA))) {
            return "error=invalid_udf_type";
        }
        long length = unsigned(contentLen);
        if (length < 0 || length % 4 != 0) {
            return INVALID_CONTENT_LEN;
        }
        String content = param(params, "content");
        if (content == null || content.length() != length) {
            return "error=invalid_content";
        }
        if (length / 4 * 3 > MAX_DECODED_BYTES) {
            return "error=invalid_udf_content_len,>1M";
        }
        byte[] source;
        try {
            source = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            return "error=invalid_base64_content";
        }
        Prototype chunk;
        try {
            chunk = engine.compile(filename, source, System.nanoTime() + COMPILE_BUDGET_NANOS);
        } catch (UdfEngine.CompileFailure f) {
            byte[] message = f.error().message().getBytes(StandardCharsets.UTF_8);
            return "error=compile_error;file=" + filename + ";line=" + f.error().line() + ";message="
                    + Base64.getEncoder().encodeToString(message);
        }
        engine.registry().put(new UdfModule(filename, content, source, hash(filename, content)), chunk);
        return "ok";
    }

    /** {@code udf-get:filename=<f>}: the source, base64. */
    public String get(String params) {
        String filename = param(params, "filename");
        if (filename == null || filename.getBytes(StandardCharsets.UTF_8).length > MAX_FILENAME_BYTES) {
            return INVALID_FILENAME;
        }
        UdfModule module = engine.registry().get(filename);
        if (module == null) {
            return "error=not_found";
        }
        return module.source().length == 0 ? "error=empty"
                : "type=LUA;content=" + Base64.getEncoder().encodeToString(module.source()) + ";";
    }

    /** {@code udf-list}: {@code filename=<f>,hash=<sha1>,type=LUA;} per module. */
    public String list() {
        StringBuilder out = new StringBuilder();
        for (UdfModule m : engine.registry().all()) {
            out.append("filename=").append(m.filename()).append(",hash=").append(m.hash()).append(",type=LUA;");
        }
        return out.toString();
    }

    /** {@code udf-remove:filename=<f>}: {@code ok}, also when there is no such module. */
    public String remove(String params) {
        String filename = param(params, "filename");
        if (filename == null || filename.getBytes(StandardCharsets.UTF_8).length > MAX_FILENAME_BYTES) {
            return INVALID_FILENAME;
        }
        engine.registry().remove(filename);
        return "ok";
    }

    /**
     * The SHA-1 of the JSON object the real server keeps for the module in its system metadata,
     * {@code {"content64": ..., "type": "LUA", "name": ...}} as jansson writes it.
     */
    static String hash(String filename, String content64) {
        String json = "{\"content64\": " + jsonString(content64) + ", \"type\": \"LUA\", \"name\": "
                + jsonString(filename) + "}";
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder();
        Json.quote(out, s);
        return out.toString();
    }

    /** A value as the server's parameter lookup finds it (the text up to the next ';'), or null when absent. */
    private static String param(String params, String key) {
        int start = 0;
        while (start <= params.length()) {
            int end = params.indexOf(';', start);
            String token = params.substring(start, end < 0 ? params.length() : end);
            int eq = token.indexOf('=');
            if (eq >= 0 && token.substring(0, eq).equals(key)) {
                return token.substring(eq + 1);
            }
            if (end < 0) {
                return null;
            }
            start = end + 1;
        }
        return null;
    }

    private static long unsigned(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        long v = Long.parseLong(digits);
        return v > 0xFFFF_FFFFL ? -1 : v;
    }
}
