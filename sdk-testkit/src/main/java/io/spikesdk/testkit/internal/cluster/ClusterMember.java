package io.spikesdk.testkit.internal.cluster;

import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import java.util.Locale;
import java.util.Map;

/**
 * A live node as the cluster knows it: identity, service address, rack, and its storage and
 * command executor (used for replication, migration and proxying).
 *
 * @param nodeId 64-bit node id
 * @param host advertised address
 * @param port service port
 * @param rack rack id (0 when racks are not configured)
 * @param stores the node's namespaces
 * @param records executes single-record commands against {@code stores}
 * @param tlsName the node's TLS name ({@code ""} without TLS)
 * @param tlsPort the node's TLS port (0 without TLS)
 */
public record ClusterMember(long nodeId, String host, int port, int rack, Map<String, NamespaceStore> stores,
        RecordService records, String tlsName, int tlsPort) {

    /** A member without TLS. */
    public ClusterMember(long nodeId, String host, int port, int rack, Map<String, NamespaceStore> stores,
            RecordService records) {
        this(nodeId, host, port, rack, stores, records, "", 0);
    }

    /** The node id as the server prints it. */
    public String nodeIdHex() {
        return Long.toHexString(nodeId).toUpperCase(Locale.ROOT);
    }
}
