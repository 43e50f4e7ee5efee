package io.spikesdk.core.internal.tls;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading TLS material with the JDK alone: key stores, PEM certificates, PKCS #8 keys, and clear refusals. */
class TlsMaterialTest {
    private static final char[] PASSWORD = "pw".toCharArray();

    @TempDir
    static Path dir;
    private static TestCa ca;
    private static TestCertificate leaf;

    @BeforeAll
    static void pki() {
        ca = TestCa.create("Material CA");
        leaf = ca.issue("leaf");
    }

    @Test
    void pemChainsAndPkcs8KeysAreRead() {
        List<Certificate> chain = TlsMaterial.readCertificates(leaf.writeChainPem(dir.resolve("chain.pem")), "chain");
        assertEquals(List.of(leaf.certificate(), ca.certificate()), chain);
        assertEquals(leaf.privateKey(), TlsMaterial.readPrivateKey(leaf.writeKeyPem(dir.resolve("leaf.key"))));
    }

    @Test
    void everySourceOfMaterialBuildsAContext() {
        SSLContext ready = ca.trustingContext();
        assertSame(ready, TlsMaterial.sslContext(TlsPolicy.builder().sslContext(ready).build()));
        TlsMaterial.sslContext(TlsPolicy.builder().build());
        TlsMaterial.sslContext(TlsPolicy.builder()
                .trustStore(ca.writeTrustStore(dir.resolve("trust.p12"), PASSWORD), TlsPolicy.StoreType.PKCS12, PASSWORD)
                .keyStore(leaf.writeKeyStore(dir.resolve("leaf.p12"), PASSWORD), TlsPolicy.StoreType.PKCS12, PASSWORD)
                .build());
        TlsMaterial.sslContext(TlsPolicy.builder().trustCertificatesPem(ca.writeCertificatePem(dir.resolve("ca.pem")))
                .clientCertificatePem(leaf.writeChainPem(dir.resolve("c.pem")), leaf.writeKeyPem(dir.resolve("c.key")))
                .build());
    }

    @Test
    void aWrongStorePasswordOrFormatNamesTheStore() {
        Path store = ca.writeTrustStore(dir.resolve("named.p12"), PASSWORD);
        AerospikeException e = assertThrows(AerospikeException.class, () -> TlsMaterial.sslContext(TlsPolicy.builder()
                .trustStore(store, TlsPolicy.StoreType.PKCS12, "wrong".toCharArray()).build()));
        assertEquals(ResultCode.CLIENT_ERROR, e.resultCode());
        assertTrue(e.getMessage().contains("TLS: cannot read the trust store " + store), e.getMessage());
        Path pem = ca.writeCertificatePem(dir.resolve("not-a-store.pem"));
        e = assertThrows(AerospikeException.class, () -> TlsMaterial.sslContext(TlsPolicy.builder()
                .keyStore(pem, TlsPolicy.StoreType.PKCS12, PASSWORD).build()));
        assertTrue(e.getMessage().contains("key store " + pem), e.getMessage());
    }

    @Test
    void aKeyInAnotherFormatIsRefusedSayingWhatIsNeeded() throws Exception {
        Path pkcs1 = Files.writeString(dir.resolve("rsa.key"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        AerospikeException e = assertThrows(AerospikeException.class, () -> TlsMaterial.readPrivateKey(pkcs1));
        assertTrue(e.getMessage().contains("PKCS #1") && e.getMessage().contains("BEGIN PRIVATE KEY"), e.getMessage());
        Path garbage = Files.writeString(dir.resolve("garbage.key"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThrows(AerospikeException.class, () -> TlsMaterial.readPrivateKey(garbage));
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThrows(AerospikeException.class, () -> TlsMaterial.readCertificates(empty, "CA"));
    }

    @Test
    void unknownProtocolsAndCipherSuitesAreRefused() {
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> TlsContext.of(TlsPolicy.builder().protocols("TLSv9").build()));
        assertTrue(e.getMessage().contains("'TLSv9'"), e.getMessage());
        assertThrows(AerospikeException.class, () -> TlsContext.of(TlsPolicy.builder().cipherSuites("NO_SUCH_SUITE").build()));
    }

    @Test
    void tlsForLoginOnlyIsRefusedUntilTheClientLogsIn() {
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> TlsContext.of(TlsPolicy.builder().forLoginOnly(true).build()));
        assertEquals(ResultCode.CLIENT_ERROR, e.resultCode());
        assertTrue(e.getMessage().contains("forLoginOnly is not supported yet"), e.getMessage());
    }
}
