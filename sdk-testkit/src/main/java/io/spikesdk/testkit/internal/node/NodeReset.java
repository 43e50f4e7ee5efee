package io.spikesdk.testkit.internal.node;

import io.spikesdk.testkit.internal.scan.JobRegistry;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoreReset;
import io.spikesdk.testkit.internal.udf.UdfRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a reset empties on one node: its stores (absent while the node is stopped), the UDF registry it uses, its
 * fault plan, activity log and finished scan jobs. Several nodes (a cluster) are reset as one step.
 *
 * @param stores the node's namespaces, empty when it is not running
 * @param udfs the registry its UDF engine reads, or null when it is not running
 * @param faults its fault plan
 * @param log its activity log
 * @param jobs its scan and query jobs, or null when it is not running
 */
public record NodeReset(Collection<NamespaceStore> stores, UdfRegistry udfs, FaultPlan faults, ActivityLog log,
        JobRegistry jobs) {

    /**
     * Resets {@code nodes}: faults first (a paused node resumes, so the commands it holds can finish), then every
     * store at once (see {@link StoreReset}), UDF modules and finished jobs, and the activity logs last, so that
     * they do not keep the commands that ran before.
     */
    public static void resetAll(List<NodeReset> nodes) {
        List<NamespaceStore> stores = new ArrayList<>();
        for (NodeReset node : nodes) {
            node.faults.clear();
            stores.addAll(node.stores);
        }
        StoreReset.clear(stores);
        for (NodeReset node : nodes) {
            if (node.udfs != null) {
                node.udfs.clear();
            }
            if (node.jobs != null) {
                node.jobs.forgetFinished();
            }
            node.log.clear();
        }
    }
}
