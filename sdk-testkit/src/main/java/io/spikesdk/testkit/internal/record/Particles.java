package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.CdtResult;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoParticle;

/**
 * Validation and normalization of particle values sent by clients (docs/wire-protocol.md §5, docs/embedded-server.md
 * R9).
 */
final class Particles {
    private Particles() {
    }

    /**
     * Validates a value for storage and returns the bytes to store: integers are zero-extended to
     * 8 bytes, GeoJSON gets the cells the server computes (those sent are dropped), other types are stored as given.
     *
     * @throws CommandFailure PARAMETER_ERROR for an unknown type or a malformed value
     */
    static byte[] normalize(int type, byte[] value) throws CommandFailure {
        switch (type) {
            case ParticleType.INTEGER:
                return Bytes8.of(integer(value));
            case ParticleType.DOUBLE:
                requireLength(value, 8);
                return value;
            case ParticleType.BOOL:
                if (value.length != 1 || (value[0] != 0 && value[0] != 1)) {
                    throw parameterError();
                }
                return value;
            case ParticleType.GEOJSON:
                return geoJson(value);
            case ParticleType.STRING:
                return value;
            case ParticleType.MAP:
            case ParticleType.LIST:
                return collection(type, value);
            default:
                if (ParticleType.isBlobFamily(type)) {
                    return value;
                }
                throw parameterError();
        }
    }

    /** Whether a client may send a value of this particle type (NULL, the bin-delete marker, is not one). */
    static boolean isStorable(int type) {
        switch (type) {
            case ParticleType.INTEGER: case ParticleType.DOUBLE: case ParticleType.BOOL: case ParticleType.GEOJSON:
            case ParticleType.STRING: case ParticleType.MAP: case ParticleType.LIST:
                return true;
            default:
                return ParticleType.isBlobFamily(type);
        }
    }

    /** Lists and maps are stored in the server's canonical form (maps sorted by key); invalid ones get rc 1. */
    private static byte[] collection(int type, byte[] value) throws CommandFailure {
        CdtResult prepared = CdtEngine.prepareWrite(type, value);
        if (prepared.resultCode() != 0) {
            throw new CommandFailure(prepared.resultCode());
        }
        return prepared.newBinValue();
    }

    /** Decodes an integer particle of 1, 2, 4 or 8 bytes, zero-extending the short forms. */
    static long integer(byte[] value) throws CommandFailure {
        switch (value.length) {
            case 1:
                return value[0] & 0xFFL;
            case 2:
                return Bytes.getShort(value, 0) & 0xFFFFL;
            case 4:
                return Bytes.getUnsignedInt(value, 0);
            case 8:
                return Bytes.getLong(value, 0);
            default:
                throw parameterError();
        }
    }

    /** GeoJSON the real server refuses answers 160 (ERR_GEO_INVALID_GEOJSON). */
    private static byte[] geoJson(byte[] value) throws CommandFailure {
        try {
            return GeoParticle.fromClient(value);
        } catch (GeoJsonException e) {
            throw new CommandFailure(ResultCode.GEO_INVALID_GEOJSON.code());
        }
    }

    private static void requireLength(byte[] value, int length) throws CommandFailure {
        if (value.length != length) {
            throw parameterError();
        }
    }

    static CommandFailure parameterError() {
        return new CommandFailure(ResultCode.PARAMETER_ERROR.code());
    }

    /** Eight-byte big-endian encodings. */
    static final class Bytes8 {
        private Bytes8() {
        }

        static byte[] of(long v) {
            byte[] b = new byte[8];
            Bytes.putLong(b, 0, v);
            return b;
        }
    }
}
