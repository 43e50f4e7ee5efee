package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.Host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one {@link Tender} round saw and decided: answers, failures, new and dropped nodes, the map being built. */
final class TendRound {
    final List<Node> all;
    final List<Node> fresh = new ArrayList<>();
    final Set<Node> failed = new HashSet<>();
    final List<Node> removed = new ArrayList<>();
    final Set<String> tried = new HashSet<>();
    final Map<Node, String> reasons = new HashMap<>();
    final Map<Node, Map<String, String>> answers = new HashMap<>();
    final PartitionMap.Builder map;
    boolean mapChanged;

    TendRound(Node[] published, PartitionMap map, List<Node> added) {
        this.all = new ArrayList<>(List.of(published));
        this.map = map.toBuilder();
        added.forEach(this::add);
    }

    void add(Node node) {
        all.add(node);
        fresh.add(node);
    }

    void fail(Node node, String reason) {
        if (failed.add(node)) {
            node.tendFailed();
            reasons.put(node, reason);
        }
    }

    void remove(Node node, String reason) {
        if (!removed.contains(node)) {
            removed.add(node);
            reasons.putIfAbsent(node, reason);
        }
    }

    boolean responding(Node node) {
        return !failed.contains(node) && !removed.contains(node);
    }

    int liveCount() {
        return all.size() - removed.size();
    }

    Node find(String name) {
        for (Node node : all) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }

    boolean peersChanged(Node node) {
        Map<String, String> info = answers.get(node);
        return info == null || node.peersGeneration() < 0
                || Tender.parseLongOr(info.get("peers-generation"), -1) != node.peersGeneration();
    }

    boolean partitionsChanged(Node node) {
        Map<String, String> info = answers.get(node);
        return info == null || node.partitionGeneration() < 0
                || Tender.parseLongOr(info.get("partition-generation"), -1) != node.partitionGeneration();
    }

    boolean racksChanged(Node node) {
        Map<String, String> info = answers.get(node);
        return info == null || node.rebalanceGeneration() == null
                || !node.rebalanceGeneration().equals(String.valueOf(info.get("rebalance-generation")));
    }

    /** Names listed by the peers of the nodes that answered this round. */
    Set<String> referencedNames() {
        Set<String> names = new HashSet<>();
        for (Node node : all) {
            if (responding(node)) {
                node.peers().forEach(p -> names.add(p.nodeName()));
            }
        }
        return names;
    }

    /** The addresses the responding nodes announce for {@code name}. */
    List<Host> announcedHosts(String name) {
        List<Host> hosts = new ArrayList<>();
        for (Node node : all) {
            if (!responding(node)) {
                continue;
            }
            for (PeersParser.Peer peer : node.peers()) {
                if (peer.nodeName().equals(name)) {
                    peer.hosts().stream().filter(h -> !hosts.contains(h)).forEach(hosts::add);
                }
            }
        }
        return hosts;
    }
}
