package io.spikesdk.core.internal.command;

/**
 * A non-blocking driver of streamed node commands (one node's share of a scan or query round): the reply is read
 * frame by frame while its consumer keeps up, and reading stops (the socket is left unread) while it does not.
 */
public interface AsyncStreams {
    /**
     * Starts a command whose reply is read by {@code reply}, with the request's policy but no retry of its own (the
     * scan's rounds retry partitions); its end is reported to {@code flow}.
     *
     * @param deadlineNanos the deadline of the whole call ({@code System.nanoTime()}), or 0 for none
     */
    Stream stream(CommandRequest request, ReplyHandler<?> reply, long deadlineNanos, Flow flow);

    /** Runs {@code task} after {@code delayNanos} on a driver thread (the pause between a scan's rounds). */
    void later(long delayNanos, Runnable task);

    /** The consumer of a stream's records. Called on the stream's driver thread. */
    interface Flow {
        /** After each frame that did not end the reply: whether to read the next one now. */
        boolean wantsMore();

        /** The stream stopped reading because {@link #wantsMore()} said no: call {@link Stream#resume()} when it may. */
        void paused(Stream stream);

        /** The stream ended: {@code failure} is null after a complete reply, else the command's exception. */
        void ended(Stream stream, RuntimeException failure);
    }

    /** A running stream. Any thread. */
    interface Stream {
        /** Reads again if paused and the flow now {@link Flow#wantsMore() wants more}. */
        void resume();

        /** Stops the stream: its connection is closed (unread frames follow), its slot freed; {@link Flow#ended} is not called. */
        void cancel();
    }
}
