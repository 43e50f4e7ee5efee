package io.spikesdk.it;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the test classes that talk to the target through the official Java client (the oracle for client
 * behaviour): one client for the class, opened before its first test and closed after its last. Test classes run
 * one after another, so the shared field is never used by two classes at once.
 */
public abstract class OfficialClientTest {
    protected static AerospikeClient client;

    @BeforeAll
    static void connectOfficialClient() {
        client = TestTarget.officialClient();
    }

    @AfterAll
    static void closeOfficialClient() {
        client.close();
    }

    /** The key named after the running test in {@code set}, deleted first, then written with {@code bins} if any. */
    protected static Key freshKey(String set, TestInfo info, Bin... bins) {
        Key key = new Key(TestTarget.NAMESPACE, set, info.getDisplayName());
        client.delete(null, key);
        if (bins.length > 0) {
            client.put(null, key, bins);
        }
        return key;
    }
}
