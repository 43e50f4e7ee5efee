package io.spikesdk.core.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Several {@link FakeNode}s answering the tend commands as one cluster: each lists the other live nodes
 * in {@code peers-clear-std}/{@code peers-clear-alt}, and partition {@code p} of every namespace is owned in
 * replica column {@code c} by live node {@code (p + c) mod live} (master = column 0). {@link #kill},
 * {@link #add} and {@link #rebalance} recompute the answers and bump both generations, as a real
 * cluster does after a membership change.
 */
public final class FakeCluster implements AutoCloseable {
    private final List<FakeNode> nodes = new ArrayList<>();
    private final List<Boolean> alive = new ArrayList<>();
    private final String[] namespaces;
    private final int replicationFactor;
    private int generation;

    public FakeCluster(int size, int replicationFactor, String... namespaces) throws IOException {
        this.namespaces = namespaces;
        this.replicationFactor = replicationFactor;
        for (int i = 0; i < size; i++) {
            nodes.add(new FakeNode(name(i), namespaces));
            alive.add(true);
        }
        rebalance();
    }

    /** The node id of node {@code i}. */
    public static String name(int i) {
        return "BB90000000" + (10 + i);
    }

    public FakeNode node(int i) {
        return nodes.get(i);
    }

    public int size() {
        return nodes.size();
    }

    /** The live nodes' indexes in order. */
    public List<Integer> live() {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (alive.get(i)) {
                live.add(i);
            }
        }
        return live;
    }

    /** The node index owning {@code pid} in replica {@code column} (0 = master). */
    public int owner(int pid, int column) {
        List<Integer> live = live();
        return live.get((pid + column) % live.size());
    }

    /** Stops node {@code i} (its sockets close) and rebalances the others. */
    public void kill(int i) throws IOException {
        killWithoutRebalance(i);
        rebalance();
    }

    /** Stops node {@code i} while the others still list it and own nothing new (peers not yet told). */
    public void killWithoutRebalance(int i) throws IOException {
        alive.set(i, false);
        nodes.get(i).close();
    }

    /** Starts a new node and rebalances; returns its index. */
    public int add() throws IOException {
        int i = nodes.size();
        nodes.add(new FakeNode(name(i), namespaces));
        alive.add(true);
        rebalance();
        return i;
    }

    /** Recomputes peers and replicas of every live node and bumps the generations. */
    public void rebalance() {
        generation++;
        List<Integer> live = live();
        int columns = Math.min(replicationFactor, live.size());
        for (int i : live) {
            FakeNode node = nodes.get(i);
            String peers = peers(i, live);
            node.setInfo("peers-clear-std", peers);
            node.setInfo("peers-clear-alt", peers);
            node.setInfo("peers-generation", String.valueOf(generation));
            node.setInfo("partition-generation", String.valueOf(generation));
            node.setInfo("replicas", replicas(i, live, columns));
        }
    }

    private String peers(int self, List<Integer> live) {
        StringBuilder sb = new StringBuilder().append(generation).append(",3000,[");
        String sep = "";
        for (int i : live) {
            if (i != self) {
                sb.append(sep).append('[').append(name(i)).append(",,[127.0.0.1:").append(nodes.get(i).port()).append("]]");
                sep = ",";
            }
        }
        return sb.append(']').toString();
    }

    private String replicas(int self, List<Integer> live, int columns) {
        StringBuilder column = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            byte[] bitmap = new byte[512];
            for (int pid = 0; pid < 4096; pid++) {
                if (live.get((pid + c) % live.size()) == self) {
                    bitmap[pid >> 3] |= (byte) (0x80 >> (pid & 7));
                }
            }
            column.append(',').append(Base64.getEncoder().encodeToString(bitmap));
        }
        StringBuilder sb = new StringBuilder();
        for (String ns : namespaces) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(ns).append(":0,").append(columns).append(column);
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        for (int i = 0; i < nodes.size(); i++) {
            if (alive.get(i)) {
                nodes.get(i).close();
            }
        }
    }
}
