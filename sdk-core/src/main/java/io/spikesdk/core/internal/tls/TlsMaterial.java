package io.spikesdk.core.internal.tls;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.TlsPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the {@link SSLContext} of a {@link TlsPolicy} with the JDK alone: trust from a key store or PEM CA
 * certificates (else the JDK's default trust store), the client certificate from a key store or a PEM chain with
 * an unencrypted PKCS #8 PEM key.
 */
public final class TlsMaterial {
    private static final String PEM_KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_KEY_END = "-----END PRIVATE KEY-----";
    private static final char[] NO_PASSWORD = new char[0];
    /** Key algorithms tried in turn on a PKCS #8 key (its encoding names the algorithm only as an OID). */
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA");

    private TlsMaterial() {
    }

    /**
     * The policy's context: its ready one, or one built from its stores and PEM files.
     *
     * @throws AerospikeException CLIENT_ERROR naming the file and the reason when material cannot be read
     */
    public static SSLContext sslContext(TlsPolicy policy) {
        if (policy.sslContext() != null) {
            return policy.sslContext();
        }
        TrustManager[] trust = trustManagers(policy);
        KeyManager[] keys = keyManagers(policy);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw setupFailure("cannot create the SSL context: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(TlsPolicy policy) {
        KeyStore store;
        if (policy.trustStore() != null) {
            store = loadStore(policy.trustStore(), policy.trustStoreType(), policy.trustStorePassword(), "trust store");
        } else if (policy.trustCertificatesPem() != null) {
            store = emptyStore();
            List<Certificate> certificates = readCertificates(policy.trustCertificatesPem(), "trusted CA certificates");
            for (int i = 0; i < certificates.size(); i++) {
                try {
                    store.setCertificateEntry("ca-" + i, certificates.get(i));
                } catch (GeneralSecurityException e) {
                    throw setupFailure("cannot trust certificate " + i + " of " + policy.trustCertificatesPem()
                            + ": " + e.getMessage(), e);
                }
            }
        } else {
            return null;
        }
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw setupFailure("cannot use the trusted certificates: " + e.getMessage(), e);
        }
    }

    private static KeyManager[] keyManagers(TlsPolicy policy) {
        KeyStore store;
        char[] password;
        if (policy.keyStore() != null) {
            password = policy.keyStorePassword() == null ? NO_PASSWORD : policy.keyStorePassword();
            store = loadStore(policy.keyStore(), policy.keyStoreType(), password, "key store");
        } else if (policy.certificateChainPem() != null) {
            password = NO_PASSWORD;
            store = emptyStore();
            List<Certificate> chain = readCertificates(policy.certificateChainPem(), "client certificate chain");
            PrivateKey key = readPrivateKey(policy.privateKeyPem());
            try {
                store.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
            } catch (GeneralSecurityException e) {
                throw setupFailure("the private key " + policy.privateKeyPem() + " does not fit the certificate "
                        + "chain " + policy.certificateChainPem() + ": " + e.getMessage(), e);
            }
        } else {
            return null;
        }
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw setupFailure("cannot use the client key: " + e.getMessage(), e);
        }
    }

    private static KeyStore loadStore(Path path, TlsPolicy.StoreType type, char[] password, String what) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(type.name());
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw setupFailure("cannot read the " + what + " " + path + " (" + type + "): " + e.getMessage(), e);
        }
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw setupFailure("cannot create a key store: " + e.getMessage(), e);
        }
    }

    /** The certificates of a PEM (or DER) file, in file order. */
    public static List<Certificate> readCertificates(Path path, String what) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(path)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw setupFailure("cannot read the " + what + " " + path + ": " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw setupFailure("the " + what + " file " + path + " holds no certificate", null);
        }
        return new ArrayList<>(certificates);
    }

    /** The unencrypted PKCS #8 key ({@code BEGIN PRIVATE KEY}) of a PEM file. */
    public static PrivateKey readPrivateKey(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw setupFailure("cannot read the private key " + path + ": " + e.getMessage(), e);
        }
        int begin = text.indexOf(PEM_KEY_BEGIN);
        int end = text.indexOf(PEM_KEY_END);
        if (begin < 0 || end < begin) {
            String found = text.contains("ENCRYPTED PRIVATE KEY") ? "an encrypted key"
                    : text.contains("RSA PRIVATE KEY") || text.contains("EC PRIVATE KEY") ? "a PKCS #1 / SEC 1 key"
                    : "no PEM private key";
            throw setupFailure("the private key " + path + " holds " + found + ": an unencrypted PKCS #8 key "
                    + "(BEGIN PRIVATE KEY) is needed, e.g. from `openssl pkcs8 -topk8 -nocrypt`", null);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.substring(begin + PEM_KEY_BEGIN.length(), end));
        } catch (IllegalArgumentException e) {
            throw setupFailure("the private key " + path + " is not valid base64: " + e.getMessage(), e);
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                // not this algorithm: try the next
            }
        }
        throw setupFailure("the private key " + path + " is not an RSA, EC, EdDSA or DSA PKCS #8 key", null);
    }

    /** A TLS configuration that cannot be used: CLIENT_ERROR, the message starting with "TLS: ". */
    static AerospikeException setupFailure(String detail, Throwable cause) {
        return new AerospikeException(ResultCode.CLIENT_ERROR, "TLS: " + detail, null, false, 0, cause);
    }
}
