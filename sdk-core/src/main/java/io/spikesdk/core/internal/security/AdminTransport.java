package io.spikesdk.core.internal.security;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.ConnectionPool;
import io.spikesdk.core.internal.net.Frames;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Exchanges one admin message (a request frame built with {@link AdminMessageWriter}) on a pooled connection of any
 * active node, as the official clients do: every node holds the cluster's whole security store. The connection goes
 * back to its pool after a complete reply and is closed after an I/O error, a timeout or an unparseable reply (bytes
 * of the reply may still be in flight). For {@code sdk-admin}; not application API.
 */
public final class AdminTransport {
    /** Size of the reply header a command's answer consists of: proto header plus admin header. */
    static final int REPLY_HEADER_SIZE = Proto.HEADER_SIZE + AdminMessageWriter.HEADER_SIZE;

    private final Cluster cluster;

    private AdminTransport(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * The transport of a client created by this SDK.
     *
     * @throws IllegalArgumentException when {@code client} is another implementation of {@link AerospikeClient}
     */
    public static AdminTransport of(AerospikeClient client) {
        Objects.requireNonNull(client, "client");
        if (!(client instanceof SpikeClient spike)) {
            throw new IllegalArgumentException("admin calls need a client created by the Spike SDK "
                + "(AerospikeClient.create / ClientConfig), not " + client.getClass().getName());
        }
        return new AdminTransport(spike.internalCluster());
    }

    /** The user the client logs in as ({@code ClientConfig.user()}), or {@code null} without one. */
    public String clientUser() {
        return cluster.config().user();
    }

    /**
     * Tells the client's login that the server accepted {@code newPassword} for {@code user}: when that user is the
     * one the client logs in as, its later logins use the new password; nothing otherwise.
     *
     * @return whether {@code user} is the client's own user
     */
    public boolean passwordChanged(String user, String newPassword) {
        LoginCredentials credentials = cluster.credentials();
        if (credentials == null || !user.equals(credentials.user())) {
            return false;
        }
        credentials.replacePassword(newPassword);
        return true;
    }

    /** Receives the records of a query reply with result 0, one call per record. */
    @FunctionalInterface
    public interface RecordVisitor {
        /** Reads the current record's fields from {@code reader} ({@code nextField()} and the field accessors). */
        void record(AdminMessageReader reader) throws MessageFormatException;
    }

    /**
     * Sends a command and reads its reply header.
     *
     * @param what the command as the error message names it, e.g. {@code "create user 'bob'"}
     * @param timeoutMs how long the whole exchange (waiting for a connection included) may take; 0 = no limit
     * @throws AerospikeException the reply's result code when it is not 0 (a security code raises
     *     {@link io.spikesdk.api.AuthenticationException}); TIMEOUT, SERVER_NOT_AVAILABLE or PARSE_ERROR when the
     *     exchange failed
     */
    public void execute(String what, byte[] request, int timeoutMs) {
        exchange(what, request, timeoutMs, null);
    }

    /**
     * Sends a query and hands each record of its reply frames to {@code visitor} until the record whose result is
     * 50 (QUERY_END).
     *
     * @throws AerospikeException as {@link #execute}, for a record with another non-zero result
     */
    public void query(String what, byte[] request, int timeoutMs, RecordVisitor visitor) {
        exchange(what, request, timeoutMs, Objects.requireNonNull(visitor, "visitor"));
    }

    private void exchange(String what, byte[] request, int timeoutMs, RecordVisitor visitor) {
        cluster.ensureConnected();
        Node node = cluster.anyNode();
        long start = System.nanoTime();
        long deadline = timeoutMs > 0 ? start + TimeUnit.MILLISECONDS.toNanos(timeoutMs) : 0;
        ConnectionPool pool = node.pool();
        Connection conn;
        try {
            conn = pool.borrow(timeoutMs > 0 ? TimeUnit.MILLISECONDS.toNanos(timeoutMs) : Long.MAX_VALUE);
        } catch (IOException e) {
            throw AerospikeException.create(ResultCode.SERVER_NOT_AVAILABLE,
                what + ": cannot connect to node " + node.name() + ": " + e.getMessage(), node.name(), false, 0, e);
        }
        int result;
        try {
            conn.setTimeouts(0, deadline);
            conn.write(request, request.length);
            result = visitor == null ? readHeader(conn) : readRecords(conn, visitor);
            pool.release(conn);
        } catch (SocketTimeoutException e) {
            pool.discard(conn);
            throw new CommandTimeoutException(what + ": no admin reply within " + timeoutMs + " ms", node.name(),
                false, 1, true, e);
        } catch (IOException e) {
            pool.discard(conn);
            throw AerospikeException.create(ResultCode.SERVER_NOT_AVAILABLE,
                what + ": connection to node " + node.name() + " failed: " + e.getMessage(), node.name(), false, 1, e);
        } catch (MessageFormatException e) {
            pool.discard(conn);
            throw AerospikeException.create(ResultCode.PARSE_ERROR, what + ": malformed admin reply: " + e.getMessage(),
                node.name(), false, 1, e);
        } catch (RuntimeException e) {
            pool.discard(conn);
            throw e;
        }
        if (result != 0) {
            throw failure(what, result, node.name());
        }
    }

    /** Reads the 24-byte reply of a command (and any fields the server added) and returns its result code. */
    static int readHeader(Connection conn) throws IOException, MessageFormatException {
        int bodyLength = Frames.read(conn, Proto.TYPE_ADMIN);
        if (bodyLength < AdminMessageWriter.HEADER_SIZE) {
            throw new MessageFormatException("admin reply of " + bodyLength + " bytes, shorter than its header");
        }
        return conn.buffer(REPLY_HEADER_SIZE)[Proto.HEADER_SIZE + AdminMessageWriter.RESULT_OFFSET] & 0xFF;
    }

    /** Reads reply frames until a record with a non-zero result; returns 0 for QUERY_END, else that result. */
    private static int readRecords(Connection conn, RecordVisitor visitor) throws IOException, MessageFormatException {
        while (true) {
            int bodyLength = Frames.read(conn, Proto.TYPE_ADMIN);
            AdminMessageReader reader = new AdminMessageReader(conn.buffer(Proto.HEADER_SIZE), Proto.HEADER_SIZE,
                bodyLength);
            while (reader.nextRecord()) {
                int result = reader.resultCode();
                if (result == ResultCode.QUERY_END.code()) {
                    return 0;
                }
                if (result != 0) {
                    return result;
                }
                visitor.record(reader);
            }
        }
    }

    /** The exception for a non-zero result: the code's meaning, the command and, for 51, what it means. */
    static AerospikeException failure(String what, int result, String node) {
        ResultCode code = ResultCode.fromCode(result);
        if (code == null) {
            return AerospikeException.create(ResultCode.SERVER_ERROR,
                what + " failed: unknown result code " + result, node, false, 1);
        }
        String detail = code == ResultCode.SECURITY_NOT_SUPPORTED
            ? "security is not supported by this server (Community Edition): " + what + " needs an Enterprise server "
                + "with security enabled"
            : what + " failed: " + code.message();
        return AerospikeException.create(code, detail, node, false, 1);
    }
}
