package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.ops.ComplexOpHandler;
import io.spikesdk.testkit.internal.ops.FilterEvaluator;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.udf.UdfEngine;
import io.spikesdk.testkit.internal.udf.UdfRegistry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes a parsed type-3 AS_MSG the way the server does (docs/wire-protocol.md §2) and writes the reply. */
public final class RecordService {
    private static final Logger LOG = LoggerFactory.getLogger(RecordService.class);
    private final Map<String, NamespaceStore> namespaces;
    private final ReadCommand read;
    private final WriteCommand write;
    private final DeleteCommand delete;
    private final UdfCommand udf;
    private final FilterEvaluator filters;
    private final RecordRows rows;
    private final UdfEngine udfs;
    private final ServerClock clock;

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
        if ((info2 & INFO2_WRITE) != 0 && (info2 & INFO2_DELETE) != 0) {
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
}
