package io.spikesdk.testkit.internal.security;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Security on one node: the (cluster-wide) store, and what is counted per node — quota use and each user's open
 * authenticated connections. {@link #DISABLED} is a Community-style server: no login, every admin message 51.
 */
public final class NodeSecurity {
    /** No security: every command allowed, every admin message answered SECURITY_NOT_SUPPORTED. */
    public static final NodeSecurity DISABLED = new NodeSecurity(null);

    private final SecurityStore store;
    private final QuotaMeter quotas = new QuotaMeter();
    private final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();

    public NodeSecurity(SecurityStore store) {
        this.store = store;
    }

    public boolean enabled() {
        return store != null;
    }

    SecurityStore store() {
        return store;
    }

    QuotaMeter quotas() {
        return quotas;
    }

    /** The per-connection state of a new client connection. */
    public ConnectionSecurity open(InetSocketAddress address, X509Certificate clientCertificate) {
        return enabled() ? new ConnectionSecurity(this, address, clientCertificate) : ConnectionSecurity.OPEN;
    }

    /** Forgets quota use (a server reset). */
    public void reset() {
        quotas.clear();
    }

    void connectionAuthenticated(String user) {
        connections.computeIfAbsent(user, u -> new AtomicInteger()).incrementAndGet();
    }

    void connectionReleased(String user) {
        AtomicInteger n = connections.get(user);
        if (n != null) {
            n.decrementAndGet();
        }
    }

    /** How many open connections on this node are authenticated as the user. */
    int connectionsOf(String user) {
        AtomicInteger n = connections.get(user);
        return n == null ? 0 : Math.max(0, n.get());
    }
}
