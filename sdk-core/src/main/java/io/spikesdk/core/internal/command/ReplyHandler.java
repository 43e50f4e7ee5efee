package io.spikesdk.core.internal.command;

/**
 * Consumes a command's reply frame by frame: one frame for a single-record command, a stream of frames for a
 * batch (each holding several AS_MSGs, the last one flagged INFO3_LAST). Not thread-safe; one per command.
 *
 * @param <T> the result type
 */
public interface ReplyHandler<T> {
    /** {@link #frame} found no end of the reply: read the next frame. */
    int MORE = -1;

    /**
     * Parses one complete frame (AS_MSG at offset 8, {@code bodyLength} bytes) of attempt {@code attempt}.
     *
     * @return {@link #MORE} when further frames follow, else the result code the command goes on with (0 when
     *     the reply is complete; a retryable code makes the command retry)
     * @throws io.spikesdk.api.AerospikeException PARSE_ERROR for a malformed frame
     */
    int frame(byte[] frame, int bodyLength, int attempt);

    /**
     * The command's result after {@link #frame} returned {@code resultCode}, which is not retried.
     *
     * @throws io.spikesdk.api.AerospikeException the command's error for that code
     */
    T result(int resultCode, ResultHandler.Errors errors);

    /** The batch, scan or query this command is a node's share of, as the metrics listener tracks it; or null. */
    default Object parentCall() {
        return null;
    }
}
