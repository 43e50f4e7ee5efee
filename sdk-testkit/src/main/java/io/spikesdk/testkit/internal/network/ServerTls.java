package io.spikesdk.testkit.internal.network;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.core.internal.tls.TlsMaterial;
import io.spikesdk.testkit.TlsOptions;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The server side of TLS built from {@link TlsOptions}: the SSL context (server key, trusted client CAs), the
 * settings of each connection's engine (protocols, client authentication), and the TLS name the node announces.
 */
public final class ServerTls {
    private static final char[] NO_PASSWORD = new char[0];

    private final SSLContext context;
    private final TlsOptions options;
    private final String tlsName;

    private ServerTls(SSLContext context, TlsOptions options, String tlsName) {
        this.context = context;
        this.options = options;
        this.tlsName = tlsName;
    }

    /**
     * Reads the options' key material.
     *
     * @throws IllegalArgumentException naming the file or store and the reason when it cannot be used
     */
    public static ServerTls of(TlsOptions options) {
        try {
            KeyStore keys;
            char[] password;
            if (options.keyStore() != null) {
                keys = options.keyStore();
                password = options.keyPassword() == null ? NO_PASSWORD : options.keyPassword();
            } else {
                keys = emptyStore();
                password = NO_PASSWORD;
                List<Certificate> chain = TlsMaterial.readCertificates(options.certificateChainPem(),
                        "server certificate chain");
                PrivateKey key = TlsMaterial.readPrivateKey(options.privateKeyPem());
                keys.setKeyEntry("server", key, password, chain.toArray(new Certificate[0]));
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), clientTrust(options), null);
            String name = options.tlsName() != null ? options.tlsName() : commonName(serverCertificate(keys));
            return new ServerTls(context, options, name);
        } catch (GeneralSecurityException | IOException | AerospikeException e) {
            throw new IllegalArgumentException("TLS options " + options + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] clientTrust(TlsOptions options) throws GeneralSecurityException, IOException {
        KeyStore trusted = options.clientTrustStore();
        if (trusted == null && options.clientCaPem() != null) {
            trusted = emptyStore();
            List<Certificate> cas = TlsMaterial.readCertificates(options.clientCaPem(), "client CA certificates");
            for (int i = 0; i < cas.size(); i++) {
                trusted.setCertificateEntry("ca-" + i, cas.get(i));
            }
        }
        if (trusted == null) {
            return null;
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory.getTrustManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static X509Certificate serverCertificate(KeyStore keys) throws GeneralSecurityException {
        Enumeration<String> aliases = keys.aliases();
        while (aliases.hasMoreElements()) {
            String alias = aliases.nextElement();
            if (keys.isKeyEntry(alias) && keys.getCertificate(alias) instanceof X509Certificate certificate) {
                return certificate;
            }
        }
        throw new GeneralSecurityException("the key store holds no key with an X.509 certificate");
    }

    private static String commonName(X509Certificate certificate) throws GeneralSecurityException {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            throw new GeneralSecurityException("unreadable subject " + certificate.getSubjectX500Principal(), e);
        }
        throw new GeneralSecurityException("the server certificate has no common name: give TlsOptions.tlsName(...)");
    }

    /** The name announced in {@code peers-tls-std}: the configured one, else the certificate's common name. */
    public String tlsName() {
        return tlsName;
    }

    /** The TLS port to bind (0: any free one). */
    public int port() {
        return options.port();
    }

    SSLContext context() {
        return context;
    }

    /** A server-mode engine for one connection, with the TLS port's {@link #parameters}. */
    SSLEngine newEngine() {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setSSLParameters(parameters());
        return engine;
    }

    /** The TLS port's settings: protocols and client authentication. */
    SSLParameters parameters() {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(options.protocols().toArray(new String[0]));
        switch (options.clientAuth()) {
            case NEED -> parameters.setNeedClientAuth(true);
            case WANT -> parameters.setWantClientAuth(true);
            default -> parameters.setWantClientAuth(false);
        }
        return parameters;
    }
}
