package io.spikesdk.core.metrics;

import io.spikesdk.api.ResultCode;

import java.util.Locale;

/** Result code names for tags and error types; needs neither Micrometer nor OpenTelemetry. */
final class ResultNames {
    private ResultNames() {
    }

    /** The lower-case {@link ResultCode} name ({@code ok}, {@code key_not_found_error}), else the number. */
    static String lowerName(int code) {
        ResultCode rc = ResultCode.fromCode(code);
        return rc == null ? Integer.toString(code) : rc.name().toLowerCase(Locale.ROOT);
    }

    /** The {@link ResultCode} name ({@code GENERATION_ERROR}), else the number. */
    static String name(int code) {
        ResultCode rc = ResultCode.fromCode(code);
        return rc == null ? Integer.toString(code) : rc.name();
    }
}
