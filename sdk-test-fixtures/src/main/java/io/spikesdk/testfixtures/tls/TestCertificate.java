package io.spikesdk.testfixtures.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** A certificate issued by a {@link TestCa}, with its private key; writes them as PEM or as a PKCS #12 key store. */
public final class TestCertificate {
    private final X509Certificate certificate;
    private final X509Certificate issuer;
    private final PrivateKey privateKey;

    TestCertificate(X509Certificate certificate, X509Certificate issuer, PrivateKey privateKey) {
        this.certificate = certificate;
        this.issuer = issuer;
        this.privateKey = privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }

    /** The certificate then its CA's. */
    public X509Certificate[] chain() {
        return new X509Certificate[] {certificate, issuer};
    }

    /** Writes {@link #chain()} as PEM to {@code file} and returns it. */
    public Path writeChainPem(Path file) {
        return Pem.write(file, Pem.certificates(chain()));
    }

    /** Writes the private key as unencrypted PKCS #8 PEM ({@code BEGIN PRIVATE KEY}) to {@code file} and returns it. */
    public Path writeKeyPem(Path file) {
        return Pem.write(file, Pem.block("PRIVATE KEY", privateKey.getEncoded()));
    }

    /** A PKCS #12 key store with the key and chain under alias {@code key}, the key protected by {@code password}. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("key", privateKey, password, (Certificate[]) chain());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a key store", e);
        }
    }

    /** Writes {@link #keyStore(char[])} to {@code file} (store and key under {@code password}) and returns it. */
    public Path writeKeyStore(Path file, char[] password) {
        return Pem.store(keyStore(password), file, password);
    }

    @Override
    public String toString() {
        return "TestCertificate[" + certificate.getSubjectX500Principal() + ", serial " + serial() + "]";
    }
}
