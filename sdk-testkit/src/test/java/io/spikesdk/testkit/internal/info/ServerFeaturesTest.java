package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
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
    void advertisesEveryRealTokenNowThatEachIsBuilt() {
        assertEquals(REAL, ServerFeatures.answer());
    }

    @Test
    void answerIsTheAdvertisedTokensInDeclarationOrder() {
        String expected = Arrays.stream(ServerFeatures.values()).filter(ServerFeatures::advertised)
                .map(ServerFeatures::token).collect(Collectors.joining(";"));
        assertEquals(expected, ServerFeatures.answer());
    }
}
