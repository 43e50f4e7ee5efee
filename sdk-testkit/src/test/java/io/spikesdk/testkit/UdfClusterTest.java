package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.Value;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.lua.LuaConfig;
import com.aerospike.client.query.ResultSet;
import com.aerospike.client.query.Statement;
import io.spikesdk.testkit.support.ClusterSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UDFs on an embedded cluster through the official client: one registration reaches every node, record UDFs run on
 * the partition's master, an aggregation's server stages run on every node over the partitions it masters and the
 * client reduces their results, a background UDF reaches every record once.
 */
class UdfClusterTest {
    private static final String SOURCE = """
            function add(r, name, by)
              r[name] = r[name] + by
              aerospike:update(r)
              return r[name]
            end
            local function plus(a, b) return a + b end
            function total(stream, name)
              local function value(rec) return rec[name] end
              return stream : map(value) : reduce(plus)
            end
            """;
    private static final int RECORDS = 60;

    @Test
    void registrationApplyAggregationAndBackgroundUdfOverThreeNodes(@TempDir Path clientLua) throws IOException {
        // the client runs the final reduce from the module's source, which it reads from LuaConfig.SourceDirectory
        Files.writeString(clientLua.resolve("cluster_udf.lua"), SOURCE);
        String sourceDirectory = LuaConfig.SourceDirectory;
        LuaConfig.SourceDirectory = clientLua.toString();
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            client.registerUdfString(null, SOURCE, "cluster_udf.lua", Language.LUA).waitTillComplete();
            for (Node node : client.getNodes()) {
                assertTrue(Info.request(node, "udf-list").contains("filename=cluster_udf.lua,"), node.getName());
            }
            long expected = 0;
            for (int i = 0; i < RECORDS; i++) {
                Key key = new Key("test", "cu", i);
                client.put(null, key, new Bin("n", i));
                assertEquals((long) i + 1, client.execute(null, key, "cluster_udf", "add", Value.get("n"),
                        Value.get(1)));
                expected += i + 1;
            }
            Statement stmt = new Statement();
            stmt.setNamespace("test");
            stmt.setSetName("cu");
            client.execute(null, stmt, "cluster_udf", "add", Value.get("n"), Value.get(10)).waitTillComplete();
            expected += 10L * RECORDS;
            stmt.setAggregateFunction("cluster_udf", "total", Value.get("n"));
            List<Object> results = new ArrayList<>();
            try (ResultSet rs = client.queryAggregate(null, stmt)) {
                while (rs.next()) {
                    results.add(rs.getObject());
                }
            }
            assertEquals(List.of(expected), results);
        } finally {
            LuaConfig.SourceDirectory = sourceDirectory;
        }
    }
}
