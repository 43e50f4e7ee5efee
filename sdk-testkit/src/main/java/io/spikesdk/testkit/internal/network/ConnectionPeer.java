package io.spikesdk.testkit.internal.network;

import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * The client end of one connection, as the server's security checks see it.
 *
 * @param address the client's address (allowlists are checked against it)
 * @param clientCertificate the certificate the client presented in its TLS handshake, or {@code null} on a clear
 *     connection or when it presented none (PKI users log in with it)
 */
public record ConnectionPeer(InetSocketAddress address, X509Certificate clientCertificate) {

    /** The certificate the client presented in the handshake of {@code session}, or {@code null}. */
    static X509Certificate clientCertificate(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate first ? first : null;
        } catch (SSLPeerUnverifiedException e) {
            return null; // no client certificate: allowed unless the listener needs one
        }
    }
}
