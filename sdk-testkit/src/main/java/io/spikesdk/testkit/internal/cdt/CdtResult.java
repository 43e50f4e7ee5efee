package io.spikesdk.testkit.internal.cdt;

/**
 * The outcome of one CDT op.
 *
 * @param resultCode  0 on success, else the server result code (4, 12, 23, 24, 26, ...)
 * @param binChanged  whether the stored bin bytes differ from the input (bin created or rewritten). A successful
 *                    CDT_MODIFY bumps the record generation even when this is false (docs/embedded-server.md R12)
 * @param newBinType  particle type of the bin after the op (19 MAP, 20 LIST); 0 when the bin is absent
 * @param newBinValue stored msgpack of the bin after the op (order/persist flags included); null when absent.
 *                    On failure and for reads this is the input unchanged
 * @param hasResult   whether the reply carries an op entry; when false the server writes none (a NULL entry only
 *                    with RESPOND_ALL_OPS)
 * @param resultType  particle type of the op entry
 * @param resultValue particle bytes of the op entry
 */
public record CdtResult(int resultCode, boolean binChanged, int newBinType, byte[] newBinValue, boolean hasResult,
        int resultType, byte[] resultValue) {

    static CdtResult failure(int code, int binType, byte[] binValue) {
        return new CdtResult(code, false, binValue == null ? 0 : binType, binValue, false, 0, null);
    }

    static CdtResult success(boolean changed, int binType, byte[] binValue, Particle result) {
        int type = binValue == null ? 0 : binType;
        if (result == null) {
            return new CdtResult(0, changed, type, binValue, false, 0, null);
        }
        return new CdtResult(0, changed, type, binValue, true, result.type(), result.bytes());
    }
}
