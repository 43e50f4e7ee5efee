package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchWrite;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.admin.Privilege;
import com.aerospike.client.admin.PrivilegeCode;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.Statement;
import com.aerospike.client.Language;
import io.spikesdk.it.TestTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * For every privilege, a command it allows succeeds and one it does not is refused with ROLE_VIOLATION (81) and
 * nothing is written. Each user holds one predefined role (or a scoped custom one).
 */
class PrivilegeEnforcementTest {
    private static final String SET = "priv";
    private static final String MODULE = "priv_udf";
    private static final String LUA = "function set_bin(rec, v)\n  rec['u'] = v\n"
            + "  if aerospike:exists(rec) then aerospike:update(rec) else aerospike:create(rec) end\n  return v\nend\n";
    private static SecureServer secure;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "security needs the embedded server (CE has none)");
        secure = new SecureServer(o -> {
            for (String role : List.of("read", "write", "read-write", "read-write-udf", "truncate", "udf-admin",
                    "sindex-admin", "data-admin", "sys-admin", "user-admin")) {
                o.user(role + "-user", "pw", role);
            }
        });
    }

    @AfterAll
    static void stop() {
        if (secure != null) {
            secure.close();
        }
    }

    @AfterEach
    void reset() {
        secure.server.reset();
    }

    private static AerospikeClient as(String role) {
        return secure.client(role + "-user", "pw");
    }

    private static void assertRefused(Executable call) {
        AerospikeException e = assertThrows(AerospikeException.class, call);
        assertEquals(ResultCode.ROLE_VIOLATION, e.getResultCode(), e.getMessage());
    }

    private static int stored() {
        return secure.server.records("test", SET).size();
    }

    /** Writes one record as a read-write user (the setup of a read). */
    private static Key seed(String name) {
        Key key = new Key("test", SET, name);
        try (AerospikeClient rw = as("read-write")) {
            rw.put(null, key, new Bin("a", 1));
        }
        return key;
    }

    private static String info(AerospikeClient client, String command) {
        return Info.request(null, client.getNodes()[0], command);
    }

    private static void registerUdf() {
        try (AerospikeClient udfAdmin = as("udf-admin")) {
            udfAdmin.registerUdfString(null, LUA, MODULE + ".lua", Language.LUA).waitTillComplete();
        }
    }

    @Test
    void readAllowsReadsNotWrites() {
        Key key = seed("r");
        try (AerospikeClient c = as("read")) {
            assertEquals(1, c.get(null, key).getInt("a"));
            assertTrue(c.exists(null, key));
            assertRefused(() -> c.put(null, new Key("test", SET, "r2"), new Bin("a", 2)));
            assertRefused(() -> c.delete(null, key));
        }
        assertEquals(1, stored());
    }

    @Test
    void writeAllowsWritesNotReads() {
        try (AerospikeClient c = as("write")) {
            Key key = new Key("test", SET, "w");
            c.put(null, key, new Bin("a", 1));
            assertRefused(() -> c.get(null, key));
            // a write that also reads needs read too, as the real server asks
            assertRefused(() -> c.operate(null, new Key("test", SET, "w2"), Operation.put(new Bin("a", 2)),
                    Operation.get("a")));
            c.touch(null, key);
        }
        assertEquals(1, stored());
    }

    @Test
    void readWriteAllowsOperateNotUdf() {
        registerUdf();
        try (AerospikeClient c = as("read-write")) {
            Key key = new Key("test", SET, "rw");
            assertEquals(2, c.operate(null, key, Operation.put(new Bin("a", 2)), Operation.get("a")).getInt("a"));
            assertRefused(() -> c.execute(null, new Key("test", SET, "rw2"), MODULE, "set_bin", Value.get(5)));
        }
        assertEquals(1, stored());
    }

    @Test
    void readWriteUdfAllowsUdfNotTruncate() {
        registerUdf();
        try (AerospikeClient c = as("read-write-udf")) {
            Key key = new Key("test", SET, "udf");
            assertEquals(5L, c.execute(null, key, MODULE, "set_bin", Value.get(5)));
            assertTrue(info(c, "truncate:namespace=test;set=" + SET).startsWith("ERROR:81:role violation"));
        }
        assertEquals(1, stored());
    }

    @Test
    void truncateAllowsTruncateNotWrites() {
        seed("t");
        try (AerospikeClient c = as("truncate")) {
            assertRefused(() -> c.put(null, new Key("test", SET, "t2"), new Bin("a", 2)));
            assertEquals(1, stored());
            c.truncate(null, "test", SET, null);
        }
        assertEquals(0, stored());
    }

    @Test
    void udfAdminAllowsUdfModulesNotIndexes() {
        try (AerospikeClient c = as("udf-admin")) {
            c.registerUdfString(null, LUA, MODULE + ".lua", Language.LUA).waitTillComplete();
            assertRefused(() -> c.createIndex(null, "test", SET, "priv_a", "a", IndexType.NUMERIC));
            assertRefused(() -> c.put(null, new Key("test", SET, "u"), new Bin("a", 1)));
        }
        assertEquals(0, stored());
    }

    @Test
    void sindexAdminAllowsIndexesNotUdfModules() {
        try (AerospikeClient c = as("sindex-admin")) {
            c.createIndex(null, "test", SET, "priv_a", "a", IndexType.NUMERIC).waitTillComplete();
            assertRefused(() -> c.registerUdfString(null, LUA, MODULE + ".lua", Language.LUA));
        }
    }

    @Test
    void dataAdminAllowsIndexesUdfsAndTruncateNotConfigOrData() {
        seed("d");
        try (AerospikeClient c = as("data-admin")) {
            c.createIndex(null, "test", SET, "priv_d", "a", IndexType.NUMERIC).waitTillComplete();
            c.registerUdfString(null, LUA, MODULE + ".lua", Language.LUA).waitTillComplete();
            assertTrue(info(c, "set-config:context=service;proto-fd-max=1000")
                    .startsWith("ERROR:81:role violation - requires permission 'set-config'"));
            assertRefused(() -> c.get(null, new Key("test", SET, "d")));
            c.truncate(null, "test", SET, null);
        }
        assertEquals(0, stored());
    }

    @Test
    void sysAdminAllowsServerCommandsNotUserAdmin() {
        try (AerospikeClient c = as("sys-admin")) {
            assertEquals("ok", info(c, "testkit-advance:ms=0"));
            assertRefused(() -> c.createUser(null, "x", "pw", List.of("read")));
            assertRefused(() -> c.put(null, new Key("test", SET, "s"), new Bin("a", 1)));
        }
        assertEquals(0, stored());
    }

    @Test
    void userAdminAllowsUserCommandsNotData() {
        try (AerospikeClient c = as("user-admin")) {
            c.createUser(null, "x", "pw", List.of("read"));
            assertEquals(List.of("read"), c.queryUser(null, "x").roles);
            assertRefused(() -> c.put(null, new Key("test", SET, "ua"), new Bin("a", 1)));
            assertTrue(info(c, "truncate-namespace:namespace=test").startsWith("ERROR:81:"));
        }
        assertEquals(0, stored());
    }

    @Test
    void scopedPrivilegesApplyToTheirNamespaceAndSetOnly() {
        seed("scoped");
        try (AerospikeClient admin = secure.client("admin", "admin")) {
            Privilege p = new Privilege();
            p.code = PrivilegeCode.READ_WRITE;
            p.namespace = "test";
            p.setName = SET;
            admin.createRole(null, "priv-only", List.of(p));
            admin.createUser(null, "scoped", "pw", List.of("priv-only"));
        }
        try (AerospikeClient c = secure.client("scoped", "pw")) {
            assertEquals(1, c.get(null, new Key("test", SET, "scoped")).getInt("a"));
            c.put(null, new Key("test", SET, "scoped2"), new Bin("a", 2));
            assertRefused(() -> c.put(null, new Key("test", "elsewhere", "x"), new Bin("a", 3)));
            assertRefused(() -> c.put(null, new Key("bar", SET, "x"), new Bin("a", 3)));
            assertRefused(() -> c.get(null, new Key("test", null, "x")));
            Statement other = new Statement();
            other.setNamespace("test");
            other.setSetName("elsewhere");
            assertRefused(() -> {
                try (var rs = c.query(null, other)) {
                    while (rs.next()) {
                        continue;
                    }
                }
            });
            Statement mine = new Statement();
            mine.setNamespace("test");
            mine.setSetName(SET);
            int rows = 0;
            try (var rs = c.query(null, mine)) {
                while (rs.next()) {
                    rows++;
                }
            }
            assertEquals(2, rows);
        }
        assertEquals(2, stored());
        assertEquals(0, secure.server.records("test", "elsewhere").size());
        assertEquals(0, secure.server.records("bar", SET).size());
    }

    @Test
    void batchRowsAreCheckedOneByOne() {
        try (AerospikeClient admin = secure.client("admin", "admin")) {
            Privilege p = new Privilege();
            p.code = PrivilegeCode.WRITE;
            p.namespace = "test";
            p.setName = SET;
            admin.createRole(null, "batch-writer", List.of(p));
            admin.createUser(null, "batcher", "pw", List.of("batch-writer"));
        }
        try (AerospikeClient c = secure.client("batcher", "pw")) {
            List<BatchRecord> rows = new ArrayList<>();
            rows.add(new BatchWrite(new Key("test", SET, "b1"), Operation.array(Operation.put(new Bin("a", 1)))));
            rows.add(new BatchWrite(new Key("test", "other", "b2"), Operation.array(Operation.put(new Bin("a", 2)))));
            c.operate(null, rows);
            assertEquals(ResultCode.OK, rows.get(0).resultCode);
            assertEquals(ResultCode.ROLE_VIOLATION, rows.get(1).resultCode);
        }
        assertEquals(1, stored());
        assertNull(secure.server.records("test", "other").stream().findFirst().orElse(null));
    }
}
