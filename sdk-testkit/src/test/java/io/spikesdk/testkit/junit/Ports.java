package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Port assertions for the extension tests. */
final class Ports {
    private Ports() {
    }

    /** Asserts that nothing accepts connections on 127.0.0.1:{@code port} any more. */
    static void assertClosed(int port) {
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }, "port " + port + " still accepts connections");
    }
}
