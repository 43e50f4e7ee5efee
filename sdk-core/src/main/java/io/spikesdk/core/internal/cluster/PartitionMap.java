package io.spikesdk.core.internal.cluster;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spikesdk.core.internal.protocol.Proto;

/**
 * Immutable map namespace ⇒ replica column ⇒ owning node per partition, built from the
 * {@code replicas} answers of every node and published atomically by the {@link Cluster}.
 */
public final class PartitionMap {
    /** The map before any node answered. */
    public static final PartitionMap EMPTY = new PartitionMap(Collections.emptyMap());

    private final Map<String, Partitions> namespaces;

    private PartitionMap(Map<String, Partitions> namespaces) {
        this.namespaces = namespaces;
    }

    /** The partitions of {@code namespace}, or {@code null} when no node announced it. */
    public Partitions partitions(String namespace) {
        return namespaces.get(namespace);
    }

    public Set<String> namespaces() {
        return namespaces.keySet();
    }

    /** A builder starting from this map. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The owners of one namespace's partitions; immutable once published. */
    public static final class Partitions {
        private final Node[][] replicas;
        private final int[] regimes;

        Partitions(Node[][] replicas, int[] regimes) {
            this.replicas = replicas;
            this.regimes = regimes;
        }

        /** Number of replica columns (master included). */
        public int replicaCount() {
            return replicas.length;
        }

        /** The node holding {@code pid} in column {@code column} (0 = master), or {@code null}. */
        public Node node(int column, int pid) {
            return replicas[column][pid];
        }

        public int regime(int pid) {
            return regimes[pid];
        }

        Partitions copy(int columns) {
            Node[][] r = new Node[Math.max(columns, replicas.length)][];
            for (int i = 0; i < r.length; i++) {
                r[i] = i < replicas.length ? replicas[i].clone() : new Node[Proto.PARTITIONS];
            }
            return new Partitions(r, regimes.clone());
        }
    }

    /** Applies node answers to a copy of a map; use once, then {@link #build()}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Partitions> namespaces;
        private final Set<String> copied = new HashSet<>();

        private Builder(PartitionMap base) {
            this.namespaces = new HashMap<>(base.namespaces);
        }

        /**
         * Records what {@code node} announced: it takes every partition it owns whose regime is not older
         * than the known one, and loses every partition it held but no longer announces (in namespaces it
         * no longer lists too). Namespaces left without any owner disappear.
         */
        public Builder apply(Node node, List<ReplicasParser.NamespaceReplicas> answer) {
            Set<String> announced = new HashSet<>();
            for (ReplicasParser.NamespaceReplicas ns : answer) {
                announced.add(ns.namespace());
                Partitions p = writable(ns.namespace(), ns.bitmaps().size());
                for (int column = 0; column < p.replicas.length; column++) {
                    Node[] owners = p.replicas[column];
                    boolean inAnswer = column < ns.bitmaps().size();
                    for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
                        if (inAnswer && ns.owns(column, pid)) {
                            if (ns.regime() >= p.regimes[pid]) {
                                p.regimes[pid] = ns.regime();
                                owners[pid] = node;
                            }
                        } else if (owners[pid] == node) {
                            owners[pid] = null;
                        }
                    }
                }
            }
            for (String ns : List.copyOf(namespaces.keySet())) {
                if (!announced.contains(ns) && holds(namespaces.get(ns), node)) {
                    clear(writable(ns, 0), node);
                }
            }
            dropEmpty();
            return this;
        }

        /** Removes {@code node} from every namespace (a node that left the cluster). */
        public Builder remove(Node node) {
            for (String ns : List.copyOf(namespaces.keySet())) {
                if (holds(namespaces.get(ns), node)) {
                    clear(writable(ns, 0), node);
                }
            }
            dropEmpty();
            return this;
        }

        /** Whether {@code node} owns a partition (in any column) in the map being built. */
        public boolean holds(Node node) {
            for (Partitions p : namespaces.values()) {
                if (holds(p, node)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean holds(Partitions p, Node node) {
            for (Node[] owners : p.replicas) {
                for (Node owner : owners) {
                    if (owner == node) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static void clear(Partitions p, Node node) {
            for (Node[] owners : p.replicas) {
                for (int pid = 0; pid < owners.length; pid++) {
                    if (owners[pid] == node) {
                        owners[pid] = null;
                    }
                }
            }
        }

        private void dropEmpty() {
            namespaces.values().removeIf(p -> !holdsAny(p));
        }

        private static boolean holdsAny(Partitions p) {
            for (Node[] owners : p.replicas) {
                for (Node owner : owners) {
                    if (owner != null) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Partitions writable(String namespace, int columns) {
            Partitions p = namespaces.get(namespace);
            if (p == null) {
                Node[][] replicas = new Node[columns][Proto.PARTITIONS];
                p = new Partitions(replicas, new int[Proto.PARTITIONS]);
                copied.add(namespace);
            } else if (!copied.contains(namespace) || p.replicas.length < columns) {
                p = p.copy(columns);
                copied.add(namespace);
            }
            namespaces.put(namespace, p);
            return p;
        }

        public PartitionMap build() {
            return new PartitionMap(Collections.unmodifiableMap(new HashMap<>(namespaces)));
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PartitionMap{");
        namespaces.forEach((ns, p) -> sb.append(ns).append(": ").append(p.replicaCount()).append(" replicas; "));
        return sb.append('}').toString();
    }
}
