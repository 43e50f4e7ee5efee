package io.spikesdk.testkit.internal.cdt;

/** The server result codes a CDT operation can answer with. */
final class ResultCodes {
    static final int OK = 0;
    static final int SERVER_ERROR = 1;
    static final int PARAMETER_ERROR = 4;
    static final int BIN_TYPE_ERROR = 12;
    static final int RECORD_TOO_BIG = 13;
    static final int ELEMENT_NOT_FOUND = 23;
    static final int ELEMENT_EXISTS = 24;
    static final int OP_NOT_APPLICABLE = 26;

    private ResultCodes() {
    }
}
