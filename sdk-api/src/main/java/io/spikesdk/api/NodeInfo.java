package io.spikesdk.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A snapshot of one cluster node as the client sees it: its node name (the server's {@code node} id),
 * the address the client talks to, whether it is in use, and its rack per namespace.
 *
 * @param name the node id, e.g. {@code BB9020011AC4202}
 * @param host the host name or address the client connects to
 * @param port the service port
 * @param active whether the client still routes commands to it (false once it is dropped or closed)
 * @param racks namespace → rack id, from the node's {@code rack-ids} answer; empty when the client is not
 *     {@linkplain ClientConfig#rackAware() rack-aware} or the server has no racks (Community Edition)
 */
public record NodeInfo(String name, String host, int port, boolean active, Map<String, Integer> racks) {

    /** The rack id reported for a node or namespace without a rack. */
    public static final int NO_RACK = -1;

    /** Validates and copies; {@code racks} may be null (no racks). */
    public NodeInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name: node name must not be empty");
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        racks = racks == null || racks.isEmpty()
            ? Collections.emptyMap() : Collections.unmodifiableMap(new TreeMap<>(racks));
    }

    /**
     * The node's rack: the rack of its first namespace in name order (servers normally put a node in the
     * same rack for every namespace), or {@link #NO_RACK}.
     */
    public int rack() {
        return racks.isEmpty() ? NO_RACK : racks.values().iterator().next();
    }

    /** The node's rack in {@code namespace}, or {@link #NO_RACK}. */
    public int rack(String namespace) {
        return racks.getOrDefault(namespace, NO_RACK);
    }

    @Override
    public String toString() {
        return name + "@" + host + ":" + port + (active ? "" : " (inactive)") + (racks.isEmpty() ? "" : " racks " + racks);
    }
}
