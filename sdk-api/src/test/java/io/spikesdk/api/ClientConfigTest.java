package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    private static ClientConfig.Builder minimal() {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", 3000));
    }

    @Test
    void defaults() {
        ClientConfig c = minimal().build();
        assertEquals(List.of(Host.of("127.0.0.1", 3000)), c.hosts());
        assertNull(c.clusterName());
        assertNull(c.user());
        assertNull(c.password());
        assertEquals(AuthMode.INTERNAL, c.authMode());
        assertEquals(Duration.ofSeconds(1), c.connectTimeout());
        assertEquals(Duration.ofSeconds(1), c.tendInterval());
        assertEquals(0, c.minConnsPerNode());
        assertEquals(100, c.maxConnsPerNode());
        assertEquals(Duration.ofSeconds(55), c.maxSocketIdle());
        assertSame(Policies.DEFAULT, c.defaults());
    }

    @Test
    void settersAndToBuilder() {
        Policies p = Policies.builder().write(WritePolicy.builder().sendKey(true).build()).build();
        ClientConfig c = ClientConfig.builder().hosts(Host.parse("a:1,b:2")).clusterName("prod").user("u").password("p")
            .authMode(AuthMode.EXTERNAL).tls(TlsPolicy.builder().build()).connectTimeout(Duration.ofMillis(300)).tendInterval(Duration.ofMillis(500))
            .minConnsPerNode(5).maxConnsPerNode(50).maxSocketIdle(Duration.ZERO).defaults(p).build();
        assertEquals(2, c.hosts().size());
        assertEquals("prod", c.clusterName());
        assertEquals("u", c.user());
        assertEquals("p", c.password());
        assertEquals(AuthMode.EXTERNAL, c.authMode());
        assertEquals(Duration.ofMillis(300), c.connectTimeout());
        assertEquals(Duration.ofMillis(500), c.tendInterval());
        assertEquals(5, c.minConnsPerNode());
        assertEquals(50, c.maxConnsPerNode());
        assertEquals(Duration.ZERO, c.maxSocketIdle());
        assertSame(p, c.defaults());
        ClientConfig d = c.toBuilder().clusterName(null).build();
        assertNull(d.clusterName());
        assertEquals(c.hosts(), d.hosts());
        assertEquals("u", d.user());
    }

    @Test
    void hostsAreCopied() {
        List<Host> hosts = new ArrayList<>(List.of(Host.of("a", 1)));
        ClientConfig c = ClientConfig.builder().hosts(hosts).build();
        hosts.add(Host.of("b", 2));
        assertEquals(1, c.hosts().size());
        assertThrows(UnsupportedOperationException.class, () -> c.hosts().add(Host.of("c", 3)));
    }

    @Test
    void noHostsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().build());
        assertTrue(e.getMessage().contains("host"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().hosts(List.of()).build());
        assertThrows(NullPointerException.class, () -> ClientConfig.builder().hosts((Host[]) null));
        assertThrows(NullPointerException.class, () -> ClientConfig.builder().hosts(Host.of("a", 1), null));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> minimal().connectTimeout(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> minimal().connectTimeout(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> minimal().connectTimeout(null));
        assertThrows(IllegalArgumentException.class, () -> minimal().tendInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> minimal().maxSocketIdle(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> minimal().minConnsPerNode(-1));
        assertThrows(IllegalArgumentException.class, () -> minimal().maxConnsPerNode(0));
        assertThrows(NullPointerException.class, () -> minimal().authMode(null));
        assertThrows(NullPointerException.class, () -> minimal().defaults(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> minimal().minConnsPerNode(10).maxConnsPerNode(5).build());
        assertTrue(e.getMessage().contains("minConnsPerNode"), e.getMessage());
    }

    @Test
    void credentialsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> minimal().password("p").build());
        assertThrows(IllegalArgumentException.class, () -> minimal().user("u").build());
        ClientConfig pki = minimal().user("u").authMode(AuthMode.PKI).tls(TlsPolicy.builder().build()).build();
        assertEquals(AuthMode.PKI, pki.authMode());
    }

    @Test
    void externalAndPkiNeedTlsButExternalInsecureDoesNot() {
        IllegalArgumentException external = assertThrows(IllegalArgumentException.class,
            () -> minimal().user("u").password("p").authMode(AuthMode.EXTERNAL).build());
        assertTrue(external.getMessage().contains("auth mode EXTERNAL needs TLS: call tls(...)"), external.getMessage());
        IllegalArgumentException pki = assertThrows(IllegalArgumentException.class,
            () -> minimal().authMode(AuthMode.PKI).build());
        assertTrue(pki.getMessage().contains("auth mode PKI needs TLS"), pki.getMessage());
        assertEquals(AuthMode.EXTERNAL_INSECURE,
            minimal().user("u").password("p").authMode(AuthMode.EXTERNAL_INSECURE).build().authMode());
        assertEquals(AuthMode.EXTERNAL, minimal().authMode(AuthMode.EXTERNAL).build().authMode(),
            "without a user no login happens, so no TLS is needed");
    }

    @Test
    void pkiRefusesAPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> minimal().user("u").password("p").authMode(AuthMode.PKI).tls(TlsPolicy.builder().build()).build());
        assertTrue(e.getMessage().contains("PKI takes the user from the TLS client certificate: remove the password"),
            e.getMessage());
    }

    @Test
    void toStringMasksThePassword() {
        String s = minimal().user("u").password("secret").build().toString();
        assertFalse(s.contains("secret"), s);
        assertTrue(s.contains("****"), s);
    }
}
