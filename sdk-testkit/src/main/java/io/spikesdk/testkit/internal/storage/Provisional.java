package io.spikesdk.testkit.internal.storage;

/**
 * A record's uncommitted state inside a multi-record transaction: what the transaction has written (or, with a null
 * record, deleted). The committed record stays where it was, so every reader outside the transaction still sees it;
 * the provisional locks the record against other writers until a roll-forward applies it or a roll-back drops it.
 *
 * @param txnId the id of the transaction holding the lock
 * @param record the record as the transaction left it, or null when the transaction deleted it
 * @param deadline the transaction's deadline (server-epoch seconds) as its writes carried it, 0 when unknown
 */
public record Provisional(long txnId, StoredRecord record, long deadline) {
}
