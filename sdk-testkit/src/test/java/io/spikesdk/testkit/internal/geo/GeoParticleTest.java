package io.spikesdk.testkit.internal.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The stored particle: flags, cells and JSON, as CE 8.1.2.0 returns it on a read. */
class GeoParticleTest {
    private static byte[] wire(String json, long... cells) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[3 + 8 * cells.length + text.length];
        out[2] = (byte) cells.length;
        for (int i = 0; i < cells.length; i++) {
            for (int b = 0; b < 8; b++) {
                out[3 + 8 * i + b] = (byte) (cells[i] >>> (56 - 8 * b));
            }
        }
        System.arraycopy(text, 0, out, 3 + 8 * cells.length, text.length);
        return out;
    }

    @Test
    void aPointKeepsItsLeafCellAndTheCellsSentAreIgnored() throws GeoJsonException {
        String json = "{\"type\":\"Point\",\"coordinates\":[-122.0, 37.5]}";
        byte[] stored = GeoParticle.fromClient(wire(json, 42L, 43L));
        assertEquals("000001808fb8a247954393", HexFormat.of().formatHex(stored, 0, 11));
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), GeoParticle.json(stored));
        assertFalse(GeoParticle.isRegion(stored));
    }

    @Test
    void aRegionIsFlaggedWithItsCovering() throws GeoJsonException {
        byte[] stored = GeoParticle.fromClient(wire("{\"type\":\"AeroCircle\",\"coordinates\":[[1,2], 1000]}"));
        assertTrue(GeoParticle.isRegion(stored));
        assertEquals(12, GeoParticle.cells(stored).length);
        assertTrue(GeoParticle.candidate(stored).isRegion());
    }

    @Test
    void shortOrInvalidValuesAreRefused() {
        assertThrows(GeoJsonException.class, () -> GeoParticle.fromClient(new byte[] {0, 0}));
        assertThrows(GeoJsonException.class, () -> GeoParticle.fromClient(wire("{}", 1L, 2L)));
        byte[] cellsMissing = wire("{\"type\":\"Point\",\"coordinates\":[1,2]}");
        cellsMissing[2] = 9;
        assertThrows(GeoJsonException.class, () -> GeoParticle.fromClient(cellsMissing));
    }

    @Test
    void aParticleWithoutCellsMatchesNothingAsAPoint() throws GeoJsonException {
        byte[] fromExpression = wire("{\"type\":\"Point\",\"coordinates\":[1,2]}");
        GeoValue circle = GeoValue.parse("{\"type\":\"AeroCircle\",\"coordinates\":[[1,2], 1000]}");
        assertFalse(GeoParticle.candidate(fromExpression).matches(circle));
    }
}
