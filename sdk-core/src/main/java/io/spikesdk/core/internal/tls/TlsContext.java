package io.spikesdk.core.internal.tls;

import io.spikesdk.api.TlsPolicy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The client side of TLS for every connection of one client: wraps a connected socket (blocking connections) or
 * makes an {@link SSLEngine} (non-blocking ones), both with the policy's protocols and cipher suites, and checks the
 * server certificate after the handshake against the host's TLS name and the revoked serial numbers. Thread-safe.
 */
public final class TlsContext {
    private final SSLContext context;
    private final SSLSocketFactory factory;
    private final String[] protocols;
    private final String[] cipherSuites;
    private final Set<BigInteger> revokedSerials;

    private TlsContext(SSLContext context, TlsPolicy policy) {
        if (policy.forLoginOnly()) {
            throw TlsMaterial.setupFailure("forLoginOnly is not supported yet (the client does not log in yet): "
                    + "leave it false to use TLS for every connection", null);
        }
        this.context = context;
        this.factory = context.getSocketFactory();
        List<String> supportedProtocols = Arrays.asList(context.getSupportedSSLParameters().getProtocols());
        for (String protocol : policy.protocols()) {
            if (!supportedProtocols.contains(protocol)) {
                throw TlsMaterial.setupFailure("protocol '" + protocol + "' is not supported by this JDK (supported: "
                        + supportedProtocols + ")", null);
            }
        }
        List<String> supportedSuites = Arrays.asList(context.getSupportedSSLParameters().getCipherSuites());
        for (String suite : policy.cipherSuites()) {
            if (!supportedSuites.contains(suite)) {
                throw TlsMaterial.setupFailure("cipher suite '" + suite + "' is not supported by this JDK", null);
            }
        }
        this.protocols = policy.protocols().toArray(new String[0]);
        this.cipherSuites = policy.cipherSuites().isEmpty() ? null : policy.cipherSuites().toArray(new String[0]);
        this.revokedSerials = policy.revokedSerials();
    }

    /**
     * The context of a policy.
     *
     * @throws io.spikesdk.api.AerospikeException CLIENT_ERROR when its material cannot be read, a protocol or
     *     cipher suite is unknown, or it asks for {@code forLoginOnly} (not supported yet)
     */
    public static TlsContext of(TlsPolicy policy) {
        return new TlsContext(TlsMaterial.sslContext(policy), policy);
    }

    /**
     * Runs the TLS handshake over {@code connected} (closed with the returned socket) and checks the server
     * certificate.
     *
     * @param address the node's address, for messages
     * @param tlsName the name the server certificate must carry
     * @param timeoutMs the handshake's time limit, 0 for none
     * @throws SSLException naming the address, the TLS name and the reason, when the handshake fails or the
     *     certificate is refused (the socket is then closed)
     */
    public SSLSocket handshake(Socket connected, InetSocketAddress address, String tlsName, int timeoutMs)
            throws IOException {
        SSLSocket socket = (SSLSocket) factory.createSocket(connected, tlsName, address.getPort(), true);
        try {
            socket.setUseClientMode(true);
            socket.setEnabledProtocols(protocols);
            if (cipherSuites != null) {
                socket.setEnabledCipherSuites(cipherSuites);
            }
            socket.setSoTimeout(timeoutMs);
            try {
                socket.startHandshake();
            } catch (SSLException e) {
                throw handshakeFailed(address, tlsName, e);
            } catch (SocketTimeoutException e) {
                SocketTimeoutException timeout = new SocketTimeoutException(describe(address, tlsName)
                        + " handshake did not finish within " + timeoutMs + " ms");
                timeout.initCause(e);
                throw timeout;
            }
            checkServer(socket.getSession(), address, tlsName);
            socket.setSoTimeout(0);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * A client-mode engine for a non-blocking connection to {@code address} whose certificate must carry
     * {@code tlsName} (sent as SNI too, as on blocking connections); the caller runs the handshake, then
     * {@link #checkServer}.
     */
    public SSLEngine engine(InetSocketAddress address, String tlsName) {
        SSLEngine engine = context.createSSLEngine(tlsName, address.getPort());
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(protocols);
        if (cipherSuites != null) {
            engine.setEnabledCipherSuites(cipherSuites);
        }
        return engine;
    }

    /**
     * Checks the server certificate of a completed handshake: an X.509 certificate carrying {@code tlsName}, not
     * revoked.
     *
     * @throws SSLPeerUnverifiedException naming the address, the TLS name and the reason
     */
    public void checkServer(SSLSession session, InetSocketAddress address, String tlsName)
            throws SSLPeerUnverifiedException {
        Certificate[] chain = session.getPeerCertificates();
        if (chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
            throw new SSLPeerUnverifiedException(describe(address, tlsName) + ": the server sent no X.509 certificate");
        }
        String refusal = ServerCertificateCheck.refusal((X509Certificate) chain[0], tlsName, revokedSerials);
        if (refusal != null) {
            throw new SSLPeerUnverifiedException(describe(address, tlsName) + ": " + refusal);
        }
    }

    /** A failed handshake, the message naming the address and the TLS name. */
    public static SSLException handshakeFailed(InetSocketAddress address, String tlsName, SSLException e) {
        return new SSLException(describe(address, tlsName) + " handshake failed: " + e.getMessage(), e);
    }

    private static String describe(InetSocketAddress address, String tlsName) {
        return "TLS to " + address + " (TLS name '" + tlsName + "')";
    }
}
