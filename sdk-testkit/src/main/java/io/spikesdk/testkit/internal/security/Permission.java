package io.spikesdk.testkit.internal.security;

/**
 * What a command needs, as the real server names it in {@code ERROR:81:role violation - requires permission 'x'}
 * (CE {@code security.h} {@code as_sec_perm}). Data permissions are checked against a namespace and set; the others
 * are global.
 */
public enum Permission {
    READ("read"),
    QUERY("query"),
    WRITE("write"),
    DELETE("delete"),
    UDF_APPLY("udf-apply"),
    UDF_QUERY("udf-query"),
    OPS_QUERY("ops-query"),
    UDF_ADMIN("udf-admin"),
    SINDEX_ADMIN("sindex-admin"),
    QUERY_ADMIN("query-admin"),
    TRUNCATE("truncate"),
    EVICT_ADMIN("evict-admin"),
    RECORD_INFO("record-info"),
    SET_CONFIG("set-config"),
    LOGGING_CTRL("logging-ctrl"),
    SERVICE_CTRL("service-ctrl"),
    XDR_SET_FILTER("xdr-set-filter"),
    USER_ADMIN("user-admin"),
    MASKING_ADMIN("masking-admin");

    private final String wireName;

    Permission(String wireName) {
        this.wireName = wireName;
    }

    /** The name the server's role-violation message gives. */
    public String wireName() {
        return wireName;
    }
}
