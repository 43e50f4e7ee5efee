package io.spikesdk.api;

/**
 * A security error: login failed, the user lacks a role, a quota was exceeded, or security is not
 * available on the server.
 *
 * <p>Result codes 50 to 83 ({@link ResultCode#QUERY_END} … {@link ResultCode#QUOTA_EXCEEDED}).
 */
public class AuthenticationException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /**
     * Full constructor.
     *
     * @throws IllegalArgumentException if {@code code} is not a security code (50-83)
     */
    public AuthenticationException(ResultCode code, String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(requireSecurityCode(code), detail, node, inDoubt, attempts, cause);
    }

    /** Whether {@code code} is a security code (50 to 83). */
    public static boolean isSecurityCode(ResultCode code) {
        return code != null && code.code() >= 50 && code.code() <= 83;
    }

    private static ResultCode requireSecurityCode(ResultCode code) {
        if (!isSecurityCode(code)) {
            throw new IllegalArgumentException("AuthenticationException needs a security result code (50-83), not " + code);
        }
        return code;
    }
}
