package io.spikesdk.testkit.internal.security;

import java.util.List;

/**
 * A role as stored: its privileges, the client addresses its users may log in from (empty = anywhere) and its
 * records-per-second quotas (0 = none). Immutable; changes replace it.
 *
 * @param predefined true for the built-in roles named after a privilege, which cannot be changed or dropped
 */
public record RoleDef(String name, List<Grant> grants, List<String> allowlist, int readQuota, int writeQuota,
        boolean predefined) {

    public RoleDef {
        grants = List.copyOf(grants);
        allowlist = List.copyOf(allowlist);
    }

    /** The predefined role of a privilege code: that privilege, global. */
    static RoleDef predefined(int code) {
        return new RoleDef(PrivilegeCodes.name(code), List.of(Grant.global(code)), List.of(), 0, 0, true);
    }

    RoleDef withGrants(List<Grant> newGrants) {
        return new RoleDef(name, newGrants, allowlist, readQuota, writeQuota, predefined);
    }

    RoleDef withAllowlist(List<String> addresses) {
        return new RoleDef(name, grants, addresses, readQuota, writeQuota, predefined);
    }

    RoleDef withQuotas(int read, int write) {
        return new RoleDef(name, grants, allowlist, read, write, predefined);
    }
}
