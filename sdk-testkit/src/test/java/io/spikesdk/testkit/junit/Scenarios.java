package io.spikesdk.testkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a scenario class in a nested JUnit launcher, so that a test can observe what the extension did
 * after the scenario's class has finished (resources closed, failures reported).
 */
final class Scenarios {
    private static final String ENABLED = "spikesdk.testkit.scenario";

    private Scenarios() {
    }

    /** Marks a class that only runs inside {@link #run}: surefire skips it. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(OnlyInScenarioRun.class)
    @interface Scenario {
    }

    /** Runs {@code scenario} with these configuration parameters and returns the summary. */
    static TestExecutionSummary run(Class<?> scenario, Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(scenario))
                .configurationParameters(parameters)
                .configurationParameter(ENABLED, "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    /** Runs the {@code scenarios} in one launcher (so they share the run's root context) and returns the summary. */
    static TestExecutionSummary runAll(List<Class<?>> scenarios, Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(scenarios.stream().map(DiscoverySelectors::selectClass).toList())
                .configurationParameters(parameters)
                .configurationParameter(ENABLED, "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    static TestExecutionSummary run(Class<?> scenario) {
        return run(scenario, Map.of());
    }

    /** The summary's failures, one per line, for assertion messages. */
    static String failures(TestExecutionSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.getFailures().forEach(f -> text.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return text.toString();
    }

    /** Disables {@link Scenario} classes outside {@link #run}. */
    static final class OnlyInScenarioRun implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ENABLED).isPresent()
                    ? ConditionEvaluationResult.enabled("run by Scenarios.run")
                    : ConditionEvaluationResult.disabled("a scenario, run by another test");
        }
    }
}
