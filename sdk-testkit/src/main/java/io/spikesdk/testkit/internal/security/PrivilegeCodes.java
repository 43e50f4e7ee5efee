package io.spikesdk.testkit.internal.security;

import static io.spikesdk.testkit.internal.security.Permission.DELETE;
import static io.spikesdk.testkit.internal.security.Permission.EVICT_ADMIN;
import static io.spikesdk.testkit.internal.security.Permission.LOGGING_CTRL;
import static io.spikesdk.testkit.internal.security.Permission.MASKING_ADMIN;
import static io.spikesdk.testkit.internal.security.Permission.OPS_QUERY;
import static io.spikesdk.testkit.internal.security.Permission.QUERY;
import static io.spikesdk.testkit.internal.security.Permission.QUERY_ADMIN;
import static io.spikesdk.testkit.internal.security.Permission.READ;
import static io.spikesdk.testkit.internal.security.Permission.RECORD_INFO;
import static io.spikesdk.testkit.internal.security.Permission.SERVICE_CTRL;
import static io.spikesdk.testkit.internal.security.Permission.SET_CONFIG;
import static io.spikesdk.testkit.internal.security.Permission.SINDEX_ADMIN;
import static io.spikesdk.testkit.internal.security.Permission.TRUNCATE;
import static io.spikesdk.testkit.internal.security.Permission.UDF_ADMIN;
import static io.spikesdk.testkit.internal.security.Permission.UDF_APPLY;
import static io.spikesdk.testkit.internal.security.Permission.UDF_QUERY;
import static io.spikesdk.testkit.internal.security.Permission.USER_ADMIN;
import static io.spikesdk.testkit.internal.security.Permission.WRITE;
import static io.spikesdk.testkit.internal.security.Permission.XDR_SET_FILTER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The privilege codes of the admin protocol (docs/wire-protocol.md §15.4), the predefined role each one names, and
 * the permissions it grants. Codes >= 10 may be scoped to a namespace and set.
 *
 * <p>Which permissions a privilege grants (Aerospike docs, "Access control" / "Privileges"):
 * <pre>
 * privilege       permissions                                     typical commands
 * read            read, query                                     get, exists, batch read, scan, query
 * write           write, delete                                   put, delete, touch (not operate with reads)
 * read-write      read, query, write, delete, ops-query           all of the above, operate, background ops
 * read-write-udf  read-write + udf-apply, udf-query               UDF apply, background UDF, aggregation
 * truncate        truncate                                        truncate, truncate-namespace (+ -undo)
 * udf-admin       udf-admin                                       udf-put, udf-remove
 * sindex-admin    sindex-admin                                    sindex-create, sindex-delete, sindex-exists
 * data-admin      udf-admin, sindex-admin, truncate, query-admin  the three above, query-abort
 * sys-admin       data-admin + set-config, logging-ctrl,           set-config, log-set, recluster, dump-*, ...
 *                 service-ctrl, evict-admin, record-info, xdr
 * user-admin      user-admin                                      every admin-protocol user/role command
 * masking-admin   masking-admin                                   masking
 * </pre>
 * A single-record write that also reads (operate with read ops) needs read and write, as the real server's
 * {@code thr_tsvc.c} asks; a query needs query, a background ops query ops-query, a UDF query udf-query.
 */
public final class PrivilegeCodes {
    public static final int USER_ADMIN_CODE = 0;
    public static final int FIRST_SCOPED = 10;

    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();
    private static final Map<Integer, Set<Permission>> GRANTS = new LinkedHashMap<>();

    static {
        Set<Permission> read = EnumSet.of(READ, QUERY);
        Set<Permission> readWrite = EnumSet.of(READ, QUERY, WRITE, DELETE, OPS_QUERY);
        Set<Permission> readWriteUdf = EnumSet.copyOf(readWrite);
        readWriteUdf.addAll(EnumSet.of(UDF_APPLY, UDF_QUERY));
        Set<Permission> dataAdmin = EnumSet.of(UDF_ADMIN, SINDEX_ADMIN, TRUNCATE, QUERY_ADMIN);
        Set<Permission> sysAdmin = EnumSet.copyOf(dataAdmin);
        sysAdmin.addAll(EnumSet.of(SET_CONFIG, LOGGING_CTRL, SERVICE_CTRL, EVICT_ADMIN, RECORD_INFO, XDR_SET_FILTER));
        define(0, "user-admin", EnumSet.of(USER_ADMIN));
        define(1, "sys-admin", sysAdmin);
        define(2, "data-admin", dataAdmin);
        define(3, "udf-admin", EnumSet.of(UDF_ADMIN));
        define(4, "sindex-admin", EnumSet.of(SINDEX_ADMIN));
        define(10, "read", read);
        define(11, "read-write", readWrite);
        define(12, "read-write-udf", readWriteUdf);
        define(13, "write", EnumSet.of(WRITE, DELETE));
        define(14, "truncate", EnumSet.of(TRUNCATE));
        define(15, "masking-admin", EnumSet.of(MASKING_ADMIN));
        define(16, "read-masked", EnumSet.noneOf(Permission.class));
        define(17, "write-masked", EnumSet.noneOf(Permission.class));
    }

    private PrivilegeCodes() {
    }

    private static void define(int code, String name, Set<Permission> permissions) {
        NAMES.put(code, name);
        GRANTS.put(code, Collections.unmodifiableSet(permissions));
    }

    /** Whether the code is one the server knows. */
    public static boolean known(int code) {
        return NAMES.containsKey(code);
    }

    /** Whether the code carries a namespace and set on the wire. */
    public static boolean scoped(int code) {
        return code >= FIRST_SCOPED;
    }

    /** The predefined role (and privilege) name of a code. */
    public static String name(int code) {
        return NAMES.get(code);
    }

    /** The permissions a code grants. */
    public static Set<Permission> permissions(int code) {
        return GRANTS.getOrDefault(code, Set.of());
    }

    /** Every known code, in code order. */
    public static Set<Integer> codes() {
        return Collections.unmodifiableSet(NAMES.keySet());
    }
}
