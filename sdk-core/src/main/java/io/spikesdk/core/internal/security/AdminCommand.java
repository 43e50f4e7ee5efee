package io.spikesdk.core.internal.security;

/** Command ids of admin messages (docs/wire-protocol.md §15.2). */
public final class AdminCommand {
    public static final int AUTHENTICATE = 0;
    public static final int CREATE_USER = 1;
    public static final int DROP_USER = 2;
    public static final int SET_PASSWORD = 3;
    public static final int CHANGE_PASSWORD = 4;
    public static final int GRANT_ROLES = 5;
    public static final int REVOKE_ROLES = 6;
    public static final int QUERY_USERS = 9;
    public static final int CREATE_ROLE = 10;
    public static final int DROP_ROLE = 11;
    public static final int GRANT_PRIVILEGES = 12;
    public static final int REVOKE_PRIVILEGES = 13;
    public static final int SET_WHITELIST = 14;
    public static final int SET_QUOTAS = 15;
    public static final int QUERY_ROLES = 16;
    public static final int LOGIN = 20;

    private AdminCommand() {
    }
}
