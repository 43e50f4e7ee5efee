package io.spikesdk.testkit;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Objects;

/**
 * TLS for an {@link EmbeddedAerospike}: a second listener, on its own port, serving the same node over TLS, as an
 * Enterprise server's {@code tls-port}. The server certificate comes from a key store or from PEM files; client
 * certificates are asked for ({@link ClientAuth}) and checked against a trusted CA when configured, and the one a
 * client presents is what a PKI login reads. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * EmbeddedAerospike.builder().port(0)
 *     .tls(TlsOptions.builder().certificatePem(chainPem, keyPem).tlsName("node1").build())
 *     .build().start();   // then server.tlsPort()
 * }</pre>
 */
public final class TlsOptions {

    /** Whether the server asks TLS clients for a certificate. */
    public enum ClientAuth {
        /** No client certificate is asked for. */
        NONE,
        /** A client certificate is asked for; a client without one still connects. */
        WANT,
        /** A client without a trusted certificate fails the handshake. */
        NEED
    }

    private final int port;
    private final KeyStore keyStore;
    private final char[] keyPassword;
    private final Path certificateChainPem;
    private final Path privateKeyPem;
    private final String tlsName;
    private final Path clientCaPem;
    private final KeyStore clientTrustStore;
    private final ClientAuth clientAuth;
    private final List<String> protocols;

    private TlsOptions(Builder b) {
        this.port = b.port;
        this.keyStore = b.keyStore;
        this.keyPassword = b.keyPassword;
        this.certificateChainPem = b.certificateChainPem;
        this.privateKeyPem = b.privateKeyPem;
        this.tlsName = b.tlsName;
        this.clientCaPem = b.clientCaPem;
        this.clientTrustStore = b.clientTrustStore;
        this.clientAuth = b.clientAuth;
        this.protocols = b.protocols;
    }

    /** A builder: port 0, TLS 1.3 and 1.2, no client certificate asked for; a certificate must be given. */
    public static Builder builder() {
        return new Builder();
    }

    /** The TLS port to bind; 0 (the default) picks a free one ({@link EmbeddedAerospike#tlsPort()}). */
    public int port() {
        return port;
    }

    /** Key store holding the server's key and certificate chain, or {@code null} (PEM files are used). */
    public KeyStore keyStore() {
        return keyStore;
    }

    /** Password of the key in {@link #keyStore()} (a copy), or {@code null}. */
    public char[] keyPassword() {
        return keyPassword == null ? null : keyPassword.clone();
    }

    /** PEM file of the server certificate chain (server certificate first), or {@code null}. */
    public Path certificateChainPem() {
        return certificateChainPem;
    }

    /** PEM file of the server's unencrypted PKCS #8 key, or {@code null}. */
    public Path privateKeyPem() {
        return privateKeyPem;
    }

    /**
     * The TLS name the node announces in {@code peers-tls-std}, or {@code null}: the first common name of the server
     * certificate's subject.
     */
    public String tlsName() {
        return tlsName;
    }

    /** PEM file of the CAs trusted for client certificates, or {@code null}. */
    public Path clientCaPem() {
        return clientCaPem;
    }

    /** Trust store of the CAs trusted for client certificates, or {@code null}. */
    public KeyStore clientTrustStore() {
        return clientTrustStore;
    }

    /** Whether client certificates are asked for. */
    public ClientAuth clientAuth() {
        return clientAuth;
    }

    /** The enabled protocols. */
    public List<String> protocols() {
        return protocols;
    }

    @Override
    public String toString() {
        return "TlsOptions[port=" + port + ", certificate=" + (keyStore != null ? "keyStore" : certificateChainPem)
                + ", tlsName=" + tlsName + ", clientAuth=" + clientAuth + ", protocols=" + protocols + "]";
    }

    /** Builds {@link TlsOptions}. */
    public static final class Builder {
        private int port;
        private KeyStore keyStore;
        private char[] keyPassword;
        private Path certificateChainPem;
        private Path privateKeyPem;
        private String tlsName;
        private Path clientCaPem;
        private KeyStore clientTrustStore;
        private ClientAuth clientAuth = ClientAuth.NONE;
        private List<String> protocols = List.of("TLSv1.3", "TLSv1.2");

        private Builder() {
        }

        /** See {@link TlsOptions#port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("TLS port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The server certificate chain and key from this key store (its one key entry), key under {@code password}. */
        public Builder certificate(KeyStore store, char[] password) {
            this.keyStore = Objects.requireNonNull(store, "store");
            this.keyPassword = password == null ? null : password.clone();
            this.certificateChainPem = null;
            this.privateKeyPem = null;
            return this;
        }

        /** The server certificate chain and unencrypted PKCS #8 key from PEM files. */
        public Builder certificatePem(Path chain, Path privateKey) {
            this.certificateChainPem = Objects.requireNonNull(chain, "chain");
            this.privateKeyPem = Objects.requireNonNull(privateKey, "privateKey");
            this.keyStore = null;
            this.keyPassword = null;
            return this;
        }

        /** See {@link TlsOptions#tlsName()}. */
        public Builder tlsName(String name) {
            if (name != null && (name.isBlank() || name.contains(",") || name.contains("[") || name.contains("]"))) {
                throw new IllegalArgumentException("invalid TLS name: '" + name + "'");
            }
            this.tlsName = name;
            return this;
        }

        /** Trusts the CAs of this PEM file for client certificates. */
        public Builder clientCaPem(Path caPem) {
            this.clientCaPem = Objects.requireNonNull(caPem, "caPem");
            this.clientTrustStore = null;
            return this;
        }

        /** Trusts the CAs of this trust store for client certificates. */
        public Builder clientTrustStore(KeyStore store) {
            this.clientTrustStore = Objects.requireNonNull(store, "store");
            this.clientCaPem = null;
            return this;
        }

        /** See {@link TlsOptions#clientAuth()}; WANT and NEED need a trusted CA. */
        public Builder clientAuth(ClientAuth auth) {
            this.clientAuth = Objects.requireNonNull(auth, "clientAuth");
            return this;
        }

        /** The enabled protocols, e.g. {@code "TLSv1.2"}. */
        public Builder protocols(String... protocols) {
            if (protocols.length == 0) {
                throw new IllegalArgumentException("at least one TLS protocol is needed");
            }
            this.protocols = List.of(protocols);
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException without a server certificate, or when client certificates are asked for
         *     without a trusted CA
         */
        public TlsOptions build() {
            if (keyStore == null && certificateChainPem == null) {
                throw new IllegalArgumentException("TLS needs the server certificate: call certificate(...) or "
                        + "certificatePem(...)");
            }
            if (clientAuth != ClientAuth.NONE && clientCaPem == null && clientTrustStore == null) {
                throw new IllegalArgumentException("clientAuth " + clientAuth + " needs the CA that signs client "
                        + "certificates: call clientCaPem(...) or clientTrustStore(...)");
            }
            return new TlsOptions(this);
        }
    }
}
