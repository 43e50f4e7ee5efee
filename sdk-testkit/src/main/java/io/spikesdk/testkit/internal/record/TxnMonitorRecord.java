package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction's monitor record, as the official clients write it: set {@code <ERO~MRT}, user key the transaction
 * id, bins {@code id} (the id), {@code keyds} (an ordered list of the digests the transaction writes) and {@code fwd}
 * (set when the commit started rolling forward). The server keeps the transaction's deadline with it (in a bin of
 * its own, {@code deadline}: server-epoch seconds).
 */
final class TxnMonitorRecord {
    static final String SET = "<ERO~MRT";
    static final String ID_BIN = "id";
    static final String DIGESTS_BIN = "keyds";
    static final String FORWARD_BIN = "fwd";
    static final String DEADLINE_BIN = "deadline";

    private TxnMonitorRecord() {
    }

    static long deadline(StoredRecord monitor) {
        return integer(monitor.bin(DEADLINE_BIN));
    }

    static long txnId(StoredRecord monitor) {
        return integer(monitor.bin(ID_BIN));
    }

    /** Whether the commit of the transaction has started (its roll-forward must then be completed, never undone). */
    static boolean rollingForward(StoredRecord monitor) {
        return monitor.bin(FORWARD_BIN) != null;
    }

    /** The digests of the records the transaction writes. */
    static List<Digest> digests(StoredRecord monitor) {
        Bin keyds = monitor.bin(DIGESTS_BIN);
        List<Digest> digests = new ArrayList<>();
        if (keyds == null) {
            return digests;
        }
        Element list = CdtEngine.decodeContainer(keyds.type(), keyds.value());
        if (list instanceof MpList l) {
            for (Element e : l.items) {
                if (e instanceof MpBytes b && b.payload().length == Digest.SIZE + 1) {
                    byte[] d = new byte[Digest.SIZE];
                    System.arraycopy(b.payload(), 1, d, 0, Digest.SIZE);
                    digests.add(new Digest(d));
                }
            }
        }
        return digests;
    }

    static Bin integerBin(String name, long value) {
        return new Bin(name, ParticleType.INTEGER, ByteBuffer.allocate(8).putLong(value).array());
    }

    private static long integer(Bin bin) {
        return bin == null || bin.type() != ParticleType.INTEGER || bin.value().length != 8 ? 0
                : ByteBuffer.wrap(bin.value()).getLong();
    }
}
