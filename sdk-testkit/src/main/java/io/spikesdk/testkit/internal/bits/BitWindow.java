package io.spikesdk.testkit.internal.bits;

/**
 * Where an op acts, after its offset is resolved against the blob: the first byte, the bit within it, the bit
 * count, and the bytes the window spans ({@code (bitInByte + size + 7) / 8}, the server's op size).
 */
record BitWindow(long byteOffset, int bitInByte, long size) {

    /**
     * Resolves {@code op}'s offset: a negative offset counts from the end of a blob of {@code blobSize} bytes and
     * may not reach before its start (PARAMETER_ERROR).
     */
    static BitWindow of(BitOp op, long blobSize) throws BitException {
        long offset = op.offset();
        if (offset < 0) {
            if (-offset > blobSize * 8) {
                throw BitException.param("negative offset " + offset + " before the blob's start");
            }
            offset += blobSize * 8;
        }
        return new BitWindow(offset / 8, (int) (offset % 8), op.size());
    }

    long spanBytes() {
        return (bitInByte + size + 7) / 8;
    }

    long startBit() {
        return byteOffset * 8 + bitInByte;
    }

    BitWindow withSize(long newSize) {
        return new BitWindow(byteOffset, bitInByte, newSize);
    }
}
