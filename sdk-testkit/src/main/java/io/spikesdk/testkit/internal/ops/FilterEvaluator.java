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

    /** A three-valued answer. */
    enum Trilean { TRUE, FALSE, UNKNOWN }

    /**
     * The expression's answer from the record's metadata alone, before its bins are read (SRV
     * {@code as_exp_matches_metadata}): bin, bin-type and key reads are UNKNOWN, and so is an expression that fails.
     * Scans and queries skip a record on FALSE without reading it and count it apart from those the bins filter out.
     */
    Trilean evaluateMetadata(byte[] expression, RecordView record);

    /**
     * Checks an expression without a record, as the server builds a batch's top-level filter before any row runs.
     *
     * @return 0 when it compiles to a boolean expression, else the result code of its failure
     */
    int validate(byte[] expression);
}
