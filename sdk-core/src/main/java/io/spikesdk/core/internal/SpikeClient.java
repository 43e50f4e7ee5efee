package io.spikesdk.core.internal;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ClusterView;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.LiveClusterView;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.BlockingDriver;
import io.spikesdk.core.internal.command.Requests;
import io.spikesdk.core.internal.command.ResultHandler;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.serial.Serialization;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The synchronous client: resolves policies ({@code null} = the config defaults), builds the request,
 * and runs it through the {@link BlockingDriver}. Commands issued before {@link #connect()} connect first
 * ({@link Cluster#ensureConnected()}: a volatile read once connected).
 * Serializers (docs/architecture.md §3) are resolved once, at the first {@code connect()} or command.
 */
public final class SpikeClient implements AerospikeClient {
    private final ClientConfig config;
    private final Cluster cluster;
    private final BlockingDriver driver;
    private final ClusterView view;
    private final WritePolicy readOnlyOperateDefault;
    private final ReentrantLock serializationLock = new ReentrantLock();
    private volatile Serialization serialization;

    public SpikeClient(ClientConfig config) {
        if (config == null) {
            throw new NullPointerException("config must not be null");
        }
        this.config = config;
        this.cluster = new Cluster(config);
        this.driver = new BlockingDriver(cluster);
        this.view = new LiveClusterView(cluster);
        this.readOnlyOperateDefault = WritePolicy.builder(config.defaults().read()).build();
    }

    /**
     * Resolves the serializers, then connects: a serializer name that no jar provides fails here, listing
     * the names that are available.
     */
    @Override
    public AerospikeClient connect() {
        serialization();
        cluster.connect();
        return this;
    }

    private Serialization serialization() {
        Serialization s = serialization;
        if (s == null) {
            serializationLock.lock();
            try {
                s = serialization;
                if (s == null) {
                    s = Serialization.resolve(config);
                    serialization = s;
                }
            } finally {
                serializationLock.unlock();
            }
        }
        return s;
    }

    @Override
    public boolean isConnected() {
        return cluster.isConnected();
    }

    @Override
    public void close() {
        cluster.close();
    }

    @Override
    public ClientConfig config() {
        return config;
    }

    /** The cluster behind this client, for this module's tests (through their {@code ClientInternals}). */
    Cluster internalCluster() {
        return cluster;
    }

    @Override
    public List<NodeInfo> nodes() {
        return view.nodes();
    }

    @Override
    public ClusterView cluster() {
        return view;
    }

    private void ready() {
        cluster.ensureConnected();
    }

    private Policy read(Policy p) {
        return p != null ? p : config.defaults().read();
    }

    private WritePolicy write(WritePolicy p) {
        return p != null ? p : config.defaults().write();
    }

    private static Key key(Key key) {
        if (key == null) {
            throw new NullPointerException("key must not be null");
        }
        return key;
    }

    @Override
    public void put(Key key, Map<String, ?> bins) {
        put(null, key, bins);
    }

    @Override
    public void put(WritePolicy policy, Key key, Map<String, ?> bins) {
        if (bins == null) {
            throw new NullPointerException("bins must not be null");
        }
        Bin[] array = new Bin[bins.size()];
        int i = 0;
        for (Map.Entry<String, ?> e : bins.entrySet()) {
            array[i++] = new Bin(e.getKey(), Value.of(e.getValue()));
        }
        put(policy, key, array);
    }

    @Override
    public void put(Key key, Bin... bins) {
        put(null, key, bins);
    }

    @Override
    public void put(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.WRITE, bins);
    }

    @Override
    public void append(Key key, Bin... bins) {
        append(null, key, bins);
    }

    @Override
    public void append(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.APPEND, bins);
    }

    @Override
    public void prepend(Key key, Bin... bins) {
        prepend(null, key, bins);
    }

    @Override
    public void prepend(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.PREPEND, bins);
    }

    @Override
    public void add(Key key, Bin... bins) {
        add(null, key, bins);
    }

    @Override
    public void add(WritePolicy policy, Key key, Bin... bins) {
        writeBins(policy, key, OpType.INCR, bins);
    }

    @Override
    public void removeBin(Key key, String... binNames) {
        removeBin(null, key, binNames);
    }

    @Override
    public void removeBin(WritePolicy policy, Key key, String... binNames) {
        Objects.requireNonNull(binNames, "binNames");
        if (binNames.length == 0) {
            throw new IllegalArgumentException("binNames: at least one bin name is required");
        }
        Bin[] bins = new Bin[binNames.length];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin(binNames[i], Value.NULL);
        }
        writeBins(policy, key, OpType.WRITE, bins);
    }

    private void writeBins(WritePolicy policy, Key key, int opCode, Bin[] bins) {
        var request = Requests.write(write(policy), key(key), opCode, bins, serialization());
        ready();
        driver.execute(request, ResultHandler.WRITE);
    }

    @Override
    public Record get(Key key) {
        return get(null, key);
    }

    @Override
    public Record get(Policy policy, Key key) {
        return get(policy, key, (String[]) null);
    }

    @Override
    public Record get(Key key, String... binNames) {
        return get(null, key, binNames);
    }

    @Override
    public Record get(Policy policy, Key key, String... binNames) {
        var request = Requests.read(read(policy), key(key), binNames, serialization());
        ready();
        return driver.execute(request, ResultHandler.RECORD);
    }

    @Override
    public Record getHeader(Key key) {
        return getHeader(null, key);
    }

    @Override
    public Record getHeader(Policy policy, Key key) {
        var request = Requests.readHeader(read(policy), key(key));
        ready();
        return driver.execute(request, ResultHandler.RECORD);
    }

    @Override
    public boolean exists(Key key) {
        return exists(null, key);
    }

    @Override
    public boolean exists(Policy policy, Key key) {
        var request = Requests.readHeader(read(policy), key(key));
        ready();
        return driver.execute(request, ResultHandler.FOUND);
    }

    @Override
    public boolean delete(Key key) {
        return delete(null, key);
    }

    @Override
    public boolean delete(WritePolicy policy, Key key) {
        var request = Requests.delete(write(policy), key(key));
        ready();
        return driver.execute(request, ResultHandler.FOUND);
    }

    @Override
    public void touch(Key key) {
        touch(null, key);
    }

    @Override
    public void touch(WritePolicy policy, Key key) {
        var request = Requests.touch(write(policy), key(key));
        ready();
        driver.execute(request, ResultHandler.WRITE);
    }

    @Override
    public Record operate(Key key, Operation... operations) {
        return operate(null, key, operations);
    }

    @Override
    public Record operate(Key key, List<Operation> operations) {
        return operate(null, key, operations);
    }

    @Override
    public Record operate(WritePolicy policy, Key key, List<Operation> operations) {
        if (operations == null) {
            throw new NullPointerException("operations must not be null");
        }
        return operate(policy, key, operations.toArray(new Operation[0]));
    }

    @Override
    public Record operate(WritePolicy policy, Key key, Operation... operations) {
        WritePolicy p = policy;
        if (p == null) {
            p = hasWrite(operations) ? config.defaults().write() : readOnlyOperateDefault;
        }
        var request = Requests.operate(p, key(key), operations, serialization());
        ready();
        return driver.execute(request, ResultHandler.OPERATE);
    }

    private static boolean hasWrite(Operation[] operations) {
        if (operations != null) {
            for (Operation op : operations) {
                if (op != null && op.type().isWrite()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String info(String command) {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command: an info command must not be empty");
        }
        return info(new String[] {command}).get(command);
    }

    @Override
    public Map<String, String> info(String... commands) {
        Objects.requireNonNull(commands, "commands");
        if (commands.length == 0) {
            throw new IllegalArgumentException("commands: at least one info command is required");
        }
        ready();
        Node node = cluster.anyNode();
        int timeout = config.defaults().read().totalTimeout();
        Map<String, String> answers;
        try {
            answers = node.info(Arrays.asList(commands), timeout > 0 ? timeout : 1000);
        } catch (IOException e) {
            throw new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                    "info request to node " + node + " failed: " + e.getMessage(), node.name(), false, 1, e);
        }
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            AerospikeException error = Info.error(answer.getKey(), answer.getValue(), node.name());
            if (error != null) {
                throw error;
            }
        }
        return answers;
    }

    @Override
    public String toString() {
        return "SpikeClient" + config.hosts();
    }
}
