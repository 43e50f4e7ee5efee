package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.testing.FakeNode;
import io.spikesdk.core.testing.FakeSecurity;
import io.spikesdk.core.testing.FakeSecurity.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The session's lifetime on the client's clock: the tend round logs in again before the server expires it. */
class SessionExpiryTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private Cluster cluster(FakeNode node) {
        return new Cluster(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
                .tendInterval(Duration.ofHours(1)).user("app").password("secret").build(), now::get);
    }

    private void advanceSeconds(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private static String newConnectionToken(Node node, FakeSecurity security) throws Exception {
        node.pool().closeIdle();
        node.info(List.of("build"), 2000);
        List<Exchange> auths = security.exchanges(AdminCommand.AUTHENTICATE);
        return auths.get(auths.size() - 1).field(AdminField.SESSION_TOKEN);
    }

    @Test
    void theTendRoundLogsInAgainSixtySecondsBeforeTheTtl() throws Exception {
        try (FakeNode fake = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(fake).user("app", "secret").ttl(600);
            Cluster cluster = cluster(fake);
            try {
                cluster.connect();
                Node node = cluster.nodes()[0];
                assertEquals(FakeSecurity.token(1), newConnectionToken(node, security));
                advanceSeconds(539);
                cluster.tend();
                assertEquals(1, security.exchanges(AdminCommand.LOGIN).size(), "not due before TTL - 60 s");
                advanceSeconds(1);
                cluster.tend();
                List<Exchange> logins = security.exchanges(AdminCommand.LOGIN);
                assertEquals(2, logins.size());
                assertEquals(logins.get(0).connection(), logins.get(1).connection(), "on the tend connection");
                assertEquals(FakeSecurity.token(2), newConnectionToken(node, security), "new connections use it");
                cluster.tend();
                assertEquals(2, security.exchanges(AdminCommand.LOGIN).size(), "once per session");
            } finally {
                cluster.close();
            }
        }
    }

    @Test
    void aShortTtlIsRenewedAtHalfItsLife() throws Exception {
        try (FakeNode fake = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(fake).user("app", "secret").ttl(30);
            Cluster cluster = cluster(fake);
            try {
                cluster.connect();
                advanceSeconds(14);
                cluster.tend();
                assertEquals(1, security.exchanges(AdminCommand.LOGIN).size());
                advanceSeconds(1);
                cluster.tend();
                assertEquals(2, security.exchanges(AdminCommand.LOGIN).size());
            } finally {
                cluster.close();
            }
        }
    }

    @Test
    void aNewTendConnectionAuthenticatesAndLogsInWhenTheTokenIsRefused() throws Exception {
        try (FakeNode fake = new FakeNode("N1", "test")) {
            FakeSecurity security = FakeSecurity.on(fake).user("app", "secret");
            Cluster cluster = cluster(fake);
            try {
                cluster.connect();
                Node node = cluster.nodes()[0];
                node.closeTendConnection();
                cluster.tend();
                Exchange auth = security.exchanges().get(security.exchanges().size() - 1);
                assertEquals(AdminCommand.AUTHENTICATE, auth.command(), "a valid session is reused");
                assertEquals(0, auth.result());
                security.expireSessions();
                node.closeTendConnection();
                cluster.tend();
                List<Exchange> all = security.exchanges();
                assertEquals(66, all.get(all.size() - 2).result());
                assertEquals(AdminCommand.LOGIN, all.get(all.size() - 1).command());
                assertEquals(1, cluster.nodes().length, "the node stayed");
            } finally {
                cluster.close();
            }
        }
    }
}
