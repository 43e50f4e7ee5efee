package io.spikesdk.api;

/**
 * Every result code a server can send, plus the client-side (negative) codes of this SDK.
 *
 * <p>Server codes are the values of the AS_MSG result byte; names follow the official clients so
 * that users can search for them. Negative codes never travel on the wire.
 */
public enum ResultCode {
    /** Generic client-side error. */
    CLIENT_ERROR(-1, "Generic client-side error"),
    /** The server response could not be parsed. */
    PARSE_ERROR(-2, "The server response could not be parsed"),
    /** No node is available for the command. */
    INVALID_NODE_ERROR(-3, "No node is available for the command"),
    /** The connection pool of the node is exhausted. */
    NO_MORE_CONNECTIONS(-7, "The connection pool of the node is exhausted"),
    /** Connection to the server failed. */
    SERVER_NOT_AVAILABLE(-8, "Connection to the server failed"),
    /** A value could not be serialized or deserialized. */
    SERIALIZE_ERROR(-10, "A value could not be serialized or deserialized"),
    /** The command failed after the maximum number of retries. */
    MAX_RETRIES_EXCEEDED(-11, "The command failed after the maximum number of retries"),
    /** The node exceeded its maximum error rate; the client backs off. */
    MAX_ERROR_RATE(-12, "The node exceeded its maximum error rate; the client backs off"),
    /** The server did not respond. */
    NO_RESPONSE(-15, "The server did not respond"),
    /** A transaction failed: its commit verified a read version that had changed, or it was no longer open. */
    TXN_FAILED(-17, "Transaction failed"),
    /** Abort was called on a committed transaction. */
    TXN_ALREADY_COMMITTED(-18, "Transaction already committed"),
    /** Commit was called on an aborted transaction. */
    TXN_ALREADY_ABORTED(-19, "Transaction already aborted"),
    /** The client is closed. */
    CLIENT_CLOSED(-20, "The client is closed"),
    /** Success. */
    OK(0, "Success"),
    /** Generic server error. */
    SERVER_ERROR(1, "Generic server error"),
    /** Record not found. */
    KEY_NOT_FOUND_ERROR(2, "Record not found"),
    /** Generation check failed. */
    GENERATION_ERROR(3, "Generation check failed"),
    /** Invalid parameter in the request. */
    PARAMETER_ERROR(4, "Invalid parameter in the request"),
    /** Record already exists (create-only). */
    KEY_EXISTS_ERROR(5, "Record already exists (create-only)"),
    /** Bin already exists. */
    BIN_EXISTS_ERROR(6, "Bin already exists"),
    /** Cluster key mismatch. */
    CLUSTER_KEY_MISMATCH(7, "Cluster key mismatch"),
    /** Server is out of memory or storage space. */
    SERVER_MEM_ERROR(8, "Server is out of memory or storage space"),
    /** Timeout. */
    TIMEOUT(9, "Timeout"),
    /** Operation is always forbidden (XDR). */
    ALWAYS_FORBIDDEN(10, "Operation is always forbidden (XDR)"),
    /** Partition is unavailable. */
    PARTITION_UNAVAILABLE(11, "Partition is unavailable"),
    /** Operation not valid for the bin type. */
    BIN_TYPE_ERROR(12, "Operation not valid for the bin type"),
    /** Record is larger than the namespace max-record-size. */
    RECORD_TOO_BIG(13, "Record is larger than the namespace max-record-size"),
    /** Too many concurrent operations on the record (hot key). */
    KEY_BUSY(14, "Too many concurrent operations on the record (hot key)"),
    /** Scan or query aborted. */
    SCAN_ABORT(15, "Scan or query aborted"),
    /** Feature not supported by the server. */
    UNSUPPORTED_FEATURE(16, "Feature not supported by the server"),
    /** Bin not found. */
    BIN_NOT_FOUND(17, "Bin not found"),
    /** Storage device overloaded. */
    DEVICE_OVERLOAD(18, "Storage device overloaded"),
    /** The sent key does not match the stored key. */
    KEY_MISMATCH(19, "The sent key does not match the stored key"),
    /** Namespace not found. */
    INVALID_NAMESPACE(20, "Namespace not found"),
    /** Bin name longer than 15 bytes, or too many bins. */
    BIN_NAME_TOO_LONG(21, "Bin name longer than 15 bytes, or too many bins"),
    /** Operation forbidden by the server configuration. */
    FAIL_FORBIDDEN(22, "Operation forbidden by the server configuration"),
    /** Collection element not found. */
    ELEMENT_NOT_FOUND(23, "Collection element not found"),
    /** Collection element already exists. */
    ELEMENT_EXISTS(24, "Collection element already exists"),
    /** Feature available in Enterprise Edition only. */
    ENTERPRISE_ONLY(25, "Feature available in Enterprise Edition only"),
    /** Operation not applicable (e.g. index out of range). */
    OP_NOT_APPLICABLE(26, "Operation not applicable (e.g. index out of range)"),
    /** The filter expression evaluated to false. */
    FILTERED_OUT(27, "The filter expression evaluated to false"),
    /** Write lost a conflict resolution (XDR). */
    LOST_CONFLICT(28, "Write lost a conflict resolution (XDR)"),
    /** XDR key busy. */
    XDR_KEY_BUSY(32, "XDR key busy"),
    /** End of an admin query stream. */
    QUERY_END(50, "End of an admin query stream"),
    /** Security is not supported by this server (Community Edition). */
    SECURITY_NOT_SUPPORTED(51, "Security is not supported by this server (Community Edition)"),
    /** Security is not enabled on the server. */
    SECURITY_NOT_ENABLED(52, "Security is not enabled on the server"),
    /** Security scheme not supported. */
    SECURITY_SCHEME_NOT_SUPPORTED(53, "Security scheme not supported"),
    /** Unknown admin command. */
    INVALID_COMMAND(54, "Unknown admin command"),
    /** Invalid admin field. */
    INVALID_FIELD(55, "Invalid admin field"),
    /** Illegal security state. */
    ILLEGAL_STATE(56, "Illegal security state"),
    /** Invalid or unknown user. */
    INVALID_USER(60, "Invalid or unknown user"),
    /** User already exists. */
    USER_ALREADY_EXISTS(61, "User already exists"),
    /** Invalid password. */
    INVALID_PASSWORD(62, "Invalid password"),
    /** Password expired. */
    EXPIRED_PASSWORD(63, "Password expired"),
    /** Password is forbidden. */
    FORBIDDEN_PASSWORD(64, "Password is forbidden"),
    /** Invalid credential. */
    INVALID_CREDENTIAL(65, "Invalid credential"),
    /** Login session expired. */
    EXPIRED_SESSION(66, "Login session expired"),
    /** Invalid or unknown role. */
    INVALID_ROLE(70, "Invalid or unknown role"),
    /** Role already exists. */
    ROLE_ALREADY_EXISTS(71, "Role already exists"),
    /** Invalid privilege. */
    INVALID_PRIVILEGE(72, "Invalid privilege"),
    /** Invalid whitelist. */
    INVALID_WHITELIST(73, "Invalid whitelist"),
    /** Quotas are not enabled. */
    QUOTAS_NOT_ENABLED(74, "Quotas are not enabled"),
    /** Invalid quota. */
    INVALID_QUOTA(75, "Invalid quota"),
    /** Not authenticated. */
    NOT_AUTHENTICATED(80, "Not authenticated"),
    /** The user lacks the role needed for this command. */
    ROLE_VIOLATION(81, "The user lacks the role needed for this command"),
    /** Client address not whitelisted. */
    NOT_WHITELISTED(82, "Client address not whitelisted"),
    /** Quota exceeded. */
    QUOTA_EXCEEDED(83, "Quota exceeded"),
    /** LDAP is not configured. */
    LDAP_NOT_CONFIGURED(90, "LDAP is not configured"),
    /** LDAP setup error. */
    LDAP_SETUP(91, "LDAP setup error"),
    /** LDAP TLS setup error. */
    LDAP_TLS_SETUP(92, "LDAP TLS setup error"),
    /** LDAP authentication failed. */
    LDAP_AUTHENTICATION(93, "LDAP authentication failed"),
    /** LDAP query failed. */
    LDAP_QUERY(94, "LDAP query failed"),
    /** UDF execution failed. */
    UDF_BAD_RESPONSE(100, "UDF execution failed"),
    /** Record blocked by another transaction. */
    MRT_BLOCKED(120, "Record blocked by another transaction"),
    /** Transaction record version mismatch. */
    MRT_VERSION_MISMATCH(121, "Transaction record version mismatch"),
    /** Transaction expired. */
    MRT_EXPIRED(122, "Transaction expired"),
    /** Too many writes in the transaction. */
    MRT_TOO_MANY_WRITES(123, "Too many writes in the transaction"),
    /** Transaction already committed. */
    MRT_COMMITTED(124, "Transaction already committed"),
    /** Transaction already aborted. */
    MRT_ABORTED(125, "Transaction already aborted"),
    /** Record already locked by the transaction. */
    MRT_ALREADY_LOCKED(126, "Record already locked by the transaction"),
    /** Transaction monitor already exists. */
    MRT_MONITOR_EXISTS(127, "Transaction monitor already exists"),
    /** Batch is disabled on the server. */
    BATCH_DISABLED(150, "Batch is disabled on the server"),
    /** Too many keys in the batch. */
    BATCH_MAX_REQUESTS_EXCEEDED(151, "Too many keys in the batch"),
    /** Batch queues are full. */
    BATCH_QUEUES_FULL(152, "Batch queues are full"),
    /** Invalid GeoJSON. */
    GEO_INVALID_GEOJSON(160, "Invalid GeoJSON"),
    /** Secondary index already exists. */
    INDEX_ALREADY_EXISTS(200, "Secondary index already exists"),
    /** Secondary index not found. */
    INDEX_NOT_FOUND(201, "Secondary index not found"),
    /** Secondary index out of memory. */
    INDEX_OOM(202, "Secondary index out of memory"),
    /** Secondary index not readable. */
    INDEX_NOT_READABLE(203, "Secondary index not readable"),
    /** Secondary index error. */
    INDEX_GENERIC(204, "Secondary index error"),
    /** Secondary index name too long. */
    INDEX_NAME_MAXLEN(205, "Secondary index name too long"),
    /** Too many secondary indexes. */
    INDEX_MAXCOUNT(206, "Too many secondary indexes"),
    /** Query aborted (legacy). */
    QUERY_ABORTED(210, "Query aborted (legacy)"),
    /** Query queue full (legacy). */
    QUERY_QUEUE_FULL(211, "Query queue full (legacy)"),
    /** Query timeout (legacy). */
    QUERY_TIMEOUT(212, "Query timeout (legacy)"),
    /** Query error. */
    QUERY_GENERIC(213, "Query error");

    private static final ResultCode[] SERVER_CODES = new ResultCode[256];

    static {
        for (ResultCode rc : values()) {
            if (rc.code >= 0) {
                SERVER_CODES[rc.code] = rc;
            }
        }
    }

    private final int code;
    private final String message;

    ResultCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The numeric code: the wire value for server codes, negative for client-side codes. */
    public int code() {
        return code;
    }

    /** A short human-readable meaning. */
    public String message() {
        return message;
    }

    /** Whether this code is produced by the client rather than sent by a server. */
    public boolean isClientSide() {
        return code < 0;
    }

    /**
     * Whether retrying the same command may succeed: a transient server state (TIMEOUT, KEY_BUSY,
     * DEVICE_OVERLOAD, PARTITION_UNAVAILABLE) or a node the client could not use (SERVER_NOT_AVAILABLE,
     * NO_MORE_CONNECTIONS, MAX_ERROR_RATE), where another attempt or replica may answer. The client's retry
     * loop and {@link AerospikeException#retryable()} both decide by this.
     */
    public boolean retryable() {
        switch (this) {
            case TIMEOUT:
            case KEY_BUSY:
            case DEVICE_OVERLOAD:
            case PARTITION_UNAVAILABLE:
            case SERVER_NOT_AVAILABLE:
            case NO_MORE_CONNECTIONS:
            case MAX_ERROR_RATE:
                return true;
            default:
                return false;
        }
    }

    /**
     * The code for a numeric value, or {@code null} when the value is not a known code.
     * Server codes are looked up without allocation.
     */
    public static ResultCode fromCode(int code) {
        if (code >= 0 && code < SERVER_CODES.length) {
            return SERVER_CODES[code];
        }
        for (ResultCode rc : values()) {
            if (rc.code == code) {
                return rc;
            }
        }
        return null;
    }
}
