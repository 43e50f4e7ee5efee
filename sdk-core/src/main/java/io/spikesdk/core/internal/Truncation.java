package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;

import java.time.Instant;
import java.util.Objects;

/** The info command of {@code truncate} and the check of its answer, for both clients. */
public final class Truncation {
    private Truncation() {
    }

    /**
     * {@code truncate} of a set or {@code truncate-namespace}, with {@code lut} when {@code before} is given.
     *
     * @throws IllegalArgumentException for an empty namespace or set
     */
    public static String command(String namespace, String set, Instant before) {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isEmpty()) {
            throw new IllegalArgumentException("namespace must not be empty");
        }
        if (set != null && set.isEmpty()) {
            throw new IllegalArgumentException("set must not be empty (null truncates the whole namespace)");
        }
        StringBuilder command = new StringBuilder(64);
        if (set != null) {
            command.append("truncate:namespace=").append(namespace).append(";set=").append(set);
        } else {
            command.append("truncate-namespace:namespace=").append(namespace);
        }
        if (before != null) {
            // the server wants nanoseconds since the Unix epoch; the official client sends whole milliseconds
            command.append(";lut=").append(before.toEpochMilli() * 1_000_000L);
        }
        return command.toString();
    }

    /** @throws AerospikeException SERVER_ERROR unless the node answered ok */
    public static void check(String answer) {
        if (!"ok".equalsIgnoreCase(answer.trim())) {
            throw AerospikeException.create(ResultCode.SERVER_ERROR, "truncate failed: " + answer, null, false, 1);
        }
    }
}
