package io.spikesdk.admin;

/**
 * What a {@link Privilege} allows, with its wire code and the name of the predefined role that grants it. Codes from
 * 10 up may be scoped to a namespace and set ({@link #scopable()}); the others are global.
 */
public enum PrivilegeCode {
    /** Manage users and roles (the spec's {@code PRIV_USER_ADMIN}). Global. */
    USER_ADMIN(0, Role.USER_ADMIN, false),
    /** Server configuration and maintenance (the spec's {@code PRIV_SYS_ADMIN}). Global. */
    SYS_ADMIN(1, Role.SYS_ADMIN, false),
    /** Secondary indexes, UDF modules and truncation (the spec's {@code PRIV_DATA_ADMIN}). Global. */
    DATA_ADMIN(2, Role.DATA_ADMIN, false),
    /** Register and remove UDF modules. Global; server 6.0+. */
    UDF_ADMIN(3, Role.UDF_ADMIN, false),
    /** Create and drop secondary indexes. Global; server 6.0+. */
    SINDEX_ADMIN(4, Role.SINDEX_ADMIN, false),
    /** Read records (the spec's {@code PRIV_READ}). */
    READ(10, Role.READ, true),
    /** Read and write records (the spec's {@code PRIV_READ_WRITE}). */
    READ_WRITE(11, Role.READ_WRITE, true),
    /** Read and write records, also through UDFs (the spec's {@code PRIV_READ_WRITE_UDF}). */
    READ_WRITE_UDF(12, Role.READ_WRITE_UDF, true),
    /** Write records only. */
    WRITE(13, Role.WRITE, true),
    /** Truncate data. Server 6.0+. */
    TRUNCATE(14, Role.TRUNCATE, true),
    /**
     * Manage data masking rules. Global: the official clients document it as global only, although its code (15)
     * travels with an (empty) namespace and set like every code from 10 up.
     */
    MASKING_ADMIN(15, Role.MASKING_ADMIN, false),
    /** Read masked data only. */
    READ_MASKED(16, Role.READ_MASKED, true),
    /** Write masked data only. */
    WRITE_MASKED(17, Role.WRITE_MASKED, true);

    private final int code;
    private final String roleName;
    private final boolean scopable;

    PrivilegeCode(int code, String roleName, boolean scopable) {
        this.code = code;
        this.roleName = roleName;
        this.scopable = scopable;
    }

    /** The code on the wire. */
    public int code() {
        return code;
    }

    /** The name of the predefined role granting this privilege, e.g. {@code "read-write"}. */
    public String roleName() {
        return roleName;
    }

    /** Whether a privilege with this code may name a namespace and set. */
    public boolean scopable() {
        return scopable;
    }

    /** Whether the wire carries a namespace and a set after this code (every code from 10 up). */
    boolean carriesScope() {
        return code >= 10;
    }

    /** The privilege code for a wire code, or {@code null} when the code is unknown. */
    public static PrivilegeCode fromCode(int code) {
        for (PrivilegeCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }

    /** The predefined role name, as the official clients print a privilege code. */
    @Override
    public String toString() {
        return roleName;
    }
}
