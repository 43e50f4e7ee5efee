package io.spikesdk.testkit.internal.info;

import io.spikesdk.testkit.internal.storage.ConsistencyConfig;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code get-config} (and its deprecated twin {@code config-get}) as a CE 8.1.2.0 node answers it.
 * {@code context=namespace;id=<ns>} lists the namespace's whole configuration; {@code service} and
 * {@code network} list, under the server's key names and in its order, only the settings the
 * embedded node really has (its cluster name and node id, no fill delay before migrations, no
 * minimum cluster size, no reaping of idle client connections; its one clear service listener): it
 * has no heartbeat, fabric, admin or TLS listeners and none of the server's thread pools to describe.
 * {@code security} and {@code xdr} are empty, as on CE; without a context, service + network.
 * {@code set-config} changes {@code context=service;proto-fd-max} only (other contexts are not recognized).
 */
final class ConfigAnswers {
    private static final String INVALID_SET_CONFIG = "ERROR:4:invalid set-config parameter";
    private static final int MAX_SET_NAME_BYTES = 63;

    private final NodeIdentity node;
    private final Map<String, NamespaceStore> namespaces;
    private final Supplier<ServiceConfig> service;

    ConfigAnswers(NodeIdentity node, Map<String, NamespaceStore> namespaces, Supplier<ServiceConfig> service) {
        this.node = node;
        this.namespaces = namespaces;
        this.service = service;
    }

    /**
     * {@code set-config:context=service;proto-fd-max=N}: N of 1024 or more, as on the real server (which also refuses
     * more than its process's file descriptor limit, a check left out here); "ok" or
     * {@code ERROR:4:invalid set-config parameter}. The only service setting the embedded node can change.
     */
    private String setServiceConfig(InfoParams p) {
        Optional<String> value = p.get("proto-fd-max");
        if (value.isEmpty()) {
            return INVALID_SET_CONFIG;
        }
        long max;
        try {
            max = Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            return INVALID_SET_CONFIG;
        }
        if (max < ServiceConfig.MIN_PROTO_FD_MAX || max > Integer.MAX_VALUE) {
            return INVALID_SET_CONFIG;
        }
        service.get().protoFdMax((int) max);
        return "ok";
    }

    String getConfig(String params, TopologyView view) {
        if (params.isEmpty()) {
            return service() + ";" + network();
        }
        InfoParams p = new InfoParams(params);
        Optional<String> context = p.get("context");
        if (context.isEmpty()) {
            return InfoParams.missing("context");
        }
        switch (context.get()) {
            case "":
                return InfoParams.missingValue("context");
            case "service":
                return service();
            case "network":
                return network();
            case "namespace":
                return namespace(p, view);
            case "security":
            case "xdr":
                return "";
            default:
                return "ERROR:4:invalid context";
        }
    }

    /**
     * {@code set-config:context=namespace;id=<ns>;<key>=<value>} (with {@code set=<set>} for a set's limits): every
     * setting the embedded namespace has; {@code ok}, or the server's {@code ERROR:4:invalid set-config parameter}
     * for an unknown setting or a refused value; of several settings only the first is applied (the real server
     * applies one, the first in its own list); {@code context=service;proto-fd-max=N}. Other contexts: the embedded
     * node has nothing to change there.
     */
    String setConfig(String params) {
        InfoParams p = new InfoParams(params);
        Optional<String> context = p.get("context");
        if (context.isEmpty()) {
            return InfoParams.missing("context");
        }
        if (context.get().isEmpty()) {
            return InfoParams.missingValue("context");
        }
        switch (context.get()) {
            case "namespace":
                break;
            case "service":
                return setServiceConfig(p);
            case "network":
                return INVALID_SET_CONFIG;
            case "security":
            case "xdr":
                return "ERROR:25:enterprise only";
            default:
                return "ERROR:4:invalid context";
        }
        Optional<String> name = p.getAny("namespace", "id");
        if (name.isEmpty()) {
            return InfoParams.missing("namespace");
        }
        if (name.get().isEmpty()) {
            return InfoParams.missingValue("namespace");
        }
        NamespaceStore store = namespaces.get(name.get());
        if (store == null) {
            return "ERROR:20:namespace not found on node";
        }
        Map<String, String> settings = new LinkedHashMap<>(p.asMap());
        settings.keySet().removeAll(List.of("context", "namespace", "id"));
        String set = settings.remove("set");
        if (settings.isEmpty() || set != null && (set.isEmpty() || set.length() > MAX_SET_NAME_BYTES)) {
            return INVALID_SET_CONFIG;
        }
        Map.Entry<String, String> setting = settings.entrySet().iterator().next();
        try {
            if (set != null) {
                store.configureSet(set, c -> c.with(setting.getKey(), setting.getValue()));
            } else if (ConsistencyConfig.handles(setting.getKey())) {
                store.configureConsistency(c -> c.with(setting.getKey(), setting.getValue()));
            } else {
                store.configure(c -> c.with(setting.getKey(), setting.getValue()));
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return INVALID_SET_CONFIG;
        }
        return "ok";
    }

    private String namespace(InfoParams p, TopologyView view) {
        Optional<String> name = p.getAny("namespace", "id");
        if (name.isEmpty()) {
            return InfoParams.missing("namespace");
        }
        if (name.get().isEmpty()) {
            return InfoParams.missingValue("namespace");
        }
        NamespaceStore store = namespaces.get(name.get());
        return store == null ? "ERROR:20:namespace not found on node" : NamespaceSettings.of(store.config(), store.consistency(), view);
    }

    private String service() {
        return "advertise-ipv6=false;cluster-name=" + node.clusterName() + ";migrate-fill-delay=0;min-cluster-size=1"
                + ";node-id=" + node.nodeIdHex() + ";proto-fd-idle-ms=0;proto-fd-max=" + service.get().protoFdMax();
    }

    private String network() {
        return "service.port=" + node.port() + ";service.address=" + node.host() + ";service.access-port=0"
                + ";service.alternate-access-port=0;service.tls-port=0;service.tls-access-port=0"
                + ";service.tls-alternate-access-port=0;service.tls-name=null;service.disable-localhost=false";
    }
}
