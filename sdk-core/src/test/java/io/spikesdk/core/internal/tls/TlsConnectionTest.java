package io.spikesdk.core.internal.tls;

import io.spikesdk.api.TlsPolicy;
import io.spikesdk.core.internal.net.Connection;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TLS handshake counts in the connect timeout. */
class TlsConnectionTest {

    @Test
    void aServerThatNeverAnswersTheHandshakeTimesOutWithinTheConnectTimeout() throws Exception {
        TlsContext tls = TlsContext.of(TlsPolicy.builder().build());
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort());
            long start = System.nanoTime();
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class,
                    () -> Connection.open(address, 300, tls, "silent.example"));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("TLS name 'silent.example'") && e.getMessage().contains("within"),
                    e.getMessage());
            assertTrue(elapsedMs >= 250 && elapsedMs < 5_000, "took " + elapsedMs + " ms");
        }
    }
}
