package io.spikesdk.testkit.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PKI login: the user is the CN of the client certificate (made here with the JDK's keytool; no key is kept). */
class PkiLoginTest {
    @TempDir
    Path dir;

    private X509Certificate certificate(String cn) throws Exception {
        Path store = dir.resolve(cn + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-alias", "client", "-keyalg", "EC", "-dname", "CN=" + cn + ",O=Spike", "-validity", "1")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertEquals(0, keytool.waitFor());
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        return (X509Certificate) ks.getCertificate("client");
    }

    private static int pkiLogin(ConnectionSecurity connection) {
        byte[] frame = new AdminMessageWriter().request(AdminCommand.LOGIN).finish();
        byte[] body = Arrays.copyOfRange(frame, Proto.HEADER_SIZE, frame.length);
        return connection.admin(body, body.length)[Proto.HEADER_SIZE + 1] & 0xFF;
    }

    @Test
    void theCertificateCommonNameIsTheUser() throws Exception {
        SecurityStore store = new SecurityStore(new SecurityConfig(600, false, List.of()), () -> 0L);
        store.createUser("cert-user", UserDef.NO_PASSWORD_HASH, List.of("read"));
        NodeSecurity node = new NodeSecurity(store);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", 5000);

        ConnectionSecurity known = node.open(address, certificate("cert-user"));
        assertEquals(0, pkiLogin(known));
        assertEquals("cert-user", known.userName());
        assertEquals(0, known.checkAuthenticated());

        ConnectionSecurity unknown = node.open(address, certificate("stranger"));
        assertEquals(60, pkiLogin(unknown));
        assertEquals(80, unknown.checkAuthenticated());
    }
}
