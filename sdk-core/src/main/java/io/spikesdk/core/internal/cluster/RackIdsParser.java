package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;

import java.util.HashMap;
import java.util.Map;

/** Parses the Enterprise {@code rack-ids} info value (docs/wire-protocol.md §11.3): {@code <ns>:<rack>;<ns>:<rack>}. */
final class RackIdsParser {
    private RackIdsParser() {
    }

    /** Namespace → rack id. */
    static Map<String, Integer> parse(String value) {
        Map<String, Integer> racks = new HashMap<>();
        if (value == null) {
            return racks;
        }
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw error(value, "entry '" + entry + "' has no namespace");
            }
            try {
                racks.put(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1).trim()));
            } catch (NumberFormatException e) {
                throw error(value, "rack of '" + entry + "' is not a number");
            }
        }
        return racks;
    }

    private static AerospikeException error(String value, String detail) {
        return new AerospikeException(ResultCode.PARSE_ERROR, "bad rack-ids answer '" + value + "': " + detail);
    }
}
