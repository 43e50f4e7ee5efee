package io.spikesdk.api;

/**
 * What a write does depending on whether the record already exists (spec {@code POLICY_EXISTS_*}).
 * Default: {@link #UPDATE}.
 */
public enum RecordExistsAction {
    /**
     * Create the record or update it: the bins written are set, other bins are kept.
     * Spec {@code POLICY_EXISTS_IGNORE}. No header bit.
     */
    UPDATE,
    /**
     * Update the record only if it exists; the server answers 2 (KEY_NOT_FOUND_ERROR) when it does not.
     * Spec {@code POLICY_EXISTS_UPDATE}. Sets info3 bit 3.
     */
    UPDATE_ONLY,
    /**
     * Create the record or replace it: existing bins not written by this command are removed.
     * Spec {@code POLICY_EXISTS_CREATE_OR_REPLACE}. Sets info3 bit 4.
     */
    REPLACE,
    /**
     * Replace the record only if it exists (other bins removed); the server answers 2 when it does not.
     * Spec {@code POLICY_EXISTS_REPLACE}. Sets info3 bit 5.
     */
    REPLACE_ONLY,
    /**
     * Create the record only if it does not exist; the server answers 5 (KEY_EXISTS_ERROR) when a live
     * record exists. Spec {@code POLICY_EXISTS_CREATE}. Sets info2 bit 5.
     */
    CREATE_ONLY
}
