package io.spikesdk.api;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * TLS settings for every connection of a client (commands, info and tending). The server's certificate is
 * checked against the TLS name of each {@link Host} (a common name or DNS subject-alternative name equal to it).
 * Trust and key material come either from a ready {@link SSLContext} or from key stores (PKCS12, JKS) or PEM files;
 * without any, the JDK's default trust store is used. Immutable; build with {@link #builder()}.
 */
public final class TlsPolicy {

    /** Key store file formats. */
    public enum StoreType {
        /** PKCS #12 ({@code .p12}, {@code .pfx}). */
        PKCS12,
        /** Java key store ({@code .jks}). */
        JKS
    }

    private final SSLContext sslContext;
    private final Path trustStore;
    private final StoreType trustStoreType;
    private final char[] trustStorePassword;
    private final Path trustCertificatesPem;
    private final Path keyStore;
    private final StoreType keyStoreType;
    private final char[] keyStorePassword;
    private final Path certificateChainPem;
    private final Path privateKeyPem;
    private final List<String> protocols;
    private final List<String> cipherSuites;
    private final Set<BigInteger> revokedSerials;
    private final boolean forLoginOnly;

    private TlsPolicy(Builder b) {
        this.sslContext = b.sslContext;
        this.trustStore = b.trustStore;
        this.trustStoreType = b.trustStoreType;
        this.trustStorePassword = b.trustStorePassword;
        this.trustCertificatesPem = b.trustCertificatesPem;
        this.keyStore = b.keyStore;
        this.keyStoreType = b.keyStoreType;
        this.keyStorePassword = b.keyStorePassword;
        this.certificateChainPem = b.certificateChainPem;
        this.privateKeyPem = b.privateKeyPem;
        this.protocols = List.copyOf(b.protocols);
        this.cipherSuites = List.copyOf(b.cipherSuites);
        this.revokedSerials = Set.copyOf(b.revokedSerials);
        this.forLoginOnly = b.forLoginOnly;
    }

    /** A builder: TLS 1.3 and 1.2, the JDK's cipher suites and trust store, no client certificate. */
    public static Builder builder() {
        return new Builder();
    }

    /** A ready SSL context, or {@code null} when the client builds one from the stores or PEM files. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** Key store holding the trusted CA certificates, or {@code null}. */
    public Path trustStore() {
        return trustStore;
    }

    /** Format of {@link #trustStore()}. */
    public StoreType trustStoreType() {
        return trustStoreType;
    }

    /** Password of {@link #trustStore()} (a copy), or {@code null}. */
    public char[] trustStorePassword() {
        return trustStorePassword == null ? null : trustStorePassword.clone();
    }

    /** PEM file of trusted CA certificates, or {@code null}. */
    public Path trustCertificatesPem() {
        return trustCertificatesPem;
    }

    /** Key store holding the client certificate and its private key (for PKI and mutual TLS), or {@code null}. */
    public Path keyStore() {
        return keyStore;
    }

    /** Format of {@link #keyStore()}. */
    public StoreType keyStoreType() {
        return keyStoreType;
    }

    /** Password of {@link #keyStore()} and of the key in it (a copy), or {@code null}. */
    public char[] keyStorePassword() {
        return keyStorePassword == null ? null : keyStorePassword.clone();
    }

    /** PEM file with the client certificate chain, or {@code null}. */
    public Path certificateChainPem() {
        return certificateChainPem;
    }

    /** PEM file with the client's unencrypted PKCS #8 private key, or {@code null}. */
    public Path privateKeyPem() {
        return privateKeyPem;
    }

    /** Enabled protocols, in order of preference. */
    public List<String> protocols() {
        return protocols;
    }

    /** Enabled cipher suites; empty: the JDK's defaults. */
    public List<String> cipherSuites() {
        return cipherSuites;
    }

    /** Serial numbers of server certificates refused even when otherwise valid. */
    public Set<BigInteger> revokedSerials() {
        return revokedSerials;
    }

    /**
     * Whether TLS is used only to log in: the client then continues on the servers' clear service addresses,
     * authenticated by the session token. Not supported yet: a client whose policy sets it fails at creation
     * with {@link ResultCode#CLIENT_ERROR}.
     */
    public boolean forLoginOnly() {
        return forLoginOnly;
    }

    @Override
    public String toString() {
        return "TlsPolicy[protocols=" + protocols + ", cipherSuites=" + (cipherSuites.isEmpty() ? "default" : cipherSuites)
            + ", trust=" + (sslContext != null ? "sslContext" : trustStore != null ? trustStore
                : trustCertificatesPem != null ? trustCertificatesPem : "jdk default")
            + ", clientCertificate=" + (keyStore != null ? keyStore : certificateChainPem)
            + ", revokedSerials=" + revokedSerials.size() + ", forLoginOnly=" + forLoginOnly + "]";
    }

    /** Builds a {@link TlsPolicy}. */
    public static final class Builder {
        private SSLContext sslContext;
        private Path trustStore;
        private StoreType trustStoreType = StoreType.PKCS12;
        private char[] trustStorePassword;
        private Path trustCertificatesPem;
        private Path keyStore;
        private StoreType keyStoreType = StoreType.PKCS12;
        private char[] keyStorePassword;
        private Path certificateChainPem;
        private Path privateKeyPem;
        private List<String> protocols = List.of("TLSv1.3", "TLSv1.2");
        private List<String> cipherSuites = List.of();
        private Set<BigInteger> revokedSerials = Set.of();
        private boolean forLoginOnly;

        private Builder() {
        }

        /** Uses this SSL context as is (its trust and key managers); excludes the store and PEM settings. */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Policy.Builder.nonNull(context, "sslContext");
            return this;
        }

        /** Trusts the CA certificates in this key store. */
        public Builder trustStore(Path path, StoreType type, char[] password) {
            this.trustStore = Policy.Builder.nonNull(path, "trustStore");
            this.trustStoreType = Policy.Builder.nonNull(type, "trustStoreType");
            this.trustStorePassword = password == null ? null : password.clone();
            return this;
        }

        /** Trusts the CA certificates in this PEM file. */
        public Builder trustCertificatesPem(Path path) {
            this.trustCertificatesPem = Policy.Builder.nonNull(path, "trustCertificatesPem");
            return this;
        }

        /** Presents the certificate and key in this key store (PKI login, mutual TLS). */
        public Builder keyStore(Path path, StoreType type, char[] password) {
            this.keyStore = Policy.Builder.nonNull(path, "keyStore");
            this.keyStoreType = Policy.Builder.nonNull(type, "keyStoreType");
            this.keyStorePassword = password == null ? null : password.clone();
            return this;
        }

        /** Presents this PEM certificate chain and unencrypted PKCS #8 PEM private key (PKI login, mutual TLS). */
        public Builder clientCertificatePem(Path certificateChain, Path privateKey) {
            this.certificateChainPem = Policy.Builder.nonNull(certificateChain, "certificateChain");
            this.privateKeyPem = Policy.Builder.nonNull(privateKey, "privateKey");
            return this;
        }

        /** The enabled protocols, e.g. {@code "TLSv1.3", "TLSv1.2"}. */
        public Builder protocols(String... protocols) {
            Policy.Builder.nonNull(protocols, "protocols");
            if (protocols.length == 0) {
                throw new IllegalArgumentException("protocols: at least one TLS protocol is needed");
            }
            this.protocols = List.of(protocols);
            return this;
        }

        /** The enabled cipher suites (JSSE names); none: the JDK's defaults. */
        public Builder cipherSuites(String... suites) {
            this.cipherSuites = List.of(Policy.Builder.nonNull(suites, "cipherSuites"));
            return this;
        }

        /** Refuses server certificates with these serial numbers. */
        public Builder revokedSerials(BigInteger... serials) {
            this.revokedSerials = Set.copyOf(Arrays.asList(Policy.Builder.nonNull(serials, "revokedSerials")));
            return this;
        }

        /** Uses TLS only to log in, then the servers' clear service addresses. */
        public Builder forLoginOnly(boolean loginOnly) {
            this.forLoginOnly = loginOnly;
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalArgumentException when an SSL context is combined with stores or PEM files, or two
         *     sources of the same material are given
         */
        public TlsPolicy build() {
            boolean trustFiles = trustStore != null || trustCertificatesPem != null;
            boolean keyFiles = keyStore != null || certificateChainPem != null;
            if (sslContext != null && (trustFiles || keyFiles)) {
                throw new IllegalArgumentException("TlsPolicy: an sslContext excludes trust stores, key stores and PEM files");
            }
            if (trustStore != null && trustCertificatesPem != null) {
                throw new IllegalArgumentException("TlsPolicy: give trusted certificates as a trust store or as PEM, not both");
            }
            if (keyStore != null && certificateChainPem != null) {
                throw new IllegalArgumentException("TlsPolicy: give the client certificate as a key store or as PEM, not both");
            }
            return new TlsPolicy(this);
        }
    }
}
