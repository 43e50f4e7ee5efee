package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.Log;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cluster tending (docs/wire-protocol.md §11.2), one round at a time; the {@link Cluster} serialises the rounds.
 *
 * <p>A round: ask every known node {@code node}, {@code peers-generation}, {@code partition-generation}
 * (plus {@code cluster-name} when configured and {@code rebalance-generation} when rack-aware); refresh
 * the peers ({@code peers-clear-std}, or {@code peers-clear-alt}; {@code peers-tls-*} with TLS, each peer with its
 * TLS name) of nodes whose peers generation changed and
 * validate the peers not known yet; switch a seed node to the address its peers announce when they differ
 * (the seed was a load balancer); refresh {@code replicas} of nodes whose partition generation changed and
 * {@code rack-ids} of nodes whose rebalance generation changed; drop the nodes that failed
 * {@code maxTendFailures} rounds in a row, or that no responding peer lists and that failed this round or
 * own no partition; then publish the new node list and partition map (built aside, swapped by reference)
 * and notify the listener. A node discovered this round that fails before the end is dropped silently
 * (peers will announce it again).
 */
final class Tender {
    private static final Log LOG = Log.named("core.cluster");

    private final Cluster cluster;
    private final ClientConfig config;
    private final NodeValidator validator;
    private final String peersCommand;
    private final List<String> tendCommands;
    private final Set<String> peerFailuresLogged = new HashSet<>();
    /** The last seed that refused the login during the last {@link #seed()}, else {@code null}. */
    private AuthenticationException seedLoginFailure;

    Tender(Cluster cluster, NodeValidator validator) {
        this.cluster = cluster;
        this.config = cluster.config();
        this.validator = validator;
        this.peersCommand = (config.tls() != null ? "peers-tls-" : "peers-clear-") + (config.useServicesAlternate() ? "alt" : "std");
        List<String> commands = new ArrayList<>(List.of("node", "peers-generation", "partition-generation"));
        if (config.clusterName() != null) {
            commands.add("cluster-name");
        }
        if (config.rackAware()) {
            commands.add("rebalance-generation");
        }
        this.tendCommands = List.copyOf(commands);
    }

    /**
     * Validates the seeds in order until one completes a round (the cluster then has nodes).
     *
     * @return why each tried seed failed (empty on success)
     */
    List<String> seed() {
        List<String> failures = new ArrayList<>();
        seedLoginFailure = null;
        for (Host seed : config.hosts()) {
            Node node;
            try {
                node = validator.validate(seed);
            } catch (AuthenticationException e) {
                seedLoginFailure = e;
                failures.add(seed + ": " + e.getMessage());
                LOG.warn("seed " + seed + " refused the login: " + e.getMessage());
                continue;
            } catch (AerospikeException e) {
                failures.add(seed + ": " + e.getMessage());
                LOG.warn("seed " + seed + " failed: " + e.getMessage());
                continue;
            }
            node.markSeed();
            TendRound round = round(List.of(node));
            if (cluster.nodes().length > 0) {
                return List.of();
            }
            String reason = round.reasons.getOrDefault(node, "dropped");
            failures.add(seed + ": " + reason);
            LOG.warn("seed " + seed + " failed: " + reason);
        }
        return failures;
    }

    /** The login error of a seed in the last {@link #seed()} that found no node, else {@code null}. */
    AuthenticationException seedLoginFailure() {
        return seedLoginFailure;
    }

    /** One round over the published nodes plus {@code fresh} ones (validated, not yet published). */
    TendRound round(List<Node> fresh) {
        TendRound r = new TendRound(cluster.nodes(), cluster.partitionMap(), fresh);
        for (Node node : cluster.nodes()) {
            refreshInfo(r, node);
        }
        discoverPeers(r);
        if (r.liveCount() > 1) {
            followAnnouncedAddresses(r);
        }
        for (Node node : r.all) {
            if (r.responding(node) && r.partitionsChanged(node)) {
                refreshPartitions(r, node);
            }
        }
        if (config.rackAware()) {
            for (Node node : r.all) {
                if (r.responding(node) && r.racksChanged(node)) {
                    refreshRacks(r, node);
                }
            }
        }
        dropLostNodes(r);
        publish(r);
        return r;
    }

    private void refreshInfo(TendRound r, Node node) {
        Map<String, String> info;
        try {
            info = node.tendInfo(tendCommands);
        } catch (IOException | AerospikeException e) {
            r.fail(node, e.getMessage());
            return;
        }
        String name = info.get("node");
        if (!node.name().equals(name)) {
            LOG.warn("node " + node + " now answers with name " + name + ": dropping it");
            r.remove(node, "answers with name " + name);
            return;
        }
        if (validator.clusterNameMismatch(node.name(), node.host().toString(), info.get("cluster-name")) != null) {
            r.remove(node, "cluster name changed to '" + info.get("cluster-name") + "'");
            return;
        }
        r.answers.put(node, info);
    }

    private void discoverPeers(TendRound r) {
        for (int i = 0; i < r.all.size(); i++) {
            Node node = r.all.get(i);
            if (!r.responding(node)) {
                continue;
            }
            if (r.peersChanged(node)) {
                try {
                    refreshPeers(node);
                } catch (IOException | AerospikeException e) {
                    r.fail(node, e.getMessage());
                    continue;
                }
            }
            for (PeersParser.Peer peer : node.peers()) {
                if (r.find(peer.nodeName()) == null && r.tried.add(peer.nodeName())) {
                    Node added = addPeer(peer);
                    if (added != null && r.find(added.name()) == null) {
                        r.add(added);
                    } else if (added != null) {
                        added.close();
                    }
                }
            }
        }
    }

    private void refreshPeers(Node node) throws IOException {
        String value = node.tendInfo(List.of(peersCommand)).get(peersCommand);
        if (value == null) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "node " + node + " did not answer " + peersCommand);
        }
        AerospikeException error = node.infoError(peersCommand, value);
        if (error != null) {
            throw error;
        }
        PeersParser.Peers peers = PeersParser.parse(value);
        node.peers(peers.peers());
        node.peersGeneration(peers.generation());
    }

    /** Validates a peer at its first address that answers; {@code null} when none does. */
    private Node addPeer(PeersParser.Peer peer) {
        List<String> reasons = new ArrayList<>();
        for (Host host : peer.hosts()) {
            try {
                Node added = validator.validate(host);
                if (!added.name().equals(peer.nodeName())) {
                    LOG.warn("peer " + peer.nodeName() + " at " + host + " answers as " + added.name());
                }
                peerFailuresLogged.remove(peer.nodeName());
                return added;
            } catch (AerospikeException e) {
                reasons.add(host + ": " + e.getMessage());
            }
        }
        String message = "cannot add peer " + peer.nodeName() + " " + (reasons.isEmpty() ? "(no address)" : reasons);
        if (peerFailuresLogged.add(peer.nodeName())) {
            LOG.warn(message);
        } else if (LOG.debugEnabled()) {
            LOG.debug(message);
        }
        return null;
    }

    /**
     * A seed reached through an address its peers do not announce (typically a load balancer) is
     * replaced by a node at an announced address, so every command of that node reaches that node. Checked
     * once per seed node, when a peer first announces it; if no announced address answers, the seed address
     * is kept.
     */
    private void followAnnouncedAddresses(TendRound r) {
        for (Node node : List.copyOf(r.all)) {
            if (!node.isSeed() || !r.responding(node)) {
                continue;
            }
            List<Host> announced = r.announcedHosts(node.name());
            if (announced.isEmpty()) {
                continue;
            }
            node.seedChecked();
            if (announced.stream().anyMatch(h -> sameAddress(h, node.host()))) {
                continue;
            }
            for (Host host : announced) {
                Node replacement;
                try {
                    replacement = validator.validate(host);
                } catch (AerospikeException e) {
                    LOG.warn("node " + node.name() + " is announced at " + host + " but cannot be reached there: "
                            + e.getMessage());
                    continue;
                }
                if (!replacement.name().equals(node.name())) {
                    replacement.close();
                    continue;
                }
                LOG.info("seed " + node.host() + " reached node " + node.name() + ", which its peers announce at "
                        + announced + ": using " + host);
                r.remove(node, "replaced by its announced address " + host);
                r.add(replacement);
                break;
            }
        }
    }

    /** Same name and port: a TLS name given to a seed and the one its peers announce may differ. */
    private static boolean sameAddress(Host a, Host b) {
        return a.name().equals(b.name()) && a.port() == b.port();
    }

    private void refreshPartitions(TendRound r, Node node) {
        try {
            Map<String, String> info = node.tendInfo(List.of("partition-generation", "replicas"));
            String replicas = info.get("replicas");
            AerospikeException error = node.infoError("replicas", replicas);
            if (error != null) {
                throw error;
            }
            int generation = (int) parseLong(info.get("partition-generation"), "partition-generation");
            r.map.apply(node, ReplicasParser.parse(replicas));
            r.mapChanged = true;
            node.partitionGeneration(generation);
        } catch (IOException | AerospikeException e) {
            r.fail(node, e.getMessage());
        }
    }

    private void refreshRacks(TendRound r, Node node) {
        try {
            Map<String, String> info = node.tendInfo(List.of("rebalance-generation", "rack-ids"));
            String racks = info.get("rack-ids");
            AerospikeException error = node.infoError("rack-ids", racks);
            if (error != null) {
                if (LOG.debugEnabled()) {
                    LOG.debug("node " + node + " reports no racks (" + error.getMessage() + ")");
                }
                node.racks(Map.of());
            } else {
                node.racks(RackIdsParser.parse(racks));
            }
            node.rebalanceGeneration(String.valueOf(info.get("rebalance-generation")));
        } catch (IOException | AerospikeException e) {
            r.fail(node, e.getMessage());
        }
    }

    private void dropLostNodes(TendRound r) {
        Set<String> referenced = r.referencedNames();
        boolean anyResponding = r.all.stream().anyMatch(r::responding);
        for (Node node : List.copyOf(r.all)) {
            if (r.removed.contains(node)) {
                continue;
            }
            if (r.fresh.contains(node) && r.failed.contains(node)) {
                r.remove(node, r.reasons.get(node));
            } else if (node.failures() >= config.maxTendFailures()) {
                LOG.warn("dropping node " + node + ": " + node.failures() + " failed tends in a row (maxTendFailures "
                        + config.maxTendFailures() + ")");
                r.remove(node, "failed " + node.failures() + " tends in a row");
            } else if (r.liveCount() > 1 && anyResponding && !referenced.contains(node.name())
                    && (r.failed.contains(node) || !r.map.holds(node))) {
                LOG.info("dropping node " + node + ": no peer lists it and it "
                        + (r.failed.contains(node) ? "failed to answer" : "owns no partition"));
                r.remove(node, "no peer lists it");
            }
        }
        for (Node node : r.removed) {
            if (r.map.holds(node)) {
                r.map.remove(node);
                r.mapChanged = true;
            }
        }
    }

    private void publish(TendRound r) {
        if (cluster.isClosed()) {
            r.fresh.forEach(Node::close);
            return;
        }
        for (Node node : r.failed) {
            if (!r.fresh.contains(node)) {
                LOG.warn("tend of node " + node + " failed (" + node.failures() + " in a row): " + r.reasons.get(node));
            }
        }
        List<Node> live = new ArrayList<>();
        for (Node node : r.all) {
            if (!r.removed.contains(node)) {
                live.add(node);
                if (!r.failed.contains(node)) {
                    node.tendSucceeded();
                }
            }
        }
        PartitionMap map = r.mapChanged ? r.map.build() : null;
        cluster.publish(live.toArray(new Node[0]), map);
        if (map != null && LOG.debugEnabled()) {
            LOG.debug("published " + map + " for nodes " + live);
        }
        for (Node node : r.removed) {
            node.close();
            if (!r.fresh.contains(node)) {
                cluster.fireRemoved(node);
            }
        }
        for (Node node : r.fresh) {
            if (!r.removed.contains(node)) {
                cluster.fireAdded(node);
            }
        }
    }

    static long parseLong(String value, String what) {
        try {
            return Long.parseLong(value.trim());
        } catch (RuntimeException e) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "bad " + what + " value '" + value + "'");
        }
    }

    /** The number, or {@code fallback} when {@code value} is missing or not a number. */
    static long parseLongOr(String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
