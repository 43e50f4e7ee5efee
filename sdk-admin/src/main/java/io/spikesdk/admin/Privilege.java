package io.spikesdk.admin;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import java.util.Objects;

/**
 * A privilege of a {@link Role}: a {@link PrivilegeCode}, and for a {@linkplain PrivilegeCode#scopable() scopable}
 * code optionally the namespace and the set it is limited to ({@code ""} = all).
 *
 * @param code what is allowed
 * @param namespace the namespace it is limited to, {@code ""} for all
 * @param set the set it is limited to, {@code ""} for all sets (only with a namespace)
 */
public record Privilege(PrivilegeCode code, String namespace, String set) {

    /**
     * Checks the scope.
     *
     * @throws AerospikeException INVALID_PRIVILEGE (72, as an {@link io.spikesdk.api.AuthenticationException}) when a
     *     global code is given a namespace or set, or a set is given without a namespace
     */
    public Privilege {
        Objects.requireNonNull(code, "code");
        namespace = namespace == null ? "" : namespace;
        set = set == null ? "" : set;
        if (!code.scopable() && (!namespace.isEmpty() || !set.isEmpty())) {
            throw AerospikeException.create(ResultCode.INVALID_PRIVILEGE, "privilege '" + code + "' is global: it "
                + "cannot be limited to namespace '" + namespace + "' set '" + set + "'", null, false, 0);
        }
        if (namespace.isEmpty() && !set.isEmpty()) {
            throw AerospikeException.create(ResultCode.INVALID_PRIVILEGE, "privilege '" + code + "' names set '" + set
                + "' without a namespace", null, false, 0);
        }
    }

    /** A privilege over everything (every namespace and set for a scopable code). */
    public static Privilege of(PrivilegeCode code) {
        return new Privilege(code, "", "");
    }

    /** A privilege limited to one namespace. */
    public static Privilege of(PrivilegeCode code, String namespace) {
        return new Privilege(code, namespace, "");
    }

    /** A privilege limited to one set of a namespace. */
    public static Privilege of(PrivilegeCode code, String namespace, String set) {
        return new Privilege(code, namespace, set);
    }

    @Override
    public String toString() {
        return namespace.isEmpty() ? code.toString()
            : code + "[" + namespace + (set.isEmpty() ? "" : "." + set) + "]";
    }
}
