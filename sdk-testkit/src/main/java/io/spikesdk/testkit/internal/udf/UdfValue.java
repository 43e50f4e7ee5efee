package io.spikesdk.testkit.internal.udf;

import io.spikesdk.api.ParticleType;

/**
 * A value crossing the Lua boundary in its wire form: a particle type and the particle bytes (type 0, no bytes, for
 * nil).
 */
public record UdfValue(int type, byte[] bytes) {
    /** Lua nil: the NULL particle. */
    public static final UdfValue NIL = new UdfValue(ParticleType.NULL, new byte[0]);

    public boolean isNil() {
        return type == ParticleType.NULL;
    }
}
