package io.spikesdk.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.it.OfficialClientTest;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every batch form of the official client and its error paths, with the outcomes a real CE 8.1.2.0 server gives
 * (recorded from one; the embedded server must give the same).
 */
class BatchTest extends OfficialClientTest {
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("binsAndHeaderInOneBatch",
                    "[rc=0 {{b=s0} gen=1}; rc=0 {{} gen=1}; rc=2 null; rc=0 {{} gen=1}; rc=0 {{a=0, b=s0} gen=1}; ]"),
            Map.entry("empty",
                    "[] [] ok=true"),
            Map.entry("udf",
                    "status=false [rc=100 {{FAILURE=UDF: Execution Error 1} gen=1}; rc=100 {{FAILURE=UDF: Execution Error 1} gen=0}; rc=100 {{FAILURE=UDF: Execution Error 1} gen=1}; ] mixed ok=false [rc=0 {{a=0, b=s0} gen=1}; rc=100 {{FAILURE=UDF: Execution Error 1} gen=0}; rc=0 {{a=2, b=s2} gen=1}; ]"),
            Map.entry("unknownNamespace",
                    "alone=rc-16 mixed=ok=false [rc=0 {{a=0, b=s0} gen=1}; rc=20 null; rc=2 null; ]"),
            Map.entry("batchReadOps",
                    "[rc=0 {{a=0, b=s0} gen=1}; rc=2 null; rc=0 {{a=2} gen=1}; rc=0 {{} gen=1}; rc=0 {{a=2, b=s2} gen=1}; ]"),
            Map.entry("deleteKeys",
                    "status=false [rc=0 {{} gen=0}; rc=2 null; rc=0 {{} gen=0}; rc=2 null; ] after=[false, false, false, false]"),
            Map.entry("duplicateKeys",
                    "[{{a=0, b=s0} gen=1} null {{a=0, b=s0} gen=1} {{a=0, b=s0} gen=1} ] writes=[rc=0 {{a=[null, 1]} gen=2}; rc=0 {{a=[null, 2]} gen=3}; rc=0 {{a=[null, 1]} gen=1}; ]"),
            Map.entry("exists",
                    "[true, false, true, false, true, false]"),
            Map.entry("filter",
                    "[null null null null {{a=4, b=s4} gen=1} null {{a=6, b=s6} gen=1} null ] rows=[rc=27 null; rc=0 {{f=null} gen=2}; rc=0 {{a=4, b=s4} gen=1}; ]"),
            Map.entry("generation",
                    "status=false [rc=0 {{g=null} gen=2}; rc=3 null; rc=3 null; rc=3 null; ]"),
            Map.entry("get",
                    "[{{a=0, b=s0} gen=1} null {{a=2, b=s2} gen=1} null {{a=4, b=s4} gen=1} null ]"),
            Map.entry("getBins",
                    "[{{b=s0} gen=1} null {{b=s2} gen=1} null {{b=s4} gen=1} null ]"),
            Map.entry("getHeader",
                    "[{{} gen=1} null {{} gen=1} null {{} gen=1} null ]"),
            Map.entry("large",
                    "status=true found=5000 sum=5000 afterDelete=0"),
            Map.entry("mixed",
                    "ok=false [rc=0 {{a=[null, 10]} gen=2}; rc=0 {{a=10, b=s0} gen=2}; rc=0 {{} gen=0}; rc=2 null; rc=5 null; rc=2 null; rc=4 null; rc=2 null; ] after=[{{a=10, b=s0} gen=2} null null null {{a=4, b=s4} gen=1} null ]"),
            Map.entry("mixedNamespaces",
                    "[{{a=0, b=s0} gen=1} {{x=bar} gen=1} null null ]"),
            Map.entry("operateKeys",
                    "status=true [rc=0 {{a=[null, 1]} gen=2}; rc=0 {{a=[null, 1]} gen=1}; rc=0 {{a=[null, 3]} gen=2}; rc=0 {{a=[null, 1]} gen=1}; ] readOps=[{{a=1} gen=2} {{a=1} gen=1} {{a=3} gen=2} {{a=1} gen=1} ]"),
            Map.entry("respondAllKeysFalse",
                    "rc-16 reads=[{{a=0, b=s0} gen=1} {{n=1} gen=1} {{a=2, b=s2} gen=1} {{n=1} gen=1} {{a=4, b=s4} gen=1} {{n=1} gen=1} ]"));

    @TestFactory
    Stream<DynamicTest> batchCallsAnswerAsTheRealServer() {
        return BatchScenarios.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String actual = e.getValue().apply(client, "batch_" + e.getKey());
            assertEquals(EXPECTED.get(e.getKey()), actual, e.getKey());
        }));
    }
}
