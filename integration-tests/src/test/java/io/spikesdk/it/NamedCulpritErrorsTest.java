package io.spikesdk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.BinNameTooLongException;
import io.spikesdk.api.BinTypeException;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.cdt.ListOperations;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Errors name their culprit: the client refuses what every server refuses (bin names over 15 UTF-8 bytes, more
 * than 32768 ops) before sending, naming the bin or the count, and accepts everything the server accepts (15-byte
 * and empty bin names); a wrong namespace lists the cluster's; a server BIN_TYPE_ERROR names the op and bin.
 */
class NamedCulpritErrorsTest {
    private static final String SET = "it_culprits";
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Key freshKey(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        return key;
    }

    @Test
    void binNameOver15BytesIsRefusedBeforeSendingAndNamed(TestInfo info) {
        Key key = freshKey(info);
        String name = "customer_loyalty_tier_code";
        BinNameTooLongException put = assertThrows(BinNameTooLongException.class, () -> client.put(key, Bin.of(name, 1)));
        assertEquals("BIN_NAME_TOO_LONG (21): bin name \"customer_loyalty_tier_code\" is 26 bytes long (UTF-8); "
                + "Aerospike bin names are at most 15 bytes", put.getMessage());
        assertEquals(0, put.attempts());
        assertNull(client.get(key), "nothing may be written");

        String utf8Sixteen = "é".repeat(8);
        BinNameTooLongException get = assertThrows(BinNameTooLongException.class, () -> client.get(key, utf8Sixteen));
        assertTrue(get.getMessage().contains("\"" + utf8Sixteen + "\" is 16 bytes"), get.getMessage());
        BinNameTooLongException operate = assertThrows(BinNameTooLongException.class,
                () -> client.operate(key, ListOperations.append(name, 1)));
        assertTrue(operate.getMessage().contains(name), operate.getMessage());
    }

    @Test
    void fifteenByteAndEmptyBinNamesAreAccepted(TestInfo info) {
        Key key = freshKey(info);
        String fifteen = "a".repeat(15);
        String utf8Fifteen = "é".repeat(7) + "x";
        client.put(key, Bin.of(fifteen, 1), Bin.of(utf8Fifteen, 2), Bin.of("", 3));
        Record record = client.get(key);
        assertEquals(1, record.getInt(fifteen));
        assertEquals(2, record.getInt(utf8Fifteen));
        assertEquals(3, record.getInt(""));
    }

    @Test
    void moreOpsThanTheServerAcceptsAreRefusedWithTheCount(TestInfo info) {
        Key key = freshKey(info);
        Bin[] bins = IntStream.range(0, 32_769).mapToObj(i -> Bin.of("b" + i, i)).toArray(Bin[]::new);
        ParameterException e = assertThrows(ParameterException.class, () -> client.put(key, bins));
        assertTrue(e.getMessage().startsWith("PARAMETER_ERROR (4): 32769 bins in one command; Aerospike accepts at most "
                + "32768"), e.getMessage());
        assertEquals(0, e.attempts());
        String[] names = IntStream.range(0, 32_769).mapToObj(i -> "b" + i).toArray(String[]::new);
        assertTrue(assertThrows(ParameterException.class, () -> client.get(key, names)).getMessage()
                .contains("32769 bin names"));
    }

    @Test
    void unknownNamespaceListsTheClusterNamespaces(TestInfo info) {
        Key key = Key.of("nosuchns", SET, info.getDisplayName());
        InvalidNamespaceException e = assertThrows(InvalidNamespaceException.class, () -> client.put(key, Bin.of("a", 1)));
        assertTrue(e.getMessage().startsWith("INVALID_NAMESPACE (20): Namespace not found in partition map: nosuchns "
                + "(the cluster has ["), e.getMessage());
        assertTrue(e.getMessage().contains(TestTarget.NAMESPACE), e.getMessage());
    }

    @Test
    void binTypeErrorNamesTheOpAndTheBin(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("s", "text"));
        BinTypeException add = assertThrows(BinTypeException.class, () -> client.add(key, Bin.of("s", 1)));
        assertTrue(add.getMessage().contains("(ADD on bin \"s\")"), add.getMessage());
        BinTypeException operate = assertThrows(BinTypeException.class,
                () -> client.operate(key, Operations.put("ok", 1), Operations.add("s", 1)));
        assertTrue(operate.getMessage().contains("(ops WRITE on bin \"ok\", ADD on bin \"s\")"), operate.getMessage());
        assertTrue(operate.node() != null && operate.attempts() == 1, operate.getMessage());
    }

    @Test
    void getResultCodeIsAnAliasOfResultCode(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("s", "text"));
        BinTypeException e = assertThrows(BinTypeException.class, () -> client.add(key, Bin.of("s", 1)));
        assertSame(ResultCode.BIN_TYPE_ERROR, e.getResultCode());
        assertSame(e.resultCode(), e.getResultCode());
    }

    @Test
    void unsupportedKeyTypeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.digest(SET, 1.5));
        assertTrue(e.getMessage().contains("java.lang.Double"), e.getMessage());
    }
}
