package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

/** The namespace-configuration snippet of sdk-testkit/README.md. */
class NamespaceOptionsInCodeTest {
    @Test
    void aNamespaceWithoutNsupRefusesTtls() {
        // tag::namespace-options[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace("test", ns -> ns.nsupPeriod(0))                  // as "nsup-period 0" in aerospike.conf
                .namespace("cache", ns -> ns.defaultTtl(3600).maxRecordSize(128 * 1024))
                .build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            WritePolicy oneHour = new WritePolicy();
            oneHour.expiration = 3600;
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> client.put(oneHour, new Key("test", "s", "k"), new Bin("v", 1)));
            assertEquals(ResultCode.FAIL_FORBIDDEN, e.getResultCode());   // 22, as the real server answers
            client.put(oneHour, new Key("cache", "s", "k"), new Bin("v", 1));
        }
        // end::namespace-options[]
    }
}
