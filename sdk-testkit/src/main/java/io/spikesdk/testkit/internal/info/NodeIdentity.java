package io.spikesdk.testkit.internal.info;

/**
 * Who this node is, as the info protocol reports it.
 *
 * @param nodeId 64-bit node id
 * @param host advertised service address
 * @param port service port
 * @param clusterName configured cluster name (may be empty)
 * @param startMillis Unix millis when the server started (for uptime)
 */
public record NodeIdentity(long nodeId, String host, int port, String clusterName, long startMillis) {

    /** The node id as the server prints it: uppercase hex without leading zeros. */
    public String nodeIdHex() {
        return Long.toHexString(nodeId).toUpperCase(java.util.Locale.ROOT);
    }

    /** "host:port", with IPv6 literals bracketed. */
    public String endpoint() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
