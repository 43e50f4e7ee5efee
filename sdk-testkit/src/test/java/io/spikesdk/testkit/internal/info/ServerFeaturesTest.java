package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServerFeaturesTest {
    /** What a CE 8.1.2.0 node answers to {@code features} (docs/embedded-server.md §5). */
    private static final String REAL = "batch-any;batch-index;blob-bits;cdt-index;cdt-list;cdt-map;cluster-stable;"
            + "float;geo;sindex-exists;peers;pipelining;pquery;pscans;query-show;relaxed-sc;replicas;replicas-all;"
            + "replicas-master;replicas-max;truncate-namespace;udf";

    @Test
    void knowsEveryRealTokenInTheRealOrder() {
        assertEquals(REAL, Arrays.stream(ServerFeatures.values()).map(ServerFeatures::token)
                .collect(Collectors.joining(";")));
    }

    @Test
    void advertisesOnlyWhatIsBuilt() {
        assertEquals("batch-any;batch-index;cdt-index;cdt-list;cdt-map;cluster-stable;float;"
                + "geo;sindex-exists;peers;pipelining;pquery;pscans;relaxed-sc;replicas;replicas-all;replicas-master;replicas-max;truncate-namespace;udf", ServerFeatures.answer());
        List<String> advertised = List.of(ServerFeatures.answer().split(";"));
        for (String notBuilt : List.of("blob-bits", "query-show")) {
            assertFalse(advertised.contains(notBuilt), notBuilt);
        }
        assertTrue(advertised.contains("pscans"), "clients reject a node without pscans");
    }

    @Test
    void answerIsTheAdvertisedTokensInDeclarationOrder() {
        String expected = Arrays.stream(ServerFeatures.values()).filter(ServerFeatures::advertised)
                .map(ServerFeatures::token).collect(Collectors.joining(";"));
        assertEquals(expected, ServerFeatures.answer());
    }
}
