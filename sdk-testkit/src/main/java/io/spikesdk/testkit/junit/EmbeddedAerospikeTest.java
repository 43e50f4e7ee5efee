package io.spikesdk.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an embedded Aerospike server (one node, or an
 * {@link io.spikesdk.testkit.EmbeddedCluster} when {@link #nodes()} &gt; 1), started on ephemeral ports and
 * always closed afterwards. Parameters of these types are injected:
 *
 * <ul>
 *   <li>{@code io.spikesdk.api.AerospikeClient}: our client, connected; one per server, closed with it;</li>
 *   <li>{@code io.spikesdk.api.ClientConfig}: a config whose seed hosts are the server's;</li>
 *   <li>{@code java.util.List<io.spikesdk.api.Host>}: the seed hosts;</li>
 *   <li>{@link io.spikesdk.testkit.EmbeddedAerospike} (single node) or
 *       {@link io.spikesdk.testkit.EmbeddedCluster} (cluster): for fault injection and the activity log.</li>
 * </ul>
 *
 * <p>The tests leave the embedded server only when they ask to: with {@link #realServerHosts()}, or when the
 * system property (or JUnit configuration parameter) {@value EmbeddedAerospikeExtension#HOSTS_PROPERTY} is set
 * (e.g. {@code -Dspike.test.hosts=10.0.0.5:3000}) and {@link #embeddedOnly()} is false. Then no server is
 * started, a warning is logged, the client, config and hosts point at that real server, and
 * {@code EmbeddedAerospike} / {@code EmbeddedCluster} parameters fail. No environment variable is read
 * (not {@code AEROSPIKE_HOSTS} either).
 *
 * <p>Can be used as a meta-annotation. A {@code @Nested} class without its own annotation shares the
 * enclosing class's server. Every embedded server listens on an ephemeral port, so test classes may run in
 * parallel (JUnit parallel execution): each has its own server, whatever the {@link #lifecycle()}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EmbeddedAerospikeExtension.class)
public @interface EmbeddedAerospikeTest {

    /** When servers start and stop. Default: {@link Lifecycle#PER_CLASS}. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** Namespaces of every node. Default: {@code test}. */
    String[] namespaces() default {"test"};

    /**
     * Strong-consistency namespaces of every node (added to {@link #namespaces()} when not listed there): multi-record
     * transactions run in them. Default: none.
     */
    String[] scNamespaces() default {};

    /** Number of nodes; more than 1 starts an {@link io.spikesdk.testkit.EmbeddedCluster}. Default: 1. */
    int nodes() default 1;

    /** Replication factor of a cluster (ignored for one node). Default: 2. */
    int replicationFactor() default 2;

    /**
     * Seed hosts of a real server to run this class against instead of an embedded one, e.g.
     * {@code "10.0.0.5:3000,10.0.0.6:3000"}; wins over {@value EmbeddedAerospikeExtension#HOSTS_PROPERTY}.
     * Default: empty, the embedded server.
     */
    String realServerHosts() default "";

    /**
     * Always use the embedded server, even when {@value EmbeddedAerospikeExtension#HOSTS_PROPERTY} names a real
     * one: for tests that need fault injection or the activity log. Default: false.
     */
    boolean embeddedOnly() default false;

    /** Server lifecycle of an {@link EmbeddedAerospikeTest} class. */
    enum Lifecycle {
        /** One server for all tests of the class, started before {@code @BeforeAll}, closed after {@code @AfterAll}. */
        PER_CLASS,
        /**
         * A new server for every test method, started before {@code @BeforeEach}, closed after
         * {@code @AfterEach}; it cannot be injected into {@code @BeforeAll} methods or constructors.
         */
        PER_METHOD,
        /**
         * Servers kept for the whole test run (the JVM) and reused: the class takes an idle server started with
         * the same settings ({@link #namespaces()}, {@link #scNamespaces()}, {@link #nodes()},
         * {@link #replicationFactor()}), or starts one
         * when none is idle, keeps it from before {@code @BeforeAll} to after {@code @AfterAll}, and the server is
         * {@linkplain io.spikesdk.testkit.EmbeddedAerospike#reset() reset} before each test (before
         * {@code @BeforeEach}): every test starts empty, so data written in {@code @BeforeAll} is gone by then.
         * The injected client is reused too: its connections stay open across resets. Test classes running in
         * parallel each get their own server; the tests of one class must run one at a time. Against a real
         * server, nothing is reset and this is {@link #PER_CLASS}.
         */
        SHARED
    }
}
