package io.spikesdk.api.metrics;

/** The calls of the listeners of {@link MetricsListener#all}, each listener's own token. */
record ParentCalls(Object[] calls) {

    /** {@code outcome} as listener {@code i} sees it: its own call as the parent. */
    CommandOutcome outcome(CommandOutcome outcome, int i) {
        Object parent = calls[i];
        return new CommandOutcome() {
            @Override
            public CommandType type() {
                return outcome.type();
            }

            @Override
            public String namespace() {
                return outcome.namespace();
            }

            @Override
            public String setName() {
                return outcome.setName();
            }

            @Override
            public String nodeName() {
                return outcome.nodeName();
            }

            @Override
            public io.spikesdk.api.Host nodeHost() {
                return outcome.nodeHost();
            }

            @Override
            public long latencyNanos() {
                return outcome.latencyNanos();
            }

            @Override
            public int resultCode() {
                return outcome.resultCode();
            }

            @Override
            public boolean failed() {
                return outcome.failed();
            }

            @Override
            public int attempts() {
                return outcome.attempts();
            }

            @Override
            public boolean timedOut() {
                return outcome.timedOut();
            }

            @Override
            public boolean inDoubt() {
                return outcome.inDoubt();
            }

            @Override
            public long bytesSent() {
                return outcome.bytesSent();
            }

            @Override
            public long bytesReceived() {
                return outcome.bytesReceived();
            }

            @Override
            public Object parentCall() {
                return parent;
            }
        };
    }
}
