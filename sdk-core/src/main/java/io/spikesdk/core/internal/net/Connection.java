package io.spikesdk.core.internal.net;

import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.tls.TlsContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One TCP connection to a node (TCP_NODELAY), clear or TLS, with its reusable request/response buffer.
 *
 * <p>Not thread-safe: a connection is used by one command at a time (borrowed from a
 * {@link ConnectionPool}). A connection that saw an I/O error, a timeout or an unparseable
 * response must be {@linkplain ConnectionPool#discard discarded}, never returned.
 *
 * <p>Reads go straight into the caller's array, as much as the socket has ({@link #readAtLeast});
 * bytes read past the end of a frame are kept and served first by the next read. The socket's read
 * timeout is only changed when a read needs another value, so the usual command sets nothing.
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
    /** Bytes read past the end of a frame, returned first by the next read ({@code [keptPos, keptLimit)}). */
    private byte[] kept;
    private int keptPos;
    private int keptLimit;
    /** Slot in the owning pool, -1 when not pooled. */
    int poolSlot = -1;
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
        return open(address, connectTimeoutMs, null, null);
    }

    /**
     * Opens a connection, a TLS one when {@code tls} is not null: the TCP connect and the TLS handshake together
     * take at most {@code connectTimeoutMs}, and the server certificate must carry {@code tlsName}.
     *
     * @param connectTimeoutMs connect timeout, 0 = the OS default (and no limit on the handshake)
     * @throws javax.net.ssl.SSLException naming the address, the TLS name and the reason when TLS fails
     */
    public static Connection open(InetSocketAddress address, int connectTimeoutMs, TlsContext tls, String tlsName)
            throws IOException {
        long start = System.nanoTime();
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(address, connectTimeoutMs);
            if (tls == null) {
                return new Connection(socket, address.toString());
            }
            int handshakeMs = 0;
            if (connectTimeoutMs > 0) {
                long left = connectTimeoutMs * 1_000_000L - (System.nanoTime() - start);
                if (left <= 0) {
                    throw new SocketTimeoutException("connect timeout (" + connectTimeoutMs + " ms) reached before the TLS "
                            + "handshake with " + address);
                }
                handshakeMs = ceilMillis(left);
            }
            return new Connection(tls.handshake(socket, address, tlsName, handshakeMs), address.toString());
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
     * (0 = no per-read limit) and never past {@code deadlineNanos} (0 = none), rounded up to the next
     * millisecond. Cheap: the socket option is only changed when a read needs it.
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
        readAtLeast(dst, offset, length, length);
    }

    /**
     * Reads at least {@code min} and at most {@code max} bytes into {@code dst} at {@code offset}, taking
     * first the bytes kept from an earlier read past a frame end, then whatever the socket has
     * (one read call when enough has arrived).
     *
     * @return the number of bytes read, in {@code [min, max]}
     */
    public int readAtLeast(byte[] dst, int offset, int min, int max) throws IOException {
        int n = 0;
        if (keptLimit > keptPos) {
            n = Math.min(max, keptLimit - keptPos);
            System.arraycopy(kept, keptPos, dst, offset, n);
            keptPos += n;
        }
        while (n < min) {
            n += receive(dst, offset + n, max - n);
        }
        return n;
    }

    /**
     * Keeps {@code length} bytes read past the end of a frame; the next read on this connection returns
     * them before anything else. Never happens without pipelining, but a connection must not lose bytes.
     */
    void unread(byte[] src, int offset, int length) {
        int remaining = keptLimit - keptPos;
        byte[] bytes = new byte[length + remaining];
        System.arraycopy(src, offset, bytes, 0, length);
        if (remaining > 0) {
            System.arraycopy(kept, keptPos, bytes, length, remaining);
        }
        kept = bytes;
        keptPos = 0;
        keptLimit = bytes.length;
    }

    /**
     * One socket read of at most {@code length} (at least 1) bytes, waiting at most
     * min(socketTimeout, time to the deadline rounded up to the next millisecond).
     *
     * <p>The socket option is left alone while its value is at most that allowance and at least half of
     * it, so the usual command changes nothing: it is lowered when the deadline is closer than the
     * current value, raised when far below. A read that times out before its allowance (the option was
     * below it) goes on waiting for the rest, so a read ends exactly as if the option were the allowance.
     */
    private int receive(byte[] dst, int offset, int length) throws IOException {
        long start = System.nanoTime();
        int allowed = socketTimeoutMs;
        if (readDeadlineNanos != 0) {
            long remainingNanos = readDeadlineNanos - start;
            if (remainingNanos <= 0) {
                throw new SocketTimeoutException("total timeout reached while reading from " + target);
            }
            // rounded up: a read capped by the deadline must not end before it (or a retry would start with ~0 ms)
            int remainingMs = ceilMillis(remainingNanos);
            if (allowed == 0 || remainingMs < allowed) {
                allowed = remainingMs;
            }
        }
        int current = currentTimeoutMs;
        if (allowed == 0 ? current != 0 : current <= 0 || current > allowed || current < allowed - (allowed >> 1)) {
            setSoTimeout(allowed);
        }
        while (true) {
            try {
                int n = in.read(dst, offset, length);
                if (n < 0) {
                    throw new IOException("connection closed by " + target);
                }
                return n;
            } catch (SocketTimeoutException e) {
                long restNanos = allowed * 1_000_000L - (System.nanoTime() - start);
                if (currentTimeoutMs == allowed || restNanos <= 0) {
                    throw e;
                }
                setSoTimeout(ceilMillis(restNanos));
            }
        }
    }

    private void setSoTimeout(int timeoutMs) throws IOException {
        socket.setSoTimeout(timeoutMs);
        currentTimeoutMs = timeoutMs;
    }

    private static int ceilMillis(long nanos) {
        return (int) Math.min(Integer.MAX_VALUE, (nanos + 999_999) / 1_000_000);
    }

    /** The socket's read timeout now, -1 before the first read (for tests). */
    int currentSoTimeout() {
        return currentTimeoutMs;
    }

    /** Bytes readable from the socket without blocking, not counting those already buffered (for tests). */
    int socketBytesAvailable() throws IOException {
        return in.available();
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    void touch(long nanos) {
        lastUsedNanos = nanos;
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
