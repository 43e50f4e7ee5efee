package io.spikesdk.core.internal.net;

import io.spikesdk.core.internal.Log;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One TCP connection to a node (TCP_NODELAY) with its reusable request/response buffer.
 *
 * <p>Not thread-safe: a connection is used by one command at a time (borrowed from a
 * {@link ConnectionPool}). A connection that saw an I/O error, a timeout or an unparseable
 * response must be {@linkplain ConnectionPool#discard discarded}, never returned.
 */
public final class Connection {
    /** Initial buffer size. */
    public static final int INITIAL_BUFFER = 8 * 1024;
    /** Buffers grown beyond this are replaced by a fresh {@link #INITIAL_BUFFER} one on release. */
    public static final int BUFFER_CAP = 128 * 1024;

    private static final Log LOG = Log.named("core.connection");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String target;
    private byte[] buffer = new byte[INITIAL_BUFFER];
    private long lastUsedNanos;
    private int currentTimeoutMs = -1;
    private long readDeadlineNanos;
    private int socketTimeoutMs;
    private volatile boolean closed;

    private Connection(Socket socket, String target) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.target = target;
        this.lastUsedNanos = System.nanoTime();
    }

    /**
     * Opens a connection.
     *
     * @param connectTimeoutMs connect timeout, 0 = the OS default
     */
    public static Connection open(InetSocketAddress address, int connectTimeoutMs) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(address, connectTimeoutMs);
            return new Connection(socket, address.toString());
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** The buffer, grown (contents not kept) to at least {@code size} bytes. */
    public byte[] buffer(int size) {
        if (buffer.length < size) {
            buffer = new byte[Math.max(size, Math.min(buffer.length * 2, Integer.MAX_VALUE - 8))];
        }
        return buffer;
    }

    /** The buffer, grown to at least {@code size} bytes keeping its first {@code keep} bytes. */
    public byte[] growKeeping(int size, int keep) {
        if (buffer.length < size) {
            byte[] bigger = new byte[Math.max(size, Math.min(buffer.length * 2, Integer.MAX_VALUE - 8))];
            System.arraycopy(buffer, 0, bigger, 0, keep);
            buffer = bigger;
        }
        return buffer;
    }

    /** Current buffer size (for tests). */
    public int bufferSize() {
        return buffer.length;
    }

    /** Drops a buffer that grew beyond {@link #BUFFER_CAP}. */
    void shrinkBuffer() {
        if (buffer.length > BUFFER_CAP) {
            buffer = new byte[INITIAL_BUFFER];
        }
    }

    /**
     * Sets the timeouts of the following reads: each read waits at most {@code socketTimeoutMs}
     * (0 = no per-read limit) and never past {@code deadlineNanos} (0 = none).
     */
    public void setTimeouts(int socketTimeoutMs, long deadlineNanos) {
        this.socketTimeoutMs = socketTimeoutMs;
        this.readDeadlineNanos = deadlineNanos;
    }

    public void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        out.flush();
    }

    /** Reads exactly {@code length} bytes into {@code dst} at {@code offset}. */
    public void readFully(byte[] dst, int offset, int length) throws IOException {
        int end = offset + length;
        while (offset < end) {
            applyReadTimeout();
            int n = in.read(dst, offset, end - offset);
            if (n < 0) {
                throw new IOException("connection closed by " + target);
            }
            offset += n;
        }
    }

    private void applyReadTimeout() throws IOException {
        int timeout = socketTimeoutMs;
        if (readDeadlineNanos != 0) {
            long remainingNanos = readDeadlineNanos - System.nanoTime();
            if (remainingNanos <= 0) {
                throw new SocketTimeoutException("total timeout reached while reading from " + target);
            }
            // rounded up: a read capped by the deadline must not end before it (or a retry would start with ~0 ms)
            int remainingMs = (int) Math.min(Integer.MAX_VALUE, (remainingNanos + 999_999) / 1_000_000);
            if (timeout == 0 || remainingMs < timeout) {
                timeout = remainingMs;
            }
        }
        if (timeout != currentTimeoutMs) {
            socket.setSoTimeout(timeout);
            currentTimeoutMs = timeout;
        }
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the socket; safe to call twice and from another thread (unblocks a pending read). */
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            if (LOG.debugEnabled()) {
                LOG.debug("closing socket failed: " + e);
            }
        }
    }

    @Override
    public String toString() {
        return "Connection[" + target + (closed ? ", closed]" : "]");
    }
}
