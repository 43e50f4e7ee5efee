package io.spikesdk.testkit.junit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded servers of {@link EmbeddedAerospikeTest.Lifecycle#SHARED} classes, kept for the whole test run (in
 * the root {@link ExtensionContext.Store}) and closed when it ends. A class leases an idle server started with the
 * same settings, or a new one when none is idle (classes running in parallel each get their own), and gives it back
 * when it ends; the server is reset before each test.
 */
@SuppressWarnings("deprecation") // CloseableResource: see ServerResources
final class SharedServers implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /** The settings that make two servers interchangeable. */
    private record Settings(List<String> namespaces, List<String> scNamespaces, int nodes, int replicationFactor) {
        static Settings of(EmbeddedAerospikeTest annotation) {
            return new Settings(List.of(annotation.namespaces()), List.of(annotation.scNamespaces()),
                    annotation.nodes(),
                    annotation.nodes() == 1 ? 0 : annotation.replicationFactor());
        }
    }

    private final Map<Settings, Deque<ServerResources>> idle = new HashMap<>();
    private final List<ServerResources> started = new ArrayList<>();
    private boolean closed;

    /** An idle server with these settings, reset, or a new one from {@code start}; give it back with the lease. */
    Lease lease(EmbeddedAerospikeTest annotation, Supplier<ServerResources> start) {
        Settings settings = Settings.of(annotation);
        ServerResources server;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the test run is over: its shared servers are closed");
            }
            server = idle.computeIfAbsent(settings, s -> new ArrayDeque<>()).pollFirst();
        }
        if (server == null) {
            server = start.get();
            synchronized (this) {
                started.add(server);
            }
        } else {
            server.reset();
        }
        return new Lease(this, settings, server);
    }

    private synchronized void giveBack(Settings settings, ServerResources server) {
        if (!closed) {
            idle.computeIfAbsent(settings, s -> new ArrayDeque<>()).addFirst(server);
        }
    }

    @Override
    public void close() {
        List<ServerResources> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(started);
            idle.clear();
        }
        RuntimeException failure = null;
        for (ServerResources server : all) {
            try {
                server.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One class's use of a shared server: closing it (when the class ends) gives the server back. */
    static final class Lease implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final SharedServers pool;
        private final Settings settings;
        private final ServerResources resources;

        private Lease(SharedServers pool, Settings settings, ServerResources resources) {
            this.pool = pool;
            this.settings = settings;
            this.resources = resources;
        }

        ServerResources resources() {
            return resources;
        }

        @Override
        public void close() {
            pool.giveBack(settings, resources);
        }
    }
}
