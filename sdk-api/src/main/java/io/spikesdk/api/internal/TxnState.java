package io.spikesdk.api.internal;

import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Txn;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mutable side of a {@link Txn}, updated by the commands that run in it: the namespace, the read versions,
 * the written keys, the monitor's deadline, the state and the in-doubt flags. Thread-safe: commands of one
 * transaction may run on several threads at once (a parallel batch), as with the official client.
 */
public final class TxnState {
    private final long id;
    private final int timeout;
    private final ConcurrentHashMap<Key, Long> reads = new ConcurrentHashMap<>();
    private final Set<Key> writes = ConcurrentHashMap.newKeySet();
    private volatile Txn.State state = Txn.State.OPEN;
    private final AtomicReference<String> namespace = new AtomicReference<>();
    private volatile int deadline;
    private volatile boolean writeInDoubt;
    private volatile boolean inDoubt;

    public TxnState(long id, int timeout) {
        this.id = id;
        this.timeout = timeout;
    }

    public long id() {
        return id;
    }

    /** Seconds; 0 = the server's mrt-duration. */
    public int timeout() {
        return timeout;
    }

    /**
     * Checks that a command may still run in the transaction.
     *
     * @throws io.spikesdk.api.AerospikeException TXN_FAILED when it was verified, committed or aborted
     */
    public void verifyCommand() {
        Txn.State s = state;
        if (s != Txn.State.OPEN) {
            throw new io.spikesdk.api.AerospikeException(ResultCode.TXN_FAILED,
                "command not allowed in a transaction that is " + s);
        }
    }

    /**
     * Sets the namespace on the first command; later commands must use the same one.
     *
     * @throws io.spikesdk.api.AerospikeException PARAMETER_ERROR for a second namespace
     */
    public void setNamespace(String ns) {
        String current = namespace.compareAndExchange(null, ns);
        if (current != null && !current.equals(ns)) {
            throw new io.spikesdk.api.AerospikeException(ResultCode.PARAMETER_ERROR,
                "a transaction spans one namespace: it uses '" + current + "', this command names '" + ns + "'");
        }
    }

    public String namespace() {
        return namespace.get();
    }

    /** A read answered with {@code version} (null when the reply had none). */
    public void onRead(Key key, Long version) {
        if (version != null) {
            reads.put(key, version);
        }
    }

    /** A write answered {@code resultCode} with {@code version} (null when the reply had none). */
    public void onWrite(Key key, Long version, int resultCode) {
        if (version != null) {
            reads.put(key, version);
        } else if (resultCode == ResultCode.OK.code()) {
            reads.remove(key);
            writes.add(key);
        }
    }

    /** A write of {@code key} may have been applied (a timeout after sending it): roll it like a write. */
    public void onWriteInDoubt(Key key) {
        writeInDoubt = true;
        reads.remove(key);
        writes.add(key);
    }

    public Long readVersion(Key key) {
        return reads.get(key);
    }

    /** The live map of read keys and versions. */
    public Map<Key, Long> reads() {
        return reads;
    }

    /** The live set of written keys. */
    public Set<Key> writes() {
        return writes;
    }

    /** The monitor record's deadline as the server set it (0 while there is no monitor). */
    public int deadline() {
        return deadline;
    }

    public void deadline(int deadline) {
        this.deadline = deadline;
    }

    public boolean monitorExists() {
        return deadline != 0;
    }

    /** Whether commit/abort delete the monitor: it exists and no write is in doubt (the server then closes it). */
    public boolean closeMonitor() {
        return deadline != 0 && !writeInDoubt;
    }

    public Txn.State state() {
        return state;
    }

    public void state(Txn.State state) {
        this.state = state;
    }

    public boolean inDoubt() {
        return inDoubt;
    }

    public void inDoubt(boolean inDoubt) {
        this.inDoubt = inDoubt;
    }

    /** After the monitor was closed: forgets the keys, the namespace and the deadline. */
    public void clear() {
        namespace.set(null);
        deadline = 0;
        reads.clear();
        writes.clear();
    }
}
