package io.spikesdk.testkit.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Many connected client sockets that send nothing. Closing them resets the connections: thousands of client ports
 * left in TIME_WAIT would keep the next tests from binding a port of the ephemeral range.
 */
public final class IdleClients implements AutoCloseable {
    private final List<SocketChannel> channels = new ArrayList<>();

    /** Connects {@code n} more sockets to host:port. */
    public List<SocketChannel> connect(String host, int port, int n) throws IOException {
        List<SocketChannel> added = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SocketChannel c = SocketChannel.open(new InetSocketAddress(host, port));
            channels.add(c);
            added.add(c);
        }
        return added;
    }

    public int size() {
        return channels.size();
    }

    /** Closes (resets) the most recently connected socket. */
    public void closeLast() throws IOException {
        reset(channels.remove(channels.size() - 1));
    }

    public List<SocketChannel> all() {
        return List.copyOf(channels);
    }

    @Override
    public void close() throws IOException {
        for (SocketChannel c : channels) {
            reset(c);
        }
        channels.clear();
    }

    private static void reset(SocketChannel c) throws IOException {
        c.setOption(StandardSocketOptions.SO_LINGER, 0);
        c.close();
    }
}
