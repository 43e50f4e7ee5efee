package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfoServiceTest {
    private static final NodeIdentity NODE = new NodeIdentity(0xBB9000112345678L, "127.0.0.1", 3000, "spike", 0);
    private static final String AGENT = "MSxub2RlanMtNi43LjEsbm90LXNldA==";

    private final InfoService info = service();

    private static InfoService service() {
        ServerClock clock = new ServerClock(() -> 1_700_000_000_000L);
        NamespaceStore test = new NamespaceStore(new NamespaceConfig("test", 1024 * 1024, 0), clock);
        return new InfoService(NODE, Map.of("test", test), new ServerStats(), clock, () -> new SingleNodeTopology(NODE));
    }

    private String respond(String body, InfoSession session) {
        byte[] request = body.getBytes(StandardCharsets.UTF_8);
        return new String(info.respond(request, 0, request.length, session), StandardCharsets.UTF_8);
    }

    @Test
    void userAgentIsSetOncePerConnection() {
        InfoSession first = new InfoSession();
        String command = "user-agent-set:value=" + AGENT;
        assertEquals(command + "\tok\n", respond(command + "\n", first));
        assertEquals(command + "\tERROR:4:already set\n", respond(command + "\n", first));
        assertEquals(command + "\tok\n", respond(command + "\n", new InfoSession()));
    }

    @Test
    void getConfigAndItsDeprecatedAliasAnswerAlike() {
        InfoSession session = new InfoSession();
        String body = respond("get-config:context=namespace;id=test\nconfig-get:context=namespace;id=test\n", session);
        String[] lines = body.split("\n");
        assertEquals(2, lines.length);
        assertEquals(lines[0].split("\t")[1], lines[1].split("\t")[1]);
        assertEquals("get-config:context=namespace;id=test\tactive-rack=0;", lines[0].substring(0, 51));
    }

    @Test
    void clientConnectSequenceOfTheCClient() {
        assertEquals("node\tBB9000112345678\npartition-generation\t0\nbuild\t8.1.2.0\ncluster-name\tspike\n",
                respond("node\npartition-generation\nbuild\ncluster-name\n", new InfoSession()));
        assertEquals("node\tBB9000112345678\npeers-generation\t0\npartition-generation\t0\n"
                + "rebalance-generation\t1\n",
                respond("node\npeers-generation\npartition-generation\nrebalance-generation\n", new InfoSession()));
        assertEquals("rebalance-generation\t1\nrack-ids\tERROR:25:enterprise only\n",
                respond("rebalance-generation\nrack-ids\n", new InfoSession()));
    }

    private String answer(String command) {
        return info.answer(command, new SingleNodeTopology(NODE), new InfoSession());
    }

    @Test
    void enterpriseOnlyCommandsAreRefusedAsOnCommunityEdition() {
        for (String ee : new String[] {"alumni-tls-alt", "alumni-tls-std", "feature-key", "masking", "masking-show",
            "peers-tls-alt", "peers-tls-std", "quiesce", "quiesce-undo", "racks", "revive", "roster", "roster-set",
            "service-tls-alt", "service-tls-std", "xdr-dc-state", "xdr-get-filter", "xdr-set-filter:dc=x"}) {
            assertEquals("ERROR:25:enterprise only", answer(ee), ee);
        }
    }

    @Test
    void deprecatedAliasesAndSmallCommands() {
        assertEquals("BB9000112345678", answer("name"));
        assertEquals("127.0.0.1:3000", answer("service"));
        assertEquals("0", answer("objects"));
        assertEquals("admin=false", answer("connection"), "no admin listener");
        assertEquals("ERROR:4:unrecognized command", answer("cluster-generation-id"));
    }

    @Test
    void queryShowListsNoJobsAndFindsNoId() {
        assertEquals("", answer("query-show"));
        assertEquals("", answer("query-show:"));
        assertEquals("ERROR:2:job not found", answer("query-show:id=12345"));
        assertEquals("ERROR:2:job not found", answer("query-show:trid=5"));
        assertEquals("ERROR:2:job not found", answer("query-show:id=0x10"));
        assertEquals("ERROR:2:job not found", answer("query-show:id=010"));
        assertEquals("ERROR:2:job not found", answer("query-show:id=-1"));
        assertEquals("ERROR:4:bad id", answer("query-show:id=0"));
        assertEquals("ERROR:4:bad id", answer("query-show:id=08"));
        assertEquals("ERROR:4:bad id", answer("query-show:id=abc"));
        assertEquals("ERROR:4:missing 'id' value", answer("query-show:id="));
        assertEquals("ERROR:4:'id' value too long", answer("query-show:id=" + "1".repeat(26)));
    }
}
