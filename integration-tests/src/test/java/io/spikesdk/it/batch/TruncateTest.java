package io.spikesdk.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import io.spikesdk.it.OfficialClientTest;

import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Truncate through the official client and raw info commands, as a real CE 8.1.2.0 server answers them: records last
 * updated before the cut disappear (on the real server by background threads, shortly after the answer; the
 * embedded server drops them before answering), later writes survive, the set's {@code truncate_lut} shows in
 * {@code sets}. Cut-offs between two writes are made by waiting for the clock to move on, not by sleeping.
 */
class TruncateTest extends OfficialClientTest {
    private static final Pattern SET_LUT = Pattern.compile("truncate_lut=(\\d+)");

    @Test
    void truncatingASetDropsItsRecordsOnlyAndLaterWritesSurvive() {
        Key a = new Key("test", "trunc_set", 1);
        Key other = new Key("test", "trunc_other", 1);
        client.put(null, a, new Bin("x", 1));
        client.put(null, other, new Bin("x", 1));
        nextMillisecond(System.currentTimeMillis());
        client.truncate(null, "test", "trunc_set", null);
        awaitGone(a);
        assertNotNull(client.get(null, other));
        client.put(null, a, new Bin("x", 2));
        assertEquals(2, client.get(null, a).getInt("x"));
        long lut = setLut("test", "trunc_set");
        assertTrue(lut > 0, "truncate_lut set");
    }

    @Test
    void aBeforeTimeKeepsRecordsWrittenAfterIt() {
        Key early = new Key("test", "trunc_before", "early");
        Key late = new Key("test", "trunc_before", "late");
        client.put(null, early, new Bin("x", 1));
        long cut = nextMillisecond(System.currentTimeMillis());
        nextMillisecond(cut);
        client.put(null, late, new Bin("x", 2));
        Calendar before = Calendar.getInstance();
        before.setTimeInMillis(cut);
        client.truncate(null, "test", "trunc_before", before);
        awaitGone(early);
        assertEquals(2, client.get(null, late).getInt("x"));
        long serverEpochMillis = cut - 1_262_304_000_000L;
        assertEquals(serverEpochMillis, setLut("test", "trunc_before"));
        client.truncate(null, "test", "trunc_before", before);
        assertNotNull(client.get(null, late), "an earlier or equal cut changes nothing");
    }

    @Test
    void truncatingANamespaceDropsEverySet() {
        Key a = new Key("bar", "trunc_ns_a", 1);
        Key b = new Key("bar", "trunc_ns_b", 1);
        Key noSet = new Key("bar", null, "trunc_ns");
        client.put(null, a, new Bin("x", 1));
        client.put(null, b, new Bin("x", 1));
        client.put(null, noSet, new Bin("x", 1));
        nextMillisecond(System.currentTimeMillis());
        client.truncate(null, "bar", null, null);
        awaitGone(a);
        awaitGone(b);
        awaitGone(noSet);
        assertEquals("ok", info("truncate-namespace-undo:namespace=bar"));
        client.put(null, a, new Bin("x", 3));
        assertEquals(3, client.get(null, a).getInt("x"));
    }

    @Test
    void answersOfTheInfoCommands() {
        assertEquals("ok", info("truncate:namespace=test;set=never_written_set"));
        assertEquals("ok", info("truncate:namespace=nosuchns;set=x"));
        assertEquals("ok", info("truncate-namespace:namespace=nosuchns"));
        assertEquals("ERROR:4:missing 'set'", info("truncate:namespace=test"));
        assertEquals("ERROR:20:missing 'namespace'", info("truncate:set=x"));
        assertEquals("ERROR:4:would truncate to 0", info("truncate:namespace=test;set=x;lut=0"));
        assertEquals("ERROR:4:would truncate to 0", info("truncate:namespace=test;set=x;lut=abc"));
        assertEquals("ERROR:4:would truncate in the future",
                info("truncate:namespace=test;set=x;lut=99999999999999999999"));
        assertEquals("ERROR:4:'lut' value too long", info("truncate:namespace=test;set=x;lut=123456789012345678901234"));
        assertEquals("ERROR:4:missing 'lut' value", info("truncate:namespace=test;set=x;lut="));
        assertEquals("ERROR:4:unexpected set name", info("truncate-namespace:namespace=test;set=x"));
        assertEquals("ERROR:4:missing 'set'", info("truncate-undo:namespace=test"));
        assertEquals("ok", info("truncate-undo:namespace=test;set=x"));
        assertEquals("ERROR:20:missing 'namespace'", info("truncate-namespace-undo:"));
    }

    @Test
    void undoForgetsTheCutButNotTheDroppedRecords() {
        Key a = new Key("test", "trunc_undo", 1);
        client.put(null, a, new Bin("x", 1));
        nextMillisecond(System.currentTimeMillis());
        client.truncate(null, "test", "trunc_undo", null);
        assertTrue(setLut("test", "trunc_undo") > 0);
        // a real server drops the records in the background: an undo that came first would let the record be seen again
        awaitGone(a);
        assertEquals("ok", info("truncate-undo:namespace=test;set=trunc_undo"));
        assertEquals(0, setLut("test", "trunc_undo"));
        assertNull(client.get(null, a), "a dropped record stays dropped after the undo");
    }

    /**
     * Whether {@code sets/ns/set} shows a set at all depends only on whether the set was ever written there, not on
     * its records or cuts: an empty set written once stays listed with {@code truncate_lut=0} after undo, and a set
     * never written stays unlisted whatever is truncated or undone. A real server keeps its sets until it restarts,
     * so this test writes a set of its own run.
     */
    @Test
    void aSetIsListedOnceWrittenEvenWhenEmptiedAndNeverBefore() {
        String set = "trunc_listed_" + Long.toString(System.nanoTime() & 0xFFFF_FFFFL, 36);
        assertEquals("", info("sets/test/" + set));
        assertEquals("ok", info("truncate-undo:namespace=test;set=" + set));
        assertEquals("ERROR:4:would truncate to 0", info("truncate:namespace=test;set=" + set + ";lut=0"));
        assertEquals("ok", info("truncate:namespace=test;set=" + set));
        assertEquals("", info("sets/test/" + set), "a cut of a set never written creates nothing");

        Key a = new Key("test", set, 1);
        client.put(null, a, new Bin("x", 1));
        client.delete(null, a);
        assertEquals(0, setLut("test", set));
        assertTrue(info("sets/test/" + set).startsWith("objects=0:"), info("sets/test/" + set));
        nextMillisecond(System.currentTimeMillis());
        assertEquals("ok", info("truncate:namespace=test;set=" + set));
        assertTrue(setLut("test", set) > 0);
        assertEquals("ok", info("truncate-undo:namespace=test;set=" + set));
        assertEquals(0, setLut("test", set), "still listed, cut forgotten");
    }

    @Test
    void aFutureCutIsRefusedAndTheClientReportsTheServerText() {
        AerospikeException e = org.junit.jupiter.api.Assertions.assertThrows(AerospikeException.class,
                () -> client.truncate(null, "test", "x", futureCalendar()));
        assertEquals(-1, e.getResultCode());
        assertTrue(e.getMessage().contains("would truncate in the future"), e.getMessage());
    }

    private static Calendar futureCalendar() {
        Calendar c = Calendar.getInstance();
        c.setTimeInMillis(System.currentTimeMillis() + 3_600_000L);
        return c;
    }

    private static long setLut(String ns, String set) {
        Matcher m = SET_LUT.matcher(info("sets/" + ns + "/" + set));
        assertTrue(m.find(), "sets answer has truncate_lut");
        return Long.parseLong(m.group(1));
    }

    private static String info(String command) {
        Node node = client.getNodes()[0];
        return Info.request(null, node, command);
    }

    /** Waits (up to 10 s) until the record is gone. */
    private static void awaitGone(Key key) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (client.get(null, key) != null) {
            assertTrue(System.nanoTime() < deadline, "record still there 10 s after the truncate: " + key);
            Thread.onSpinWait();
        }
    }

    /**
     * Waits until the wall clock shows a millisecond after {@code millis} and returns it: a truncate to "now" keeps
     * records written in the same millisecond (the cut compares last-update times in milliseconds, strictly).
     */
    /**
     * Waits until the wall clock is past {@code millis}: a truncate keeps records whose last update is in the
     * cut's own millisecond (last-update &lt; cut, strictly), so a test writes, waits for the next millisecond,
     * then cuts.
     */
    static long nextMillisecond(long millis) {
        long now = System.currentTimeMillis();
        while (now <= millis) {
            Thread.onSpinWait();
            now = System.currentTimeMillis();
        }
        return now;
    }
}
