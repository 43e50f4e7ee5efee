package io.spikesdk.admin;

import java.util.List;

/**
 * A role as {@link AdminClient#queryRole} returns it, and the names of the predefined roles.
 *
 * @param name the role name
 * @param privileges what the role allows
 * @param allowlist the client addresses (IP or CIDR) users of this role may log in from; empty = any
 * @param readQuota the read limit in records per second, 0 = none
 * @param writeQuota the write limit in records per second, 0 = none
 */
public record Role(String name, List<Privilege> privileges, List<String> allowlist, int readQuota, int writeQuota) {
    /** Predefined role: manage users and roles. */
    public static final String USER_ADMIN = "user-admin";
    /** Predefined role: server administration. */
    public static final String SYS_ADMIN = "sys-admin";
    /** Predefined role: data administration (indexes, UDFs, truncate). */
    public static final String DATA_ADMIN = "data-admin";
    /** Predefined role: UDF module administration. */
    public static final String UDF_ADMIN = "udf-admin";
    /** Predefined role: secondary index administration. */
    public static final String SINDEX_ADMIN = "sindex-admin";
    /** Predefined role: read. */
    public static final String READ = "read";
    /** Predefined role: read and write. */
    public static final String READ_WRITE = "read-write";
    /** Predefined role: read and write, also through UDFs. */
    public static final String READ_WRITE_UDF = "read-write-udf";
    /** Predefined role: write. */
    public static final String WRITE = "write";
    /** Predefined role: truncate. */
    public static final String TRUNCATE = "truncate";
    /** Predefined role: data masking administration. */
    public static final String MASKING_ADMIN = "masking-admin";
    /** Predefined role: read masked data. */
    public static final String READ_MASKED = "read-masked";
    /** Predefined role: write masked data. */
    public static final String WRITE_MASKED = "write-masked";

    /** Copies the lists. */
    public Role {
        privileges = List.copyOf(privileges);
        allowlist = List.copyOf(allowlist);
    }
}
