package io.spikesdk.testkit.internal.network;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.cert.X509Certificate;

/**
 * The client end of one connection, as the server's security checks see it.
 *
 * @param address the client's address (allowlists are checked against it)
 * @param clientCertificate the certificate the client presented in its TLS handshake, or {@code null} on a clear
 *     connection or when it presented none (PKI users log in with it)
 */
public record ConnectionPeer(InetSocketAddress address, X509Certificate clientCertificate) {

    /** The peer of a clear (non-TLS) connection. */
    static ConnectionPeer clear(Socket socket) {
        return new ConnectionPeer((InetSocketAddress) socket.getRemoteSocketAddress(), null);
    }
}
