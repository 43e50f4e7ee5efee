package io.spikesdk.testkit.internal.ops;

/**
 * Evaluates the FILTER_EXP field (43) of a single-record command against an existing record.
 */
public interface FilterEvaluator {
    /**
     * @param expression the msgpack expression bytes
     * @return 0 when the record passes, 27 (FILTERED_OUT) when it does not, or another result code
     *     for an invalid expression
     */
    int evaluate(byte[] expression, RecordView record);

    /**
     * Checks an expression without a record, as the server builds a batch's top-level filter before any row runs.
     *
     * @return 0 when it compiles to a boolean expression, else the result code of its failure
     */
    int validate(byte[] expression);
}
