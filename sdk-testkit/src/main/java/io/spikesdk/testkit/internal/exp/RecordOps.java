package io.spikesdk.testkit.internal.exp;

import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.ops.RecordView;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Record metadata (64–74), KEY (80), BIN (81) and BIN_TYPE (82), with the units of docs/cdt-and-expressions.md §8.4
 * and docs/embedded-server.md C-8.4: times in nanoseconds since the Unix epoch, SINCE_UPDATE in milliseconds, TTL in
 * seconds, -1 for records that never expire; DIGEST_MODULO reads digest bytes 16–19 little-endian. The embedded
 * server keeps records in memory: MEMORY_SIZE equals RECORD_SIZE and DEVICE_SIZE is 0; it has no tombstones.
 * Evaluated on metadata only (a scan's or query's first look at a record), BIN, BIN_TYPE and KEY are UNKNOWN.
 */
final class RecordOps {
    private static final int DIGEST_MODULO = 64;
    private static final int DEVICE_SIZE = 65;
    private static final int LAST_UPDATE = 66;
    private static final int SINCE_UPDATE = 67;
    private static final int VOID_TIME = 68;
    private static final int TTL = 69;
    private static final int SET_NAME = 70;
    private static final int KEY_EXISTS = 71;
    private static final int IS_TOMBSTONE = 72;
    private static final int KEY = 80;
    private static final int BIN = 81;
    private static final int BIN_TYPE = 82;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private RecordOps() {
    }

    static Typed compile(int op, List<Element> args) throws ExpException {
        switch (op) {
            case DIGEST_MODULO:
                ExpCompiler.count(args, 1, 1);
                long m = ExpCompiler.staticInt(args.get(0));
                if (m == 0) {
                    throw ExpException.param("DIGEST_MODULO by 0");
                }
                return ints(env -> Values.integer(digestLow32(env.record()) % m));
            case KEY:
                ExpCompiler.count(args, 1, 1);
                ExpType keyType = ExpType.ofCode(ExpCompiler.staticInt(args.get(0)));
                if (keyType != ExpType.INT && keyType != ExpType.STRING && keyType != ExpType.BLOB) {
                    throw ExpException.param("KEY type must be INT, STRING or BLOB");
                }
                return new Typed(env -> env.metadataOnly() ? null : key(env.record(), keyType), keyType);
            case BIN:
                ExpCompiler.count(args, 2, 2);
                ExpType binType = ExpType.ofCode(ExpCompiler.staticInt(args.get(0)));
                String name = ExpCompiler.name(args.get(1));
                int particle = Values.particleType(binType);
                return new Typed(env -> {
                    if (env.metadataOnly()) {
                        return null;
                    }
                    Bin b = env.record().bin(name);
                    return b == null || b.type() != particle ? null : Values.fromParticle(b.type(), b.value());
                }, binType);
            case BIN_TYPE:
                ExpCompiler.count(args, 1, 1);
                String typeOf = ExpCompiler.name(args.get(0));
                return ints(env -> {
                    if (env.metadataOnly()) {
                        return null;
                    }
                    Bin b = env.record().bin(typeOf);
                    return Values.integer(b == null ? ParticleType.NULL : b.type());
                });
            default:
                ExpCompiler.count(args, 0, 0);
                return metadata(op);
        }
    }

    private static Typed metadata(int op) {
        switch (op) {
            case DEVICE_SIZE:
                return ints(env -> Values.integer(0));
            case LAST_UPDATE:
                return ints(env -> Values.integer(env.record().lastUpdateMillis() * NANOS_PER_MILLI));
            case SINCE_UPDATE:
                return ints(env -> Values.integer(
                        Math.max(0, env.record().nowMillis() - env.record().lastUpdateMillis())));
            case VOID_TIME:
                return ints(env -> Values.integer(voidTimeNanos(env.record())));
            case TTL:
                return ints(env -> Values.integer(ttl(env.record())));
            case SET_NAME:
                return new Typed(env -> setName(env.record()), ExpType.STRING);
            case KEY_EXISTS:
                return Logic.bool(env -> Values.bool(env.record().storedKey() != null));
            case IS_TOMBSTONE:
                return Logic.bool(env -> Values.bool(false));
            default:
                return ints(env -> Values.integer(recordSize(env.record())));
        }
    }

    /** Digest bytes 16–19 as an unsigned little-endian 32-bit integer. */
    static long digestLow32(RecordView r) {
        byte[] d = r.digest();
        return (d[16] & 0xffL) | (d[17] & 0xffL) << 8 | (d[18] & 0xffL) << 16 | (d[19] & 0xffL) << 24;
    }

    private static long voidTimeNanos(RecordView r) {
        long vt = r.voidTime();
        return vt == 0 ? -1 : (vt + ServerClock.CITRUSLEAF_EPOCH_SECONDS) * NANOS_PER_SECOND;
    }

    private static long ttl(RecordView r) {
        long vt = r.voidTime();
        if (vt == 0) {
            return -1;
        }
        long now = r.nowMillis() / 1000 - ServerClock.CITRUSLEAF_EPOCH_SECONDS;
        return Math.max(1, vt - now);
    }

    private static Element setName(RecordView r) {
        String set = r.setName();
        byte[] utf8 = set == null ? new byte[0] : set.getBytes(StandardCharsets.UTF_8);
        return Values.bytes(ParticleType.STRING, utf8, 0);
    }

    private static long recordSize(RecordView r) {
        return r.storedSize();
    }

    private static Element key(RecordView r, ExpType type) {
        byte[] k = r.storedKey();
        if (k == null || k.length == 0 || (k[0] & 0xff) != Values.particleType(type)) {
            return null;
        }
        return Values.fromParticle(k[0] & 0xff, Arrays.copyOfRange(k, 1, k.length));
    }

    private static Typed ints(Node n) {
        return new Typed(n, ExpType.INT);
    }
}
