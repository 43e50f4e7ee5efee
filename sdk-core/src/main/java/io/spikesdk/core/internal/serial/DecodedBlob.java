package io.spikesdk.core.internal.serial;

import io.spikesdk.api.internal.StoredBlob;

/**
 * A top-level blob bin after the read rules: its value, and what the record keeps for typed reads.
 *
 * @param value the decoded object, or the raw bytes
 * @param stored the raw form for {@code Record.getObject(bin, type)}, or {@code null} when nothing applies
 */
public record DecodedBlob(Object value, StoredBlob stored) {
}
