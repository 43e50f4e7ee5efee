package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::imports[]
import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import io.spikesdk.testkit.EmbeddedAerospike;
// end::imports[]
import org.junit.jupiter.api.Test;

/** The official-client snippets of sdk-testkit/README.md: only com.aerospike.client types, no io.spikesdk.api import. */
class OfficialClientInCodeTest {

    @Test
    void startAndInjectAFault() {
        // tag::start[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Key key = new Key("test", "demo", "k1");
            client.put(null, key, new Bin("n", 1));
            assertEquals(1, client.get(null, key).getInt("n"));

            // failWith takes the testkit's code type, io.spikesdk.api.ResultCode: written out in full here because
            // com.aerospike.client.ResultCode (int constants) has the same simple name.
            server.faults().failWith(io.spikesdk.api.ResultCode.KEY_BUSY, key.digest);   // this record only
            AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(null, key));
            assertEquals(com.aerospike.client.ResultCode.KEY_BUSY, e.getResultCode());
            assertTrue(server.activity().stream().anyMatch(a -> a.hasDigest(key.digest) && a.resultCode() == 14));
        }
        // end::start[]
    }
}
