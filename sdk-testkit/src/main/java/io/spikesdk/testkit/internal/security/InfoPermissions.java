package io.spikesdk.testkit.internal.security;

import java.util.Map;

/**
 * The permission each info command needs beyond authentication (CE {@code thr_info.c} command table); commands not
 * listed need none. Unauthenticated connections get {@code ERROR:80:not authenticated} for the whole request.
 */
final class InfoPermissions {
    private static final Map<String, Permission> NEEDED = Map.ofEntries(
            Map.entry("config-set", Permission.SET_CONFIG),
            Map.entry("set-config", Permission.SET_CONFIG),
            Map.entry("debug-record", Permission.RECORD_INFO),
            Map.entry("debug-record-meta", Permission.RECORD_INFO),
            Map.entry("dump-cluster", Permission.LOGGING_CTRL),
            Map.entry("dump-fabric", Permission.LOGGING_CTRL),
            Map.entry("dump-hb", Permission.LOGGING_CTRL),
            Map.entry("dump-hlc", Permission.LOGGING_CTRL),
            Map.entry("dump-migrates", Permission.LOGGING_CTRL),
            Map.entry("dump-rw", Permission.LOGGING_CTRL),
            Map.entry("dump-skew", Permission.LOGGING_CTRL),
            Map.entry("dump-wb-summary", Permission.LOGGING_CTRL),
            Map.entry("jem-stats", Permission.LOGGING_CTRL),
            Map.entry("log-message", Permission.LOGGING_CTRL),
            Map.entry("log-set", Permission.LOGGING_CTRL),
            Map.entry("set-log", Permission.LOGGING_CTRL),
            Map.entry("eviction-reset", Permission.EVICT_ADMIN),
            Map.entry("masking", Permission.MASKING_ADMIN),
            Map.entry("query-abort", Permission.QUERY_ADMIN),
            Map.entry("query-abort-all", Permission.QUERY_ADMIN),
            Map.entry("scan-abort", Permission.QUERY_ADMIN),
            Map.entry("scan-abort-all", Permission.QUERY_ADMIN),
            Map.entry("quiesce", Permission.SERVICE_CTRL),
            Map.entry("quiesce-undo", Permission.SERVICE_CTRL),
            Map.entry("recluster", Permission.SERVICE_CTRL),
            Map.entry("revive", Permission.SERVICE_CTRL),
            Map.entry("roster-set", Permission.SERVICE_CTRL),
            Map.entry("services-alumni-reset", Permission.SERVICE_CTRL),
            Map.entry("tip", Permission.SERVICE_CTRL),
            Map.entry("tip-clear", Permission.SERVICE_CTRL),
            Map.entry("sindex-create", Permission.SINDEX_ADMIN),
            Map.entry("sindex-delete", Permission.SINDEX_ADMIN),
            Map.entry("sindex-exists", Permission.SINDEX_ADMIN),
            Map.entry("truncate", Permission.TRUNCATE),
            Map.entry("truncate-namespace", Permission.TRUNCATE),
            Map.entry("truncate-namespace-undo", Permission.TRUNCATE),
            Map.entry("truncate-undo", Permission.TRUNCATE),
            Map.entry("udf-clear-cache", Permission.UDF_ADMIN),
            Map.entry("udf-put", Permission.UDF_ADMIN),
            Map.entry("udf-remove", Permission.UDF_ADMIN),
            Map.entry("xdr-set-filter", Permission.XDR_SET_FILTER),
            // the testkit's own commands change the whole server, as set-config does
            Map.entry("testkit-reset", Permission.SET_CONFIG),
            Map.entry("testkit-advance", Permission.SET_CONFIG));

    private InfoPermissions() {
    }

    /** The permission an info command (its name, before any ':') needs, or null for none. */
    static Permission of(String command) {
        int colon = command.indexOf(':');
        String name = colon < 0 ? command : command.substring(0, colon);
        if (name.equals("jobs") && command.contains("cmd=kill-job")) {
            return Permission.QUERY_ADMIN;
        }
        return NEEDED.get(name);
    }
}
