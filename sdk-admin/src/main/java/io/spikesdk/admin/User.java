package io.spikesdk.admin;

import java.util.List;

/**
 * A user as {@link AdminClient#queryUser} returns it.
 *
 * @param name the user name
 * @param roles the roles granted to the user
 * @param readInfo the server's read statistics of the user (with quotas enabled: its read quota, then its rates as the
 *     server reports them); empty when the server sends none
 * @param writeInfo the same for writes
 * @param connectionsInUse the user's open connections to the node that answered
 */
public record User(String name, List<String> roles, List<Integer> readInfo, List<Integer> writeInfo,
                   int connectionsInUse) {
    /** Copies the lists. */
    public User {
        roles = List.copyOf(roles);
        readInfo = List.copyOf(readInfo);
        writeInfo = List.copyOf(writeInfo);
    }
}
