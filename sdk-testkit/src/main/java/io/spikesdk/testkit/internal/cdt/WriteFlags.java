package io.spikesdk.testkit.internal.cdt;

/** List write flags (ADD_UNIQUE, INSERT_BOUNDED, NO_FAIL, PARTIAL) and map write flags share one decoder. */
record WriteFlags(long bits) {
    static final int LIST_ADD_UNIQUE = 1;
    static final int LIST_INSERT_BOUNDED = 2;
    static final int MAP_CREATE_ONLY = 1;
    static final int MAP_UPDATE_ONLY = 2;
    static final int NO_FAIL = 4;
    static final int PARTIAL = 8;

    boolean has(int flag) {
        return (bits & flag) != 0;
    }

    boolean noFail() {
        return has(NO_FAIL);
    }

    boolean partial() {
        return has(PARTIAL);
    }

    /** Lists honour PARTIAL only together with NO_FAIL. */
    boolean listPartial() {
        return noFail() && partial();
    }
}
