package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.policy.QueryDuration;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * One secondary-index query as data: indexes created (before or after the case's records are written; a second one
 * may reuse the first one's name), some records rewritten or deleted (the index follows), then a query with an index filter (by index lookup or by index name) or none, a
 * filter expression, a bin selection or no bin data, over some partitions, in one call or in pages; every index is
 * dropped and every record deleted again afterwards. Compared: each create's answer, the query's rows or code, and
 * the first index's {@code sindex/<ns>/<name>} figures.
 */
record QueryCall(SetRecords data, List<IndexSpec> indexes, boolean indexFirst, List<Setup> updates, FilterSpec filter,
                 boolean byName, PartitionChoice partitions, int maxRecords, boolean paging, List<String> bins,
                 boolean noBinData, Expr filterExp, boolean shortQuery) implements Command {

    @Override
    public Object execute(AerospikeClient client, Key key) {
        IndexSpec.dropLeftovers(client);
        StringBuilder out = new StringBuilder();
        try {
            if (indexFirst) {
                createAll(client, out);
            }
            data.write(client);
            if (!indexFirst) {
                createAll(client, out);
            }
            data.update(client, updates);
            out.append(query(client));
            if (!indexes.isEmpty()) {
                out.append(" | stats ").append(IndexSpec.stats(client, indexes.get(0).serverName(), indexes.get(0).onSet())).append(" | listed ")
                        .append(IndexSpec.listed(client, indexes.get(0).serverName()));
            }
            return out.toString();
        } finally {
            for (IndexSpec index : indexes) {
                IndexSpec.drop(client, index.serverName());
            }
            data.delete(client);
        }
    }

    private void createAll(AerospikeClient client, StringBuilder out) {
        for (IndexSpec index : indexes) {
            out.append("create ").append(index.name()).append(' ').append(index.create(client)).append(" | ");
        }
    }

    private String query(AerospikeClient client) {
        QueryPolicy policy = new QueryPolicy();
        WriteSpec.timeouts(policy);
        policy.includeBinData = !noBinData;
        policy.filterExp = filterExp == null ? null : filterExp.build();
        policy.expectedDuration = shortQuery ? QueryDuration.SHORT : QueryDuration.LONG;
        Statement stmt = new Statement();
        stmt.setNamespace(SetRecords.NAMESPACE);
        stmt.setSetName(SetRecords.SET);
        if (filter != null) {
            stmt.setFilter(filter.build());
        }
        if (byName && !indexes.isEmpty()) {
            stmt.setIndexName(indexes.get(0).serverName());
        }
        if (bins != null) {
            stmt.setBinNames(bins.toArray(String[]::new));
        }
        stmt.setMaxRecords(maxRecords);
        long trid = paging ? 0 : JobInfo.newId();
        stmt.setTaskId(trid);
        Rows received = new Rows(data.labels());
        String shown = Paging.run(partitions.build(data), maxRecords, paging, received, (f, rows) -> {
            try (RecordSet rs = client.queryPartitions(policy, stmt, f)) {
                while (rs.next()) {
                    rows.add(rs.getKey(), rs.getRecord());
                }
            }
        });
        // which rows a query cut short by maxRecords returns is a race between a real server's query threads, and
        // net-io-bytes counts their sizes
        boolean cutShort = maxRecords > 0 && received.count() >= maxRecords;
        return trid == 0 ? shown
            : shown + " | job " + JobInfo.show(client, trid, received.partitions() <= 1 && !cutShort);
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        if (filterExp != null) {
            out.add(with(filter, byName, partitions, maxRecords, paging, bins, noBinData, null));
        }
        if (paging) {
            out.add(with(filter, byName, partitions, maxRecords, false, bins, noBinData, filterExp));
        }
        if (maxRecords != 0) {
            out.add(with(filter, byName, partitions, 0, false, bins, noBinData, filterExp));
        }
        if (bins != null) {
            out.add(with(filter, byName, partitions, maxRecords, paging, null, noBinData, filterExp));
        }
        if (noBinData) {
            out.add(with(filter, byName, partitions, maxRecords, paging, bins, false, filterExp));
        }
        if (byName) {
            out.add(with(filter, false, partitions, maxRecords, paging, bins, noBinData, filterExp));
        }
        if (!partitions.equals(PartitionChoice.ALL)) {
            out.add(with(filter, byName, PartitionChoice.ALL, maxRecords, paging, bins, noBinData, filterExp));
        }
        if (shortQuery) {
            out.add(new QueryCall(data, indexes, indexFirst, updates, filter, byName, partitions, maxRecords, paging, bins,
                    noBinData, filterExp, false));
        }
        if (indexes.size() > 1) {
            out.add(new QueryCall(data, indexes.subList(0, 1), indexFirst, updates, filter, byName, partitions, maxRecords,
                    paging, bins, noBinData, filterExp, shortQuery));
        }
        if (indexFirst) {
            out.add(new QueryCall(data, indexes, false, updates, filter, byName, partitions, maxRecords, paging, bins,
                    noBinData, filterExp, shortQuery));
        }
        if (!updates.isEmpty()) {
            out.add(new QueryCall(data, indexes, indexFirst, List.of(), filter, byName, partitions, maxRecords, paging,
                    bins, noBinData, filterExp, shortQuery));
        }
        for (SetRecords smaller : data.shrinks()) {
            out.add(new QueryCall(smaller, indexes, indexFirst, updates.subList(0, Math.min(updates.size(),
                    smaller.records().size())), filter, byName, partitions, maxRecords, paging, bins, noBinData,
                    filterExp, shortQuery));
        }
        return out;
    }

    private QueryCall with(FilterSpec f, boolean name, PartitionChoice p, int max, boolean paged, List<String> b,
            boolean noData, Expr exp) {
        return new QueryCall(data, indexes, indexFirst, updates, f, name, p, max, paged, b, noData, exp, shortQuery);
    }

    @Override
    public String signature() {
        return "query." + (filter == null ? "none" : filter.kind() + (filter.ctx().isEmpty() ? "" : "+ctx"))
                + (indexes.isEmpty() ? ".noIndex" : "." + indexes.get(0).type() + "." + indexes.get(0).collection())
                + (indexes.size() > 1 ? ".twoIndexes" : "") + (byName ? ".byName" : "") + (shortQuery ? ".short" : "")
                + (updates.isEmpty() ? "" : ".updated")
                + (paging ? ".paged" : maxRecords > 0 ? ".max" : "") + (filterExp != null ? ".filter" : "")
                + (noBinData ? ".noBinData" : bins != null ? ".bins" : "");
    }

    @Override
    public String toString() {
        return "query(" + (filter == null ? "no filter" : filter) + " indexes=" + indexes + (indexFirst ? " first" : "")
                + (byName ? " byName" : "") + (shortQuery ? " short" : "") + " " + partitions
                + (maxRecords > 0 ? (paging ? " pages of " : " max ") + maxRecords : "")
                + (bins != null ? " bins=" + bins : "") + (noBinData ? " noBinData" : "")
                + (filterExp != null ? " filter=" + filterExp : "") + " records=" + data
                + (updates.isEmpty() ? "" : " then " + SetRecords.showUpdates(updates)) + ")";
    }
}
