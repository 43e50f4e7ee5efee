package io.spikesdk.core.internal.command;

import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobStatus;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.ScanStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Folding the nodes' {@code query-show:trid=} answers (as a real 8.1 server words them) into one job. */
class JobListingTest {

    private static String listing(String status, String progress, long succeeded) {
        return "trid=77:ns=test:set=s:rps=10:active-threads=1:status=" + status + ":job-progress=" + progress
            + ":run-time=313:time-since-done=0:recs-throttled=22:recs-filtered-meta=0:recs-filtered-bins=3"
            + ":recs-succeeded=" + succeeded + ":recs-failed=1:from=127.0.0.1+46644:job-type=background-ops"
            + ":net-io-bytes=30:socket-timeout=10000:ops-active=0";
    }

    @Test
    void noListingIsUndefined() {
        JobListing none = new JobListing();
        assertEquals(new JobInfo(JobStatus.UNDEF, 0, 0), none.jobInfo());
        assertEquals(new ScanInfo(ScanStatus.UNDEF, 0, 0), none.scanInfo());
    }

    @Test
    void oneActiveNodeMakesTheJobInProgressWithTheSlowestProgressAndTheSummedRecords() {
        JobListing l = new JobListing();
        l.add(listing("done(ok)", "100.00", 30));
        l.add(listing("active(ok)", "41.09", 21));
        l.add(listing("active(ok)", "88.40", 45));
        assertEquals(new JobInfo(JobStatus.IN_PROGRESS, 41, 96), l.jobInfo());
        assertEquals(new ScanInfo(ScanStatus.IN_PROGRESS, 41, 96), l.scanInfo());
    }

    @Test
    void finishedEverywhereIsCompleted() {
        JobListing l = new JobListing();
        l.add(listing("done(ok)", "100.00", 50));
        l.add(listing("done(ok)", "100.00", 7));
        assertEquals(new JobInfo(JobStatus.COMPLETED, 100, 57), l.jobInfo());
        assertEquals(ScanStatus.COMPLETED, l.scanInfo().status());
    }

    @Test
    void anEarlyStopIsCompletedForJobInfoAndAbortedForScanInfo() {
        for (String stop : new String[] {"done(user-aborted)", "done(abandoned-response-error)",
            "done(abandoned-response-timeout)", "done(abandoned-unknown)"}) {
            JobListing l = new JobListing();
            l.add(listing("done(ok)", "100.00", 5));
            l.add(listing(stop, "12.50", 2));
            assertEquals(new JobInfo(JobStatus.COMPLETED, 12, 7), l.jobInfo(), stop);
            assertEquals(new ScanInfo(ScanStatus.ABORTED, 12, 7), l.scanInfo(), stop);
        }
    }

    @Test
    void aStopOnOneNodeWhileAnotherRunsIsInProgress() {
        JobListing l = new JobListing();
        l.add(listing("done(user-aborted)", "3.00", 0));
        l.add(listing("active(ok)", "60.00", 9));
        assertEquals(ScanStatus.IN_PROGRESS, l.scanInfo().status());
    }

    @Test
    void fieldsAreMatchedWholeNotByPrefix() {
        JobListing l = new JobListing();
        l.add("trid=1:xstatus=active(ok):status=done(ok):job-progress-x=5:job-progress=99.99:recs-succeeded=3");
        assertEquals(new JobInfo(JobStatus.COMPLETED, 99, 3), l.jobInfo());
    }

    @Test
    void anAnswerWithoutStatusIsRefused() {
        JobListing l = new JobListing();
        assertThrows(IllegalArgumentException.class, () -> l.add("trid=1:ns=test:job-progress=100.00"));
        assertThrows(IllegalArgumentException.class, () -> l.add(""));
    }
}
