package io.spikesdk.testfixtures.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made at test run time (EC P-256 keys, SHA-256 signatures, valid from an hour ago for a
 * day), issuing certificates usable by TLS servers and clients; nothing is read from or kept on disk unless a test
 * writes it. Serial numbers count up from 1000 per CA, so a test knows the serial of what it issued.
 */
public final class TestCa {
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration VALIDITY = Duration.ofDays(1);

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final AtomicLong serials = new AtomicLong(1000);

    private TestCa(String name) {
        this.keys = newKeyPair();
        X500Principal subject = new X500Principal("CN=" + name + ", O=Spike SDK tests");
        this.certificate = sign(new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(serials.getAndIncrement()),
                notBefore(), notAfter(), subject, keys.getPublic()), builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                });
    }

    /** A new CA whose certificate's subject is {@code CN=<name>, O=Spike SDK tests}. */
    public static TestCa create(String name) {
        return new TestCa(name);
    }

    /** The CA certificate (what clients and servers trust). */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A new certificate for server and client authentication, subject {@code CN=<commonName>}, with these DNS
     * subject-alternative names (none: no SAN extension), signed by this CA.
     */
    public TestCertificate issue(String commonName, String... dnsNames) {
        KeyPair leafKeys = newKeyPair();
        X509Certificate leaf = sign(new JcaX509v3CertificateBuilder(certificate.getSubjectX500Principal(),
                BigInteger.valueOf(serials.getAndIncrement()), notBefore(), notAfter(),
                new X500Principal("CN=" + commonName), leafKeys.getPublic()), builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
                    if (dnsNames.length > 0) {
                        GeneralName[] names = new GeneralName[dnsNames.length];
                        for (int i = 0; i < dnsNames.length; i++) {
                            names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
                        }
                        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
                    }
                });
        return new TestCertificate(leaf, certificate, leafKeys.getPrivate());
    }

    /** Writes the CA certificate as PEM to {@code file} and returns it. */
    public Path writeCertificatePem(Path file) {
        return Pem.write(file, Pem.certificates(certificate));
    }

    /** A PKCS #12 trust store holding the CA certificate (entry {@code ca}). */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", certificate);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a trust store", e);
        }
    }

    /** An SSL context trusting this CA, presenting no certificate. */
    public SSLContext trustingContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSL context", e);
        }
    }

    /** Writes {@link #trustStore()} to {@code file} with {@code password} and returns it. */
    public Path writeTrustStore(Path file, char[] password) {
        return Pem.store(trustStore(), file, password);
    }

    @FunctionalInterface
    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private X509Certificate sign(X509v3CertificateBuilder builder, Extensions extensions) {
        try {
            extensions.add(builder);
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
        } catch (CertIOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test certificate", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC P-256 key generator in this JDK", e);
        }
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(VALIDITY));
    }
}
