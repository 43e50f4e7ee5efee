package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ScanPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * One scan as data: the case's records are written to the run's set, then scanned (that set, or a set never
 * written) over some partitions, in one call or in pages of {@code maxRecords} (PartitionFilter paging), with a bin
 * selection or no bin data and a filter expression; the records are deleted again afterwards.
 */
record ScanCall(SetRecords data, boolean neverWrittenSet, PartitionChoice partitions, int maxRecords, boolean paging,
                List<String> bins, boolean noBinData, Expr filter) implements Command {

    @Override
    public Object execute(AerospikeClient client, Key key) {
        data.write(client);
        try {
            ScanPolicy policy = new ScanPolicy();
            WriteSpec.timeouts(policy);
            policy.maxRecords = maxRecords;
            policy.includeBinData = !noBinData;
            policy.filterExp = filter == null ? null : filter.build();
            String set = neverWrittenSet ? SetRecords.NEVER_WRITTEN : SetRecords.SET;
            String[] binNames = bins == null ? null : bins.toArray(String[]::new);
            return Paging.run(partitions.build(data), maxRecords, paging, new Rows(data.labels()), (f, rows) ->
                    client.scanPartitions(policy, f, SetRecords.NAMESPACE, set, (k, r) -> rows.add(k, r), binNames));
        } finally {
            data.delete(client);
        }
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        if (filter != null) {
            out.add(new ScanCall(data, neverWrittenSet, partitions, maxRecords, paging, bins, noBinData, null));
        }
        if (paging) {
            out.add(new ScanCall(data, neverWrittenSet, partitions, maxRecords, false, bins, noBinData, filter));
        }
        if (maxRecords != 0) {
            out.add(new ScanCall(data, neverWrittenSet, partitions, 0, false, bins, noBinData, filter));
        }
        if (bins != null) {
            out.add(new ScanCall(data, neverWrittenSet, partitions, maxRecords, paging, null, noBinData, filter));
        }
        if (noBinData) {
            out.add(new ScanCall(data, neverWrittenSet, partitions, maxRecords, paging, bins, false, filter));
        }
        if (!partitions.equals(PartitionChoice.ALL)) {
            out.add(new ScanCall(data, neverWrittenSet, PartitionChoice.ALL, maxRecords, paging, bins, noBinData, filter));
        }
        for (SetRecords smaller : data.shrinks()) {
            out.add(new ScanCall(smaller, neverWrittenSet, partitions, maxRecords, paging, bins, noBinData, filter));
        }
        return out;
    }

    @Override
    public String signature() {
        return "scan." + partitions.kind() + (paging ? ".paged" : maxRecords > 0 ? ".max" : "")
                + (filter != null ? ".filter" : "") + (noBinData ? ".noBinData" : bins != null ? ".bins" : "");
    }

    @Override
    public String toString() {
        return "scan(" + (neverWrittenSet ? "never-written set " : "") + partitions
                + (maxRecords > 0 ? (paging ? " pages of " : " max ") + maxRecords : "")
                + (bins != null ? " bins=" + bins : "") + (noBinData ? " noBinData" : "")
                + (filter != null ? " filter=" + filter : "") + " records=" + data + ")";
    }
}
