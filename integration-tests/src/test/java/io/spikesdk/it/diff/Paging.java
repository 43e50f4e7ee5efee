package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.query.PartitionFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scan or query as one call, or with {@code maxRecords} as pages through the same {@link PartitionFilter}
 * until it is done. Which records make up a page is not defined when a server walks several partitions at once (the
 * real one does), so only the size of each page is kept; the rows of all pages go to one {@link Rows}.
 */
final class Paging {
    /** More pages than any case needs: a filter that never gets done shows as {@code pages=..+}. */
    static final int MAX_PAGES = 80;

    @FunctionalInterface
    interface Page {
        void run(PartitionFilter filter, Rows rows);
    }

    private Paging() {
    }

    /**
     * @param maxRecords the page size, 0 for none: one call with a page size keeps only how many rows came, as
     *     which records fill a page is not defined
     */
    static String run(PartitionFilter filter, long maxRecords, boolean paging, Rows rows, Page page) {
        if (!paging) {
            try {
                page.run(filter, rows);
            } catch (AerospikeException e) {
                return "rc" + e.getResultCode() + (rows.count() == 0 ? "" : " after " + (maxRecords > 0 ? rows.count() : rows));
            }
            return maxRecords > 0 ? rows.count() + " rows" : rows.toString();
        }
        List<Integer> sizes = new ArrayList<>();
        while (!filter.isDone() && sizes.size() < MAX_PAGES) {
            int before = rows.count();
            try {
                page.run(filter, rows);
            } catch (AerospikeException e) {
                return "rc" + e.getResultCode() + " on page " + (sizes.size() + 1) + " after " + rows + " pages=" + sizes;
            }
            sizes.add(rows.count() - before);
        }
        return rows + " pages=" + sizes + (filter.isDone() ? "" : "+");
    }
}
