package io.spikesdk.testkit.internal.geo;

import io.spikesdk.core.internal.protocol.Bytes;
import java.util.Arrays;

/**
 * The GeoJSON particle as the real server stores and returns it (SRV {@code particle_geojson.c}): a flags byte (1 for
 * a region), a big-endian cell count, the cells as big-endian 64-bit ids, then the JSON text. A point keeps its leaf
 * cell, a region its covering ({@link GeoCoverer#stored}); cells a client sends are ignored.
 */
public final class GeoParticle {
    /** Bytes before the cells: flags and cell count. */
    public static final int HEADER = 3;
    private static final int REGION = 1;

    private GeoParticle() {
    }

    /**
     * The particle to store for a value a client wrote (flags, cells and JSON as sent).
     *
     * @throws GeoJsonException when the header is short or the JSON is not GeoJSON the server accepts (write: 160)
     */
    public static byte[] fromClient(byte[] wire) throws GeoJsonException {
        if (wire.length < HEADER || HEADER + 8L * Bytes.getShort(wire, 1) > wire.length) {
            throw new GeoJsonException("GeoJSON particle shorter than its cells");
        }
        return fromJson(Arrays.copyOfRange(wire, HEADER + 8 * Bytes.getShort(wire, 1), wire.length));
    }

    /** The particle for GeoJSON text (also an expression's GeoJSON result, which the real server covers too). */
    public static byte[] fromJson(byte[] json) throws GeoJsonException {
        GeoValue value = GeoValue.parse(json);
        long[] cells = value.isRegion() ? GeoCoverer.stored(value.region()) : new long[] {value.cell().id()};
        byte[] out = new byte[HEADER + 8 * cells.length + json.length];
        out[0] = (byte) (value.isRegion() ? REGION : 0);
        Bytes.putShort(out, 1, cells.length);
        for (int i = 0; i < cells.length; i++) {
            Bytes.putLong(out, HEADER + 8 * i, cells[i]);
        }
        System.arraycopy(json, 0, out, HEADER + 8 * cells.length, json.length);
        return out;
    }

    /** The JSON text of a stored particle. */
    public static byte[] json(byte[] particle) {
        return Arrays.copyOfRange(particle, HEADER + 8 * cellCount(particle), particle.length);
    }

    /** The cells of a stored particle. */
    public static long[] cells(byte[] particle) {
        long[] cells = new long[cellCount(particle)];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Bytes.getLong(particle, HEADER + 8 * i);
        }
        return cells;
    }

    public static boolean isRegion(byte[] particle) {
        return (particle[0] & REGION) != 0;
    }

    private static int cellCount(byte[] particle) {
        return Bytes.getShort(particle, 1);
    }

    /**
     * How a stored particle takes part in a geo match (SRV {@code as_particle_geojson_match}): a region is read from
     * its JSON, a point is its first cell (none: cell 0, which matches nothing).
     */
    public static GeoValue candidate(byte[] particle) throws GeoJsonException {
        if (isRegion(particle)) {
            return GeoValue.parse(json(particle));
        }
        long[] cells = cells(particle);
        return GeoValue.ofCell(cells.length == 0 ? 0 : cells[0]);
    }
}
