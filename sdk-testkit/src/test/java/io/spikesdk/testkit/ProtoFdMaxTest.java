package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testkit.support.IdleClients;
import io.spikesdk.testkit.support.RawConnection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * proto-fd-max as on the real server (service.c, and checked on CE 8.1.2.0): a connection accepted while that many
 * are open is closed at once with a FIN and counted in neither client_connections_opened nor _closed;
 * set-config:context=service;proto-fd-max changes the cap from 1024 up.
 */
@Timeout(60)
class ProtoFdMaxTest {
    private static final int CAP = 1024;

    @Test
    void aConnectionPastTheCapIsClosedAtOnceAndCountedNowhere() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).protoFdMax(CAP).build().start()) {
            try (IdleClients open = new IdleClients()) {
                open.connect(server.host(), server.port(), CAP);
                IdleConnectionsTest.awaitConnections(server, CAP);
                try (RawConnection refused = new RawConnection(server.host(), server.port())) {
                    assertTrue(refused.isClosedByServer(), "the connection past the cap is closed");
                }
                try (RawConnection alsoRefused = new RawConnection(server.host(), server.port())) {
                    assertThrows(IOException.class, () -> alsoRefused.info("statistics"));
                }
                assertEquals(CAP, server.connectionCount());

                open.closeLast();
                IdleConnectionsTest.awaitConnections(server, CAP - 1);
                try (RawConnection admitted = new RawConnection(server.host(), server.port())) {
                    Map<String, String> stats = statistics(admitted);
                    assertEquals(String.valueOf(CAP), stats.get("client_connections"));
                    assertEquals(String.valueOf(CAP + 1), stats.get("client_connections_opened"));
                    assertEquals("1", stats.get("client_connections_closed"));
                }
            }
        }
    }

    @Test
    void setConfigRaisesTheCapWhileTheServerRuns() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).protoFdMax(CAP).build().start()) {
            try (IdleClients open = new IdleClients();
                    RawConnection admin = new RawConnection(server.host(), server.port())) {
                open.connect(server.host(), server.port(), CAP - 1);
                IdleConnectionsTest.awaitConnections(server, CAP);
                assertEquals("1024", config(admin).get("proto-fd-max"));
                try (RawConnection refused = new RawConnection(server.host(), server.port())) {
                    assertTrue(refused.isClosedByServer());
                }
                assertEquals("ERROR:4:invalid set-config parameter",
                        admin.info("set-config:context=service;proto-fd-max=1023").get(
                                "set-config:context=service;proto-fd-max=1023"));
                assertEquals("ok", admin.info("set-config:context=service;proto-fd-max=1025").get(
                        "set-config:context=service;proto-fd-max=1025"));
                assertEquals("1025", config(admin).get("proto-fd-max"));
                try (RawConnection admitted = new RawConnection(server.host(), server.port())) {
                    assertEquals(String.valueOf(CAP + 1), statistics(admitted).get("client_connections"));
                }
            }
        }
    }

    @Test
    void theBuilderTakesTheServersRange() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedAerospike.builder().protoFdMax(1023));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedAerospike.cluster().protoFdMax(0));
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                RawConnection admin = new RawConnection(server.host(), server.port())) {
            assertEquals("15000", config(admin).get("proto-fd-max"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aClosedClientFreesItsPlaceUnderTheCap() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).protoFdMax(CAP).build().start()) {
            try (IdleClients open = new IdleClients()) {
                open.connect(server.host(), server.port(), CAP);
                IdleConnectionsTest.awaitConnections(server, CAP);
                for (int i = 0; i < 3; i++) {
                    open.closeLast();
                }
                IdleConnectionsTest.awaitConnections(server, CAP - 3);
                List<SocketChannel> more = open.connect(server.host(), server.port(), 3);
                IdleConnectionsTest.awaitConnections(server, CAP);
                for (SocketChannel c : more) {
                    c.configureBlocking(false);
                    assertEquals(0, c.read(ByteBuffer.allocate(1)), "admitted and open");
                }
                assertEquals(CAP, open.size());
            }
        }
    }

    private static Map<String, String> statistics(RawConnection c) throws IOException {
        return ConfigParsing.pairs(c.info("statistics").get("statistics"));
    }

    private static Map<String, String> config(RawConnection c) throws IOException {
        return ConfigParsing.pairs(c.info("get-config:context=service").get("get-config:context=service"));
    }

    /** key=value;key=value answers. */
    private static final class ConfigParsing {
        static Map<String, String> pairs(String value) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (String kv : value.split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    m.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            return m;
        }
    }
}
