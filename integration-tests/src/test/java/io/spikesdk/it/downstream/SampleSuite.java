package io.spikesdk.it.downstream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The main class of the child JVM that {@link DownstreamSampleIsolationTest} starts: runs the tests of the
 * downstream sample ({@value #PACKAGE}), prints a {@code found= succeeded= failed=} line and the failures, and
 * exits 0 only when tests ran and none failed.
 */
public final class SampleSuite {
    static final String PACKAGE = "com.example.orders";

    private SampleSuite() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(PACKAGE)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        System.out.println("found=" + summary.getTestsFoundCount() + " succeeded=" + summary.getTestsSucceededCount()
                + " failed=" + summary.getTotalFailureCount());
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 5);
        out.flush();
        System.exit(summary.getTestsFoundCount() > 0 && summary.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
