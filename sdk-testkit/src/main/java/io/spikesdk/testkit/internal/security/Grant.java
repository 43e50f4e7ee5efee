package io.spikesdk.testkit.internal.security;

/**
 * One privilege of a role: a code and, for codes >= 10, the namespace and set it is limited to (empty = all).
 *
 * @param code the privilege code
 * @param namespace the namespace scope, empty for every namespace (always empty for global codes)
 * @param set the set scope, empty for every set of the namespace
 */
public record Grant(int code, String namespace, String set) {

    public Grant {
        namespace = namespace == null ? "" : namespace;
        set = set == null ? "" : set;
    }

    /** A global (unscoped) grant. */
    public static Grant global(int code) {
        return new Grant(code, "", "");
    }

    /** Whether this grant applies to a command on {@code namespace}/{@code setName} (null = no namespace/set). */
    public boolean covers(String ns, String setName) {
        if (namespace.isEmpty()) {
            return true;
        }
        if (!namespace.equals(ns)) {
            return false;
        }
        return set.isEmpty() || set.equals(setName == null ? "" : setName);
    }

    /** Whether the grant gives {@code permission} on {@code ns}/{@code setName}. */
    public boolean allows(Permission permission, String ns, String setName) {
        return PrivilegeCodes.permissions(code).contains(permission) && covers(ns, setName);
    }

    @Override
    public String toString() {
        String name = PrivilegeCodes.name(code);
        return namespace.isEmpty() ? name : set.isEmpty() ? name + "." + namespace : name + "." + namespace + "." + set;
    }
}
