package io.spikesdk.core.internal.command;

import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobStatus;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.ScanStatus;

/**
 * Folds the {@code query-show:trid=} answers of the nodes into one job (C client {@code as_job_process}): a node
 * running it ({@code status=active(..)}) makes it in progress; progress is the slowest listing node's whole percent
 * ({@code job-progress=41.09} → 41); records add up ({@code recs-succeeded}); a node that finished it with a result
 * other than {@code ok} ({@code done(user-aborted)}, {@code done(abandoned-..)}) marks it stopped early. A node that
 * does not list the job ({@code ERROR:2}) adds nothing. Not thread-safe.
 */
final class JobListing {
    private int listed;
    private boolean active;
    private boolean stoppedEarly;
    private int progressPct = -1;
    private long records;

    /**
     * Adds one node's listing of the job.
     *
     * @throws IllegalArgumentException when the answer has no {@code status=}
     */
    void add(String answer) {
        String status = field(answer, "status");
        if (status == null) {
            throw new IllegalArgumentException("no status in '" + answer + "'");
        }
        listed++;
        if (status.startsWith("active")) {
            active = true;
        } else if (!status.equals("done(ok)")) {
            stoppedEarly = true;
        }
        String progress = field(answer, "job-progress");
        if (progress != null) {
            int pct = wholePercent(progress);
            progressPct = progressPct < 0 ? pct : Math.min(progressPct, pct);
        }
        String succeeded = field(answer, "recs-succeeded");
        if (succeeded != null) {
            records += Long.parseLong(succeeded);
        }
    }

    /** The aggregate; {@code UNDEF} when no node listed the job. */
    JobInfo jobInfo() {
        JobStatus status = listed == 0 ? JobStatus.UNDEF : active ? JobStatus.IN_PROGRESS : JobStatus.COMPLETED;
        return new JobInfo(status, Math.max(progressPct, 0), records);
    }

    /** The aggregate with an early stop told apart. */
    ScanInfo scanInfo() {
        ScanStatus status = listed == 0 ? ScanStatus.UNDEF : active ? ScanStatus.IN_PROGRESS
            : stoppedEarly ? ScanStatus.ABORTED : ScanStatus.COMPLETED;
        return new ScanInfo(status, Math.max(progressPct, 0), records);
    }

    private static int wholePercent(String text) {
        int dot = text.indexOf('.');
        return Integer.parseInt(dot < 0 ? text : text.substring(0, dot));
    }

    /** The value of {@code name=} among the answer's colon-separated pairs, or null. */
    private static String field(String answer, String name) {
        int from = 0;
        while (from <= answer.length()) {
            int end = answer.indexOf(':', from);
            if (end < 0) {
                end = answer.length();
            }
            if (answer.startsWith(name, from) && from + name.length() < end
                && answer.charAt(from + name.length()) == '=') {
                return answer.substring(from + name.length() + 1, end);
            }
            from = end + 1;
        }
        return null;
    }
}
