package io.spikesdk.core.internal.command;

import io.spikesdk.api.Bin;
import io.spikesdk.api.CommitLevel;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.serial.Serialization;
import io.spikesdk.core.internal.protocol.MsgFlags;

import java.util.Objects;

/**
 * Builds the {@link Request} of each single-record command with the header bits of the official
 * client (docs/wire-protocol.md §9 and §13).
 */
public final class Requests {
    private Requests() {
    }

    /** put / append / prepend / add / removeBin without serializers: one op of {@code opCode} per bin. */
    public static Request write(WritePolicy p, Key key, int opCode, Bin[] bins) {
        return write(p, key, opCode, bins, Serialization.DISABLED);
    }

    /**
     * put / append / prepend / add / removeBin: one op of {@code opCode} per bin; values nested in lists and
     * maps without an Aerospike type are serialized per the policy's mode.
     */
    public static Request write(WritePolicy p, Key key, int opCode, Bin[] bins, Serialization serial) {
        Objects.requireNonNull(bins, "bins");
        if (bins.length == 0) {
            throw new IllegalArgumentException("bins: at least one bin is required");
        }
        RequestLimits.checkOpCount(bins.length, "bins");
        MsgPackWriter.Fallback fallback = serial.fallback(p);
        Value[] prepared = null;
        int opsSize = 0;
        for (int i = 0; i < bins.length; i++) {
            Bin bin = bins[i];
            if (bin == null) {
                throw new NullPointerException("bins must not contain null");
            }
            Value value = bin.value();
            Value converted = Request.prepare(value, fallback);
            if (converted != null) {
                if (prepared == null) {
                    prepared = new Value[bins.length];
                }
                prepared[i] = converted;
                value = converted;
            }
            opsSize += Request.opSize(bin.name(), value);
        }
        return new Request(key, p, serial, writeInfo1(p), writeInfo2(p, MsgFlags.INFO2_WRITE), writeInfo3(p), opCode,
                bins, prepared, opsSize);
    }

    public static Request delete(WritePolicy p, Key key) {
        return new Request(key, p, Serialization.DISABLED, writeInfo1(p),
                writeInfo2(p, MsgFlags.INFO2_WRITE | MsgFlags.INFO2_DELETE), writeInfo3(p), 0, null, null, 0);
    }

    public static Request touch(WritePolicy p, Key key) {
        return new Request(key, p, Serialization.DISABLED, writeInfo1(p), writeInfo2(p, MsgFlags.INFO2_WRITE),
                writeInfo3(p), 0, Request.TOUCH_OPS, null, Request.opSize(null, null));
    }

    /** get without deserializers: all bins when {@code binNames} is null or empty, else one READ op per name. */
    public static Request read(Policy p, Key key, String[] binNames) {
        return read(p, key, binNames, Serialization.DISABLED);
    }

    /** get: like {@link #read(Policy, Key, String[])}, decoding blob bins by the read rules of {@code serial}. */
    public static Request read(Policy p, Key key, String[] binNames, Serialization serial) {
        int info1 = MsgFlags.INFO1_READ;
        String[] names = null;
        int opsSize = 0;
        if (binNames == null || binNames.length == 0) {
            info1 |= MsgFlags.INFO1_GET_ALL;
        } else {
            names = binNames;
            RequestLimits.checkOpCount(binNames.length, "bin names");
            for (String name : binNames) {
                if (name == null) {
                    throw new NullPointerException("bin names must not contain null");
                }
                opsSize += Request.opSize(name, null);
            }
        }
        info1 |= apAll(p);
        if (p.compress()) {
            info1 |= MsgFlags.INFO1_COMPRESS_RESPONSE;
        }
        return new Request(key, p, serial, info1, 0, scBits(p), 0, names, null, opsSize);
    }

    /** exists and getHeader: READ + NOBINDATA, no ops. */
    public static Request readHeader(Policy p, Key key) {
        int info1 = MsgFlags.INFO1_READ | MsgFlags.INFO1_NOBINDATA | apAll(p);
        return new Request(key, p, Serialization.DISABLED, info1, 0, scBits(p), 0, null, null, 0);
    }

    /**
     * operate: READ / GET_ALL / NOBINDATA from the ops, WRITE when any op writes, RESPOND_ALL_OPS when
     * the policy asks or a map/bit/HLL/expression op is present (never together with GET_ALL); the
     * record_ttl is the expiration with writes, the read-touch percent without.
     */
    public static Request operate(WritePolicy p, Key key, Operation[] operations) {
        return operate(p, key, operations, Serialization.DISABLED);
    }

    /** operate, serializing and decoding values by {@code serial} (see {@link #write(WritePolicy, Key, int, Bin[], Serialization)}). */
    public static Request operate(WritePolicy p, Key key, Operation[] operations, Serialization serial) {
        Objects.requireNonNull(operations, "operations");
        if (operations.length == 0) {
            throw new IllegalArgumentException("operations: operate needs at least one operation");
        }
        RequestLimits.checkOpCount(operations.length, "operations");
        int readAttr = 0;
        int writeAttr = 0;
        boolean readBin = false;
        boolean readHeader = false;
        boolean respondAll = false;
        MsgPackWriter.Fallback fallback = serial.fallback(p);
        Value[] prepared = null;
        int opsSize = 0;
        for (int i = 0; i < operations.length; i++) {
            Operation op = operations[i];
            if (op == null) {
                throw new NullPointerException("operations must not contain null");
            }
            switch (op.type()) {
                // As the official client: map, bit, HLL and expression operations ask for every op's result.
                case MAP_READ: case BIT_READ: case EXP_READ: case HLL_READ:
                    respondAll = true;
                    readAttr = readBinAttr(readAttr, op);
                    readBin = true;
                    break;
                case CDT_READ:
                case READ:
                    readAttr = readBinAttr(readAttr, op);
                    readBin = true;
                    break;
                case READ_HEADER:
                    readAttr |= MsgFlags.INFO1_READ;
                    readHeader = true;
                    break;
                case MAP_MODIFY: case BIT_MODIFY: case EXP_MODIFY: case HLL_MODIFY:
                    respondAll = true;
                    writeAttr = MsgFlags.INFO2_WRITE;
                    break;
                default:
                    writeAttr = MsgFlags.INFO2_WRITE;
                    break;
            }
            Value value = op.value();
            Value converted = Request.prepare(value, fallback);
            if (converted != null) {
                if (prepared == null) {
                    prepared = new Value[operations.length];
                }
                prepared[i] = converted;
                value = converted;
            }
            opsSize += Request.opSize(op.binName(), value);
        }
        if (readHeader && !readBin) {
            readAttr |= MsgFlags.INFO1_NOBINDATA;
        }
        if ((respondAll || p.respondAllOps()) && (readAttr & MsgFlags.INFO1_GET_ALL) == 0) {
            writeAttr |= MsgFlags.INFO2_RESPOND_ALL_OPS;
        }
        int info1 = readAttr | writeInfo1(p) | apAll(p);
        if (p.compress()) {
            info1 |= MsgFlags.INFO1_COMPRESS_RESPONSE;
        }
        int info2 = writeInfo2(p, writeAttr);
        int info3 = writeInfo3(p) | scBits(p);
        return new Request(key, p, serial, info1, info2, info3, 0, operations, prepared, opsSize);
    }

    private static int readBinAttr(int readAttr, Operation op) {
        readAttr |= MsgFlags.INFO1_READ;
        if (op.binName() == null) {
            readAttr |= MsgFlags.INFO1_GET_ALL;
        }
        return readAttr;
    }

    static int writeInfo1(WritePolicy p) {
        return p.xdr() ? MsgFlags.INFO1_XDR : 0;
    }

    static int writeInfo2(WritePolicy p, int base) {
        int attr = base;
        if (p.recordExistsAction() == RecordExistsAction.CREATE_ONLY) {
            attr |= MsgFlags.INFO2_CREATE_ONLY;
        }
        if (p.generationPolicy() == GenerationPolicy.EXPECT_GEN_EQUAL) {
            attr |= MsgFlags.INFO2_GENERATION;
        } else if (p.generationPolicy() == GenerationPolicy.EXPECT_GEN_GT) {
            attr |= MsgFlags.INFO2_GENERATION_GT;
        }
        if (p.durableDelete()) {
            attr |= MsgFlags.INFO2_DURABLE_DELETE;
        }
        return attr;
    }

    static int writeInfo3(WritePolicy p) {
        int attr = 0;
        switch (p.recordExistsAction()) {
            case UPDATE_ONLY:
                attr |= MsgFlags.INFO3_UPDATE_ONLY;
                break;
            case REPLACE:
                attr |= MsgFlags.INFO3_CREATE_OR_REPLACE;
                break;
            case REPLACE_ONLY:
                attr |= MsgFlags.INFO3_REPLACE_ONLY;
                break;
            default:
                break;
        }
        if (p.commitLevel() == CommitLevel.COMMIT_MASTER) {
            attr |= MsgFlags.INFO3_COMMIT_MASTER;
        }
        return attr;
    }

    static int apAll(Policy p) {
        return p.readModeAP() == ReadModeAP.ALL ? MsgFlags.INFO1_READ_MODE_AP_ALL : 0;
    }

    static int scBits(Policy p) {
        switch (p.readModeSC()) {
            case LINEARIZE:
                return MsgFlags.INFO3_SC_READ_TYPE;
            case ALLOW_REPLICA:
                return MsgFlags.INFO3_SC_READ_RELAX;
            case ALLOW_UNAVAILABLE:
                return MsgFlags.INFO3_SC_READ_TYPE | MsgFlags.INFO3_SC_READ_RELAX;
            default:
                return 0;
        }
    }
}
