package io.spikesdk.testkit.internal.security;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;

/**
 * The security state of one client connection: who it is authenticated as (by LOGIN or AUTHENTICATE), and the checks
 * every command on it passes. A connection whose user was dropped is no longer authenticated. Not thread-safe (one
 * connection, one thread); {@link #OPEN} (security disabled) is stateless.
 */
public class ConnectionSecurity {
    /** The state of every connection of a server without security: everything allowed, no admin protocol. */
    public static final ConnectionSecurity OPEN = new ConnectionSecurity(null, null, null);

    private static final String NOT_AUTHENTICATED = "ERROR:80:not authenticated";

    private final NodeSecurity node;
    private final InetSocketAddress address;
    private final X509Certificate clientCertificate;
    private String user;

    ConnectionSecurity(NodeSecurity node, InetSocketAddress address, X509Certificate clientCertificate) {
        this.node = node;
        this.address = address;
        this.clientCertificate = clientCertificate;
    }

    /** The reply frame (proto header included) to an admin message whose body is {@code body[0, len)}. */
    public byte[] admin(byte[] body, int len) {
        return AdminService.handle(node, this, body, len);
    }

    /**
     * The whole reply of an info request on an unauthenticated connection ({@code ERROR:80:not authenticated}, one
     * line, as the real server answers before running any command), or null when the connection may run info.
     */
    public String infoRefusal() {
        if (node == null || currentUser() != null) {
            return null;
        }
        return NOT_AUTHENTICATED + "\n";
    }

    /** The value answered instead of running an info command the user lacks the permission for, or null. */
    public String infoCommandRefusal(String command) {
        if (node == null) {
            return null;
        }
        UserDef u = currentUser();
        if (u == null) {
            return NOT_AUTHENTICATED;
        }
        Permission needed = InfoPermissions.of(command);
        if (needed == null || node.store().allows(u, needed, null, null)) {
            return null;
        }
        return "ERROR:81:role violation - requires permission '" + needed.wireName() + "'";
    }

    /** 0 when the connection is authenticated (or security is off), else NOT_AUTHENTICATED. */
    public int checkAuthenticated() {
        return node == null || currentUser() != null ? 0 : SecurityCodes.NOT_AUTHENTICATED;
    }

    /**
     * Checks a single-record command (or one batch row): 0 when it may run, else NOT_AUTHENTICATED, ROLE_VIOLATION
     * (nothing is done) or QUOTA_EXCEEDED (the user's records per second on this node are used up).
     */
    public int checkRecordCommand(MessageView msg) {
        if (node == null) {
            return 0;
        }
        UserDef u = currentUser();
        if (u == null) {
            return SecurityCodes.NOT_AUTHENTICATED;
        }
        String ns = msg.fieldString(FieldType.NAMESPACE);
        String set = msg.fieldString(FieldType.SET);
        boolean write = (msg.info2() & MsgFlags.INFO2_WRITE) != 0;
        boolean read = (msg.info1() & MsgFlags.INFO1_READ) != 0;
        boolean udf = msg.findField(FieldType.UDF_PACKAGE_NAME) >= 0;
        SecurityStore store = node.store();
        boolean allowed;
        if (udf) {
            allowed = store.allows(u, Permission.UDF_APPLY, ns, set);
        } else if (write) {
            allowed = store.allows(u, Permission.WRITE, ns, set) && (!read || store.allows(u, Permission.READ, ns, set));
        } else {
            allowed = !read || store.allows(u, Permission.READ, ns, set);
        }
        if (!allowed) {
            return SecurityCodes.ROLE_VIOLATION;
        }
        if (store.config().quotasEnabled()) {
            boolean writeQuota = write || udf;
            int quota = store.quota(u, writeQuota);
            if (!node.quotas().charge(u.name(), writeQuota, quota, store.nowMillis())) {
                return SecurityCodes.QUOTA_EXCEEDED;
            }
        }
        return 0;
    }

    /** Checks a scan or query: 0, NOT_AUTHENTICATED or ROLE_VIOLATION (query, ops-query or udf-query). */
    public int checkScanOrQuery(MessageView msg) {
        if (node == null) {
            return 0;
        }
        UserDef u = currentUser();
        if (u == null) {
            return SecurityCodes.NOT_AUTHENTICATED;
        }
        Permission needed = msg.findField(FieldType.UDF_PACKAGE_NAME) >= 0 ? Permission.UDF_QUERY
                : (msg.info2() & MsgFlags.INFO2_WRITE) != 0 ? Permission.OPS_QUERY : Permission.QUERY;
        String ns = msg.fieldString(FieldType.NAMESPACE);
        String set = msg.fieldString(FieldType.SET);
        return node.store().allows(u, needed, ns, set) ? 0 : SecurityCodes.ROLE_VIOLATION;
    }

    /** The connection closed: it no longer counts as one of its user's connections. */
    public void close() {
        authenticateAs(null);
    }

    /** The user this connection is authenticated as, or null (never authenticated, or the user was dropped). */
    UserDef currentUser() {
        return user == null ? null : node.store().user(user);
    }

    String userName() {
        return user;
    }

    void authenticateAs(String name) {
        if (node == null) {
            return;
        }
        if (user != null) {
            node.connectionReleased(user);
        }
        user = name;
        if (name != null) {
            node.connectionAuthenticated(name);
        }
    }

    InetAddress clientAddress() {
        return address == null ? null : address.getAddress();
    }

    X509Certificate clientCertificate() {
        return clientCertificate;
    }
}
