package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.IndexContext;
import io.spikesdk.api.IndexInfo;
import io.spikesdk.api.IndexTask;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Secondary-index commands as info commands, in the official client's syntax: {@code sindex-create} and
 * {@code sindex-delete} to one node (which distributes them), {@code sindex-list} from one node, and the build
 * progress ({@code sindex/<ns>/<name>}, {@code load_pct}) from every node.
 */
final class SecondaryIndexes {
    private static final long POLL_NANOS = 100_000_000L;

    private final Cluster cluster;
    /** Sends one info command to a node; an error answer is thrown as its {@link AerospikeException}. */
    private final BiFunction<Node, String, String> info;
    private final int waitMillis;

    SecondaryIndexes(Cluster cluster, BiFunction<Node, String, String> info, int readTotalTimeout) {
        this.cluster = cluster;
        this.info = info;
        this.waitMillis = Math.max(30_000, readTotalTimeout * 30);
    }

    IndexTask create(String namespace, String set, String name, String bin, IndexType type,
                     IndexCollectionType collectionType, IndexContext context) {
        String command = createCommand(namespace, set, name, bin, type, collectionType, context);
        return created(namespace, name, info.apply(cluster.anyNode(), command));
    }

    /** The {@code sindex-create} command, after checking the arguments and the namespace. */
    String createCommand(String namespace, String set, String name, String bin, IndexType type,
                         IndexCollectionType collectionType, IndexContext context) {
        requireName(namespace, "namespace");
        requireName(name, "name");
        requireName(bin, "bin");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(collectionType, "collectionType");
        if (cluster.partitionMap().partitions(namespace) == null) {
            // CE 8.1.2.0 answers ok to an index on a namespace it does not have, then never builds or lists it
            throw new InvalidNamespaceException("cannot create index " + name + ": namespace " + namespace
                + " not found in the partition map (the cluster has "
                + new java.util.TreeSet<>(cluster.partitionMap().namespaces()) + ")");
        }
        StringBuilder command = new StringBuilder(128).append("sindex-create:ns=").append(namespace);
        if (set != null && !set.isEmpty()) {
            command.append(";set=").append(set);
        }
        command.append(";indexname=").append(name);
        if (context != null) {
            command.append(";context=").append(context.toBase64());
        }
        if (collectionType != IndexCollectionType.DEFAULT) {
            command.append(";indextype=").append(collectionType);
        }
        command.append(";indexdata=").append(bin).append(',').append(type);
        return command.toString();
    }

    /** The build task of index {@code name} after the node's answer to {@link #createCommand}. */
    IndexTask created(String namespace, String name, String answer) {
        if (!answer.trim().equalsIgnoreCase("ok")) {
            throw AerospikeException.create(ResultCode.SERVER_ERROR, "create index " + name + " failed: " + answer,
                null, false, 1);
        }
        return new BuildTask(namespace, name);
    }

    void drop(String namespace, String set, String name) {
        info.apply(cluster.anyNode(), dropCommand(namespace, set, name));
    }

    /** The {@code sindex-delete} command, after checking the arguments. */
    String dropCommand(String namespace, String set, String name) {
        requireName(namespace, "namespace");
        requireName(name, "name");
        StringBuilder command = new StringBuilder(96).append("sindex-delete:ns=").append(namespace);
        if (set != null && !set.isEmpty()) {
            command.append(";set=").append(set);
        }
        command.append(";indexname=").append(name);
        return command.toString();
    }

    List<IndexInfo> list(String namespace) {
        return parseList(info.apply(cluster.anyNode(), listCommand(namespace)));
    }

    /** The {@code sindex-list} command of {@code namespace} (checked). */
    static String listCommand(String namespace) {
        requireName(namespace, "namespace");
        return "sindex-list:ns=" + namespace;
    }

    /** The bin indexes of a {@code sindex-list} answer (set indexes left out). */
    static List<IndexInfo> parseList(String answer) {
        List<IndexInfo> indexes = new ArrayList<>();
        for (String entry : answer.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String pair : entry.split(":")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            String indexType = fields.getOrDefault("indextype", "default").toUpperCase(Locale.ROOT);
            if (indexType.equals("SET") || !fields.containsKey("bin")) {
                continue;
            }
            String set = fields.get("set");
            indexes.add(new IndexInfo(fields.get("ns"), set == null || set.equals("null") ? null : set,
                fields.get("indexname"), fields.get("bin"), IndexType.valueOf(fields.get("type").toUpperCase(Locale.ROOT)),
                IndexCollectionType.valueOf(indexType), fields.get("state")));
        }
        return indexes;
    }

    private static void requireName(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /** Done when every active node reports {@code load_pct=100} for the index. */
    private final class BuildTask implements IndexTask {
        private final String namespace;
        private final String name;

        BuildTask(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        @Override
        public boolean isDone() {
            String command = "sindex/" + namespace + "/" + name;
            for (Node node : cluster.nodes()) {
                if (!node.isActive()) {
                    continue;
                }
                String answer;
                try {
                    answer = info.apply(node, command);
                } catch (AerospikeException e) {
                    if (e.resultCode() == ResultCode.INDEX_NOT_FOUND || e.resultCode() == ResultCode.INDEX_NOT_READABLE) {
                        return false;
                    }
                    throw e;
                }
                int at = answer.indexOf("load_pct=");
                if (at < 0) {
                    return false;
                }
                int end = answer.indexOf(';', at);
                String pct = answer.substring(at + "load_pct=".length(), end < 0 ? answer.length() : end).trim();
                if (Integer.parseInt(pct) < 100) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void waitTillComplete() {
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            while (!isDone()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new CommandTimeoutException("index " + namespace + "/" + name + " was not built on every node"
                        + " within " + waitMillis + " ms", true);
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
    }
}
