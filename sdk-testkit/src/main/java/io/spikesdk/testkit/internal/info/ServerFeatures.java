package io.spikesdk.testkit.internal.info;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code features} answer: the tokens of a CE 8.1.2.0 node, in its order, each advertised
 * only when the embedded server really does it. Clients act on these (the Java client sends batch
 * writes only with {@code batch-any}, partition queries only with {@code pquery}; test suites skip
 * on them), so a feature is switched on here in the change that builds it.
 */
enum ServerFeatures {
    BATCH_ANY("batch-any", true),
    BATCH_INDEX("batch-index", true),
    BLOB_BITS("blob-bits", true),
    CDT_INDEX("cdt-index", true),
    CDT_LIST("cdt-list", true),
    CDT_MAP("cdt-map", true),
    CLUSTER_STABLE("cluster-stable", true),
    FLOAT("float", true),
    GEO("geo", true),
    SINDEX_EXISTS("sindex-exists", true),
    PEERS("peers", true),
    PIPELINING("pipelining", true),
    PQUERY("pquery", true),
    PSCANS("pscans", true),
    QUERY_SHOW("query-show", true),
    /** SC read modes in the header are accepted and ignored, as on a CE node (which advertises it too). */
    RELAXED_SC("relaxed-sc", true),
    REPLICAS("replicas", true),
    REPLICAS_ALL("replicas-all", true),
    REPLICAS_MASTER("replicas-master", true),
    REPLICAS_MAX("replicas-max", true),
    TRUNCATE_NAMESPACE("truncate-namespace", true),
    UDF("udf", true);

    private static final String ANSWER = Arrays.stream(values()).filter(f -> f.advertised).map(f -> f.token)
            .collect(Collectors.joining(";"));

    private final String token;
    private final boolean advertised;

    ServerFeatures(String token, boolean advertised) {
        this.token = token;
        this.advertised = advertised;
    }

    String token() {
        return token;
    }

    boolean advertised() {
        return advertised;
    }

    /** The {@code features} value: the advertised tokens joined by ';'. */
    static String answer() {
        return ANSWER;
    }
}
