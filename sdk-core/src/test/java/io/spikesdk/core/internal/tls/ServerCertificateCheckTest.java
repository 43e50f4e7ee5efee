package io.spikesdk.core.internal.tls;

import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official client's name and serial check of a server certificate. */
class ServerCertificateCheckTest {
    private static final TestCa CA = TestCa.create("Check CA");

    @Test
    void theTlsNameMustEqualACommonNameOrADnsAlternativeName() {
        TestCertificate certificate = CA.issue("node-cn", "a.example", "b.example");
        assertEquals(List.of("node-cn", "a.example", "b.example"), ServerCertificateCheck.names(certificate.certificate()));
        assertNull(ServerCertificateCheck.refusal(certificate.certificate(), "node-cn", Set.of()));
        assertNull(ServerCertificateCheck.refusal(certificate.certificate(), "b.example", Set.of()));
        for (String wrong : List.of("NODE-CN", "example", "*.example", "c.example", "")) {
            String refusal = ServerCertificateCheck.refusal(certificate.certificate(), wrong, Set.of());
            assertTrue(refusal != null && refusal.contains("[node-cn, a.example, b.example]"), wrong + ": " + refusal);
        }
    }

    @Test
    void aRevokedSerialIsRefusedEvenWithTheRightName() {
        TestCertificate certificate = CA.issue("node");
        String refusal = ServerCertificateCheck.refusal(certificate.certificate(), "node",
                Set.of(BigInteger.ONE, certificate.serial()));
        assertEquals("the server certificate (serial " + certificate.serial().toString(16) + ") is revoked", refusal);
        assertNull(ServerCertificateCheck.refusal(certificate.certificate(), "node", Set.of(BigInteger.ONE)));
    }
}
