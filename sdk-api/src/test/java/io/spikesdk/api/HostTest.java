package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HostTest {

    @Test
    void parsesNamesPortsAndDefaults() {
        assertEquals(List.of(Host.of("h1", 3000), Host.of("h2", 3001)), Host.parse("h1:3000,h2:3001"));
        assertEquals(List.of(Host.of("localhost", 3000)), Host.parse("localhost"));
        assertEquals(List.of(Host.of("10.0.0.1", 3000), Host.of("10.0.0.2", 4000)), Host.parse(" 10.0.0.1 , 10.0.0.2:4000 "));
    }

    @Test
    void parsesIpv6() {
        assertEquals(List.of(Host.of("::1", 3000)), Host.parse("[::1]:3000"));
        assertEquals(List.of(Host.of("fe80::1%eth0", 3100)), Host.parse("[fe80::1%eth0]:3100"));
        assertEquals(List.of(Host.of("2001:db8::7", 3000)), Host.parse("[2001:db8::7]"));
        assertEquals(List.of(Host.of("2001:db8::7", 3000)), Host.parse("2001:db8::7"));
        assertEquals(List.of(Host.of("::1", 3000), Host.of("h", 5)), Host.parse("[::1],h:5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "h1,", ",h1", "h1:", ":3000", "h1:abc", "h1:0", "h1:65536", "h1:-1", "h1:123456",
        "[::1", "[::1]x", "[::1]:", "[zz::1]:3000", "h1::3000", "h1:tls:", "h1:tls:x", "h1:tls:3000:1", "[::1]:tls:", "[]:3000"})
    void rejectsBadInputNamingTheProblem(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Host.parse(text));
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> Host.parse(null));
        assertThrows(NullPointerException.class, () -> Host.of(null, 3000));
        assertThrows(IllegalArgumentException.class, () -> Host.of("h", 0));
    }

    @Test
    void messageNamesTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Host.parse("ok:1,bad:x"));
        assertTrue(e.getMessage().contains("bad:x"), e.getMessage());
    }

    @Test
    void toStringBracketsIpv6() {
        assertEquals("h:3000", Host.of("h", 3000).toString());
        assertEquals("[::1]:3000", Host.of("::1", 3000).toString());
    }

    @Test
    void parsedListIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> Host.parse("h").add(Host.of("x", 1)));
    }

    @Test
    void parsesTlsNamesAsTheOfficialClient() {
        assertEquals(List.of(Host.of("h1", "node1.example", 4333), Host.of("::1", "local", 4000), Host.of("h2", 3000)),
                Host.parse("h1:node1.example:4333,[::1]:local:4000,h2"));
        assertEquals(List.of(Host.of("db", 4333)), Host.parse("db:4333"));
    }

    @Test
    void tlsNameDefaultsToNoneAndShowsInText() {
        Host plain = new Host("h", 3000);
        assertNull(plain.tlsName());
        assertEquals("h", plain.tlsNameOrName());
        Host tls = Host.of("10.0.0.1", "node1", 4333);
        assertEquals("node1", tls.tlsNameOrName());
        assertEquals("10.0.0.1:node1:4333", tls.toString());
        assertEquals(List.of(tls), Host.parse(tls.toString()));
        assertEquals("[::1]:n:4333", Host.of("::1", "n", 4333).toString());
        assertThrows(IllegalArgumentException.class, () -> Host.of("h", " ", 4333));
    }
}
