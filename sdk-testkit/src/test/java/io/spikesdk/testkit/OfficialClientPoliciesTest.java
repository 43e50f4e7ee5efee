package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.policy.CommitLevel;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.support.Clients;
import io.spikesdk.testkit.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Write-policy variants, TTL and expiry (injected clock), sendKey, durable delete, commit level. */
class OfficialClientPoliciesTest {
    private static final long CITRUSLEAF_EPOCH = 1_262_304_000L;
    private static MutableClock clock;
    private static EmbeddedAerospike server;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        clock = new MutableClock(System.currentTimeMillis());
        server = EmbeddedAerospike.builder().port(0).namespace("test").clock(clock).build().start();
        client = Clients.connect(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static WritePolicy policy() {
        return new WritePolicy(client.getWritePolicyDefault());
    }

    private static WritePolicy action(RecordExistsAction action) {
        WritePolicy p = policy();
        p.recordExistsAction = action;
        return p;
    }

    private static int code(Runnable r) {
        return assertThrows(AerospikeException.class, r::run).getResultCode();
    }

    @Test
    void recordExistsActions() {
        Key key = new Key("test", "rea", "k");
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR,
                code(() -> client.put(action(RecordExistsAction.UPDATE_ONLY), key, new Bin("a", 1))));
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR,
                code(() -> client.put(action(RecordExistsAction.REPLACE_ONLY), key, new Bin("a", 1))));
        client.put(action(RecordExistsAction.CREATE_ONLY), key, new Bin("a", 1), new Bin("b", 2));
        assertEquals(ResultCode.KEY_EXISTS_ERROR,
                code(() -> client.put(action(RecordExistsAction.CREATE_ONLY), key, new Bin("a", 1))));
        client.put(action(RecordExistsAction.UPDATE), key, new Bin("c", 3));
        assertEquals(Map.of("a", 1L, "b", 2L, "c", 3L), client.get(null, key).bins);
        client.put(action(RecordExistsAction.UPDATE_ONLY), key, new Bin("a", 10));
        assertEquals(Map.of("a", 10L, "b", 2L, "c", 3L), client.get(null, key).bins);
        client.put(action(RecordExistsAction.REPLACE), key, new Bin("r", 1));
        assertEquals(Map.of("r", 1L), client.get(null, key).bins);
        client.put(action(RecordExistsAction.REPLACE_ONLY), key, new Bin("q", 2));
        Record r = client.get(null, key);
        assertEquals(Map.of("q", 2L), r.bins);
        assertEquals(5, r.generation);

        Key fresh = new Key("test", "rea", "fresh");
        client.put(action(RecordExistsAction.REPLACE), fresh, new Bin("x", 1));
        assertEquals(1, client.get(null, fresh).generation);
    }

    @Test
    void generationEqualAndGreaterThan() {
        Key key = new Key("test", "gen", "k");
        client.put(null, key, new Bin("a", 1));
        client.put(null, key, new Bin("a", 2));
        client.put(null, key, new Bin("a", 3));
        WritePolicy eq = policy();
        eq.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        eq.generation = 2;
        assertEquals(ResultCode.GENERATION_ERROR, code(() -> client.put(eq, key, new Bin("a", 9))));
        eq.generation = 3;
        client.put(eq, key, new Bin("a", 4));
        assertEquals(4, client.get(null, key).generation);

        WritePolicy gt = policy();
        gt.generationPolicy = GenerationPolicy.EXPECT_GEN_GT;
        gt.generation = 4;
        assertEquals(ResultCode.GENERATION_ERROR, code(() -> client.put(gt, key, new Bin("a", 9))),
                "GT is strictly greater");
        gt.generation = 8;
        client.put(gt, key, new Bin("a", 5));
        assertEquals(5, client.get(null, key).generation, "generation is incremented, not set to 8");

        WritePolicy delete = policy();
        delete.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        delete.generation = 1;
        assertEquals(ResultCode.GENERATION_ERROR, code(() -> client.delete(delete, key)));
    }

    @Test
    void ttlVariantsAndExpiryByTheInjectedClock() {
        Key key = new Key("test", "ttl", "k");
        WritePolicy ttl100 = policy();
        ttl100.expiration = 100;
        client.put(ttl100, key, new Bin("a", 1));
        Record r = client.get(null, key);
        long nowSeconds = clock.millis() / 1000 - CITRUSLEAF_EPOCH;
        assertEquals(nowSeconds + 100, r.expiration);

        WritePolicy keep = policy();
        keep.expiration = -2;
        clock.advance(Duration.ofSeconds(10));
        client.put(keep, key, new Bin("a", 2));
        assertEquals(r.expiration, client.get(null, key).expiration, "-2 keeps the void time");

        clock.advance(Duration.ofSeconds(91));
        assertNull(client.get(null, key), "expired by the injected clock");
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, code(() -> client.touch(null, key)));

        Key never = new Key("test", "ttl", "never");
        WritePolicy minusOne = policy();
        minusOne.expiration = -1;
        client.put(minusOne, never, new Bin("a", 1));
        assertEquals(0, client.get(null, never).expiration);
        assertEquals(-1, client.get(null, never).getTimeToLive());
        client.put(null, never, new Bin("a", 2));
        assertEquals(0, client.get(null, never).expiration, "TTL 0 uses default-ttl 0: never expires");
        clock.advance(Duration.ofDays(3650));
        assertNotNull(client.get(null, never));

        Key create = new Key("test", "ttl", "create-keep");
        client.put(keep, create, new Bin("a", 1));
        assertEquals(0, client.get(null, create).expiration, "-2 on a create acts as 0");

        WritePolicy tenYears = policy();
        tenYears.expiration = 315_360_000;
        client.put(tenYears, new Key("test", "ttl", "10y"), new Bin("a", 1));
        WritePolicy tooLong = policy();
        tooLong.expiration = 315_360_001;
        assertEquals(ResultCode.PARAMETER_ERROR, code(() -> client.put(tooLong, key, new Bin("a", 1))));
    }

    @Test
    void readTouchPercent() {
        Key key = new Key("test", "ttl", "readtouch");
        WritePolicy ttl100 = policy();
        ttl100.expiration = 100;
        client.put(ttl100, key, new Bin("a", 1));
        long firstVoid = client.get(null, key).expiration;
        Policy touch = new Policy(client.getReadPolicyDefault());
        touch.readTouchTtlPercent = 50;
        clock.advance(Duration.ofSeconds(60));
        client.get(touch, key);
        assertEquals(firstVoid + 60, client.get(null, key).expiration, "read reset the TTL");
        touch.readTouchTtlPercent = 101;
        assertEquals(ResultCode.PARAMETER_ERROR, code(() -> client.get(touch, key)));
    }

    @Test
    void sendKeyStoresTheKeyAndAMismatchIsRejected() {
        Key key = new Key("test", "sendkey", "user-key");
        WritePolicy send = policy();
        send.sendKey = true;
        client.put(send, key, new Bin("a", 1));
        Key sameDigestOtherKey = new Key("test", key.digest, "sendkey", Value.get("other"));
        Policy readWithKey = new Policy(client.getReadPolicyDefault());
        readWithKey.sendKey = true;
        assertEquals(1L, client.get(readWithKey, key).getLong("a"));
        assertEquals(ResultCode.KEY_MISMATCH, code(() -> client.get(readWithKey, sameDigestOtherKey)));
        assertEquals(ResultCode.KEY_MISMATCH, code(() -> client.put(send, sameDigestOtherKey, new Bin("a", 2))));
    }

    @Test
    void commitLevelMasterAndDurableDelete() {
        Key key = new Key("test", "commit", "k");
        WritePolicy master = policy();
        master.commitLevel = CommitLevel.COMMIT_MASTER;
        client.put(master, key, new Bin("a", 1));
        assertEquals(1L, client.get(null, key).getLong("a"));

        WritePolicy durable = policy();
        durable.durableDelete = true;
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.delete(durable, key));
        assertEquals(ResultCode.ENTERPRISE_ONLY, e.getResultCode());
        assertNotNull(client.get(null, key), "the record survives a rejected durable delete");
    }
}
