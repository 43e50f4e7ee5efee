package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_ROLL_BACK;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_ROLL_FORWARD;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_VERIFY_READ;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.ops.ComplexOpHandler;
import io.spikesdk.testkit.internal.ops.FilterEvaluator;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.Provisional;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.udf.UdfEngine;
import io.spikesdk.testkit.internal.udf.UdfRegistry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes a parsed type-3 AS_MSG the way the server does (docs/wire-protocol.md §2) and writes the reply. */
public final class RecordService {
    private static final Logger LOG = LoggerFactory.getLogger(RecordService.class);
    private static final int TXN_INFO4 = INFO4_TXN_VERIFY_READ | INFO4_TXN_ROLL_FORWARD | INFO4_TXN_ROLL_BACK;
    private final Map<String, NamespaceStore> namespaces;
    private final ReadCommand read;
    private final WriteCommand write;
    private final DeleteCommand delete;
    private final UdfCommand udf;
    private final FilterEvaluator filters;
    private final RecordRows rows;
    private final UdfEngine udfs;
    private final ServerClock clock;
    private final TxnVerifyCommand verify = new TxnVerifyCommand();
    private final TxnRollCommand roll = new TxnRollCommand();
    private final TxnMonitorCommand monitor;
    private final TxnMonitors monitors;

    public RecordService(Map<String, NamespaceStore> namespaces, ServerClock clock, ComplexOpHandler complex,
            FilterEvaluator filters) {
        this(namespaces, clock, complex, filters, new UdfEngine(new UdfRegistry()));
    }

    /** A record service running UDFs with {@code udfs} (whose modules a cluster's nodes share). */
    public RecordService(Map<String, NamespaceStore> namespaces, ServerClock clock, ComplexOpHandler complex,
            FilterEvaluator filters, UdfEngine udfs) {
        this.udfs = udfs;
        this.clock = clock;
        this.namespaces = namespaces;
        this.filters = filters;
        OpExecutor ops = new OpExecutor(complex);
        RecordChecks checks = new RecordChecks(filters, clock);
        this.read = new ReadCommand(clock, ops, checks);
        this.write = new WriteCommand(clock, ops, checks);
        this.delete = new DeleteCommand(checks);
        this.udf = new UdfCommand(checks, clock, udfs);
        this.rows = new RecordRows(clock, complex, filters);
        this.monitor = new TxnMonitorCommand(clock, ops);
        this.monitors = new TxnMonitors(clock, (partitionId, command) -> command.accept(this));
    }

    /** How this node completes transactions abandoned by their clients (see {@link TxnMonitors}). */
    public TxnMonitors transactions() {
        return monitors;
    }

    /** Whether this node has a namespace of this name. */
    public boolean serves(String namespace) {
        return namespaces.containsKey(namespace);
    }

    /** 0 when a filter expression compiles to a boolean, else the code a command carrying it fails with. */
    public int checkFilter(byte[] expression) {
        return filters.validate(expression);
    }

    /** The store of the namespace of this name, or null when this node has none. */
    public NamespaceStore namespace(String name) {
        return name == null ? null : namespaces.get(name);
    }

    /** The namespaces of this node, by name. */
    public Map<String, NamespaceStore> namespaces() {
        return namespaces;
    }

    /** The UDF engine of this node. */
    public UdfEngine udfs() {
        return udfs;
    }

    /** The server clock's current second (server epoch). */
    public long clockSeconds() {
        return clock.nowSeconds();
    }

    /** How this node's records become the rows of a scan or query stream. */
    public RecordRows rows() {
        return rows;
    }

    /** Executes one message and leaves the finished reply frame in {@code out}. */
    public void handle(MessageView msg, MessageWriter out) {
        NamespaceStore store = namespaces.get(msg.fieldString(FieldType.NAMESPACE));
        if (store == null) {
            Replies.error(out, ResultCode.INVALID_NAMESPACE.code(), null);
            return;
        }
        byte[] digest = msg.fieldBytes(FieldType.DIGEST_RIPE);
        if (digest == null) {
            LOG.warn("a UDF call with neither a digest nor a UDF_OP field; answering {}",
                    ResultCode.UNSUPPORTED_FEATURE.code());
            Replies.last(out, ResultCode.UNSUPPORTED_FEATURE.code());
            return;
        }
        if (digest.length != Digest.SIZE) {
            Replies.error(out, ResultCode.PARAMETER_ERROR.code(), null);
            return;
        }
        RecordRequest req = new RecordRequest(msg, store, digest);
        int info2 = msg.info2();
        int info4 = msg.info4();
        boolean txnCommand = req.txn.inTxn() || (info4 & TXN_INFO4) != 0
                || (info2 & INFO2_WRITE) != 0 && TxnMonitorRecord.SET.equals(req.setName);
        if (txnCommand) {
            int refusal = txnRefusal(req);
            if (refusal != 0) {
                Replies.error(out, refusal, null);
                return;
            }
        }
        completeIfExpired(req);
        if ((info2 & INFO2_WRITE) != 0 && TxnMonitorRecord.SET.equals(req.setName)) {
            monitor.execute(req, out);
        } else if ((info4 & INFO4_TXN_VERIFY_READ) != 0) {
            verify.execute(req, out);
        } else if ((info4 & (INFO4_TXN_ROLL_FORWARD | INFO4_TXN_ROLL_BACK)) != 0) {
            roll.execute(req, out);
        } else if ((info2 & INFO2_WRITE) != 0 && (info2 & INFO2_DELETE) != 0) {
            delete.execute(req, out);
        } else if ((info2 & INFO2_WRITE) != 0 && msg.findField(FieldType.UDF_PACKAGE_NAME) >= 0) {
            udf.execute(req, out);
        } else if ((info2 & INFO2_WRITE) != 0) {
            write.execute(req, out);
        } else if ((msg.info1() & INFO1_READ) != 0) {
            read.execute(req, out);
        } else {
            Replies.error(out, ResultCode.PARAMETER_ERROR.code(), null);
        }
    }

    /**
     * Why a transaction's command is refused before it runs, or 0: UNSUPPORTED_FEATURE (16) outside a
     * strong-consistency namespace; for its writes, FAIL_FORBIDDEN (22) under disable-mrt-writes and MRT_EXPIRED
     * (122) once the deadline the command carries has passed.
     */
    private int txnRefusal(RecordRequest req) {
        if (!req.store.strongConsistency()) {
            return ResultCode.UNSUPPORTED_FEATURE.code();
        }
        boolean txnWrite = req.txn.inTxn() && (req.msg.info2() & INFO2_WRITE) != 0
                && (req.msg.info4() & TXN_INFO4) == 0;
        if (txnWrite && req.store.consistency().disableMrtWrites()) {
            return ResultCode.FAIL_FORBIDDEN.code();
        }
        if (txnWrite && req.txn.deadline() != 0 && req.txn.deadline() <= clock.nowSeconds()) {
            return ResultCode.MRT_EXPIRED.code();
        }
        return 0;
    }

    /** A record locked by a transaction whose deadline has passed: the transaction is completed first. */
    private void completeIfExpired(RecordRequest req) {
        Provisional p = req.store.provisional(req.digest);
        if (p != null && p.deadline() != 0 && p.deadline() <= clock.nowSeconds()) {
            monitors.complete(req.store.name(), p.txnId(), req.digest);
        }
    }
}
