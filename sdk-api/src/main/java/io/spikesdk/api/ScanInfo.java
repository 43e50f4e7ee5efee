package io.spikesdk.api;

/**
 * A scan job over the whole cluster (the spec's {@code scan_info}): {@link JobInfo} with {@link ScanStatus#ABORTED}
 * told apart from a normal end; {@code recordsScanned} is {@link JobInfo#recordsRead()}.
 */
public record ScanInfo(ScanStatus status, int progressPct, long recordsScanned) {
}
