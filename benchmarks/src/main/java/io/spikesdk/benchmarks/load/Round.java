package io.spikesdk.benchmarks.load;

/**
 * One run of the workload with one client.
 *
 * @param label printed in front of each line, e.g. {@code spike r1}
 * @param workload what each transaction does
 * @param transactions total over all threads; 0 ⇒ run for {@code seconds}
 * @param seconds duration when {@code transactions} is 0
 * @param seed seed of the key and value choices
 * @param sequentialKeys walk the key range in order (insert and prefill) instead of picking randomly
 * @param printSeconds print a line per second
 */
record Round(String label, WorkloadSpec workload, long transactions, int seconds, long seed, boolean sequentialKeys,
             boolean printSeconds) {

    /** Transactions of worker {@code index} of {@code threads}; -1 when the round is timed. */
    long quota(int index, int threads) {
        if (transactions <= 0) {
            return -1;
        }
        return transactions / threads + (index < transactions % threads ? 1 : 0);
    }
}
