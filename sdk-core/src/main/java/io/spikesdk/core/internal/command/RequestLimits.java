package io.spikesdk.core.internal.command;

import io.spikesdk.api.BinNameTooLongException;
import io.spikesdk.api.ParameterException;
import io.spikesdk.cdt.internal.msgpack.Utf8;

/**
 * The limits every Aerospike server enforces on a single-record request, checked before it is sent so that
 * the error names the culprit. Only what the server always refuses is refused here (Community Edition 8.1:
 * bin names over 15 UTF-8 bytes answer BIN_NAME_TOO_LONG; more than 32768 ops answer PARAMETER_ERROR); an
 * empty bin name is a valid bin.
 */
final class RequestLimits {
    /** The longest bin name, in UTF-8 bytes. */
    static final int MAX_BIN_NAME_BYTES = 15;
    /** The most ops one request may carry (the server's {@code MAX_N_OPS}). */
    static final int MAX_OPS = 32 * 1024;

    private RequestLimits() {
    }

    /**
     * @param name a bin name, or null for ops without a bin
     * @throws BinNameTooLongException naming the bin when it is longer than 15 bytes
     */
    static void checkBinName(String name) {
        if (name != null) {
            checkBinName(name, Utf8.encodedLength(name));
        }
    }

    /** As {@link #checkBinName(String)}, for a name whose UTF-8 length the caller has computed. */
    static void checkBinName(String name, int length) {
        if (length > MAX_BIN_NAME_BYTES) {
            throw new BinNameTooLongException("bin name \"" + name + "\" is " + length
                    + " bytes long (UTF-8); Aerospike bin names are at most " + MAX_BIN_NAME_BYTES + " bytes");
        }
    }

    /**
     * @param count the number of bins or operations of one command
     * @param what "bins" or "operations", for the message
     * @throws ParameterException when the server would refuse that many
     */
    static void checkOpCount(int count, String what) {
        if (count > MAX_OPS) {
            throw new ParameterException(count + " " + what + " in one command; Aerospike accepts at most " + MAX_OPS
                    + " per command (and a record holds at most " + (MAX_OPS - 1) + " bins)");
        }
    }
}
