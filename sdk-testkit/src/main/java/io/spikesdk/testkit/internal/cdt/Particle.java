package io.spikesdk.testkit.internal.cdt;

/** A reply value: particle type and the particle bytes as they go into an AS_MSG op entry. */
record Particle(int type, byte[] bytes) {
    static final int INTEGER = 1;
    static final int DOUBLE = 2;
    static final int BLOB = 4;
    static final int BOOL = 17;
    static final int MAP = 19;
    static final int LIST = 20;
    static final int GEOJSON = 23;

    static Particle ofLong(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return new Particle(INTEGER, b);
    }

    static Particle ofBool(boolean v) {
        return new Particle(BOOL, new byte[] {(byte) (v ? 1 : 0)});
    }
}
