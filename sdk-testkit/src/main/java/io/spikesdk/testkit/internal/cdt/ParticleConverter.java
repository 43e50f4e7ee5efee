package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;

/** Converts one element to the reply particle the server emits for a single VALUE or KEY result. */
final class ParticleConverter {
    private ParticleConverter() {
    }

    /**
     * Integer → INTEGER (8 bytes), float → DOUBLE (8 bytes, widened), bool → BOOL, string → STRING without the
     * type byte, bytes → the particle type named by their type byte, GeoJSON → GEOJSON with an empty cell header,
     * list/map → LIST/MAP msgpack. Nil gives null: the server emits no op entry for it.
     */
    static Particle of(Element e) {
        if (e instanceof MpNil) {
            return null;
        }
        if (e instanceof MpBool b) {
            return Particle.ofBool(b.value());
        }
        if (e instanceof MpInt i) {
            return Particle.ofLong(i.value());
        }
        if (e instanceof MpFloat f) {
            Particle p = Particle.ofLong(Double.doubleToRawLongBits(f.value()));
            return new Particle(Particle.DOUBLE, p.bytes());
        }
        if (e instanceof MpBytes s) {
            byte[] payload = s.payload();
            if (payload.length == 0) {
                return new Particle(Particle.BLOB, payload);
            }
            byte[] rest = Arrays.copyOfRange(payload, 1, payload.length);
            if (s.isGeoJson()) {
                byte[] geo = new byte[rest.length + 3];
                System.arraycopy(rest, 0, geo, 3, rest.length);
                return new Particle(Particle.GEOJSON, geo);
            }
            return new Particle(s.typeByte(), rest);
        }
        if (e instanceof MpList) {
            return new Particle(Particle.LIST, MsgpackWriter.encode(e));
        }
        if (e instanceof MpMap) {
            return new Particle(Particle.MAP, MsgpackWriter.encode(e));
        }
        return new Particle(Particle.BLOB, ((MpExt) e).data());
    }
}
