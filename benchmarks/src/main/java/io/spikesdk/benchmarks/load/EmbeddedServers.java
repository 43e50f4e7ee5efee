package io.spikesdk.benchmarks.load;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The in-process server a run starts when no hosts are given: one {@link EmbeddedAerospike} node, or
 * an embedded cluster of N nodes through {@code EmbeddedAerospike.cluster()} when the sdk-testkit on
 * the classpath has it (looked up reflectively, so this module builds against either).
 */
final class EmbeddedServers implements AutoCloseable {
    private final Runnable server;
    private final Host seed;

    private EmbeddedServers(Runnable server, Host seed) {
        this.server = server;
        this.seed = seed;
    }

    /** Starts {@code nodes} nodes serving {@code namespace} on ephemeral ports of 127.0.0.1. */
    static EmbeddedServers start(int nodes, String namespace) {
        if (nodes == 1) {
            EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(namespace).build().start();
            return new EmbeddedServers(server::close, Host.of(server.host(), server.port()));
        }
        return startCluster(nodes, namespace);
    }

    private static EmbeddedServers startCluster(int nodes, String namespace) {
        Method clusterFactory = method(EmbeddedAerospike.class, "cluster");
        if (clusterFactory == null) {
            throw new IllegalStateException("--embedded-nodes " + nodes + " needs the embedded cluster "
                    + "(EmbeddedAerospike.cluster()), which the sdk-testkit on the classpath does not have; "
                    + "use --embedded-nodes 1 or --hosts");
        }
        Object builder = invoke(null, clusterFactory);
        builder = invoke(builder, require(builder, "nodes", int.class), nodes);
        Method ns = method(builder.getClass(), "namespace", String.class);
        if (ns != null) {
            builder = invoke(builder, ns, namespace);
        }
        Method build = method(builder.getClass(), "build");
        Object started = build == null ? builder : invoke(builder, build);
        started = invoke(started, require(started, "start"));
        Object cluster = started;
        Method close = require(cluster, "close");
        String host = (String) invoke(started, require(started, "host"));
        int port = (Integer) invoke(started, require(started, "port"));
        return new EmbeddedServers(() -> invoke(cluster, close), Host.of(host, port));
    }

    private static Method method(Class<?> type, String name, Class<?>... params) {
        try {
            return type.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method require(Object target, String name, Class<?>... params) {
        Method m = method(target.getClass(), name, params);
        if (m == null) {
            throw new IllegalStateException("the embedded cluster API has no " + target.getClass().getName()
                    + "." + name + "(): this tool expects cluster().nodes(n)[.namespace(ns)][.build()].start() "
                    + "and host()/port() of the started cluster");
        }
        return m;
    }

    private static Object invoke(Object target, Method m, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("embedded cluster: " + m.getName() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("embedded cluster: cannot call " + m.getName(), e);
        }
    }

    /** The seed address clients connect to. */
    List<Host> hosts() {
        return List.of(seed);
    }

    @Override
    public void close() {
        server.run();
    }
}
