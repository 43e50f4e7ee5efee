package io.spikesdk.testkit.containers;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real Aerospike Community Edition server in Docker, for tests that need one (the embedded server covers
 * most needs without Docker). Started when {@link #start()} returns: it answered {@code status} = {@code ok}.
 *
 * <pre>{@code
 * try (AerospikeContainer aerospike = new AerospikeContainer().withNamespace("test")) {
 *     aerospike.start();
 *     try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(aerospike.hosts()).build()).connect()) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>{@code getHost()} is Testcontainers' (a host name); {@link #getSeedHost()} and {@link #hosts()} give the
 * SDK's {@link Host}.
 */
public class AerospikeContainer extends GenericContainer<AerospikeContainer> {

    /** The official image, {@code aerospike/aerospike-server}; other images must be compatible substitutes. */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("aerospike/aerospike-server");

    /**
     * The pinned tag: Community Edition 8.1.2.0, the release the embedded server and the SDK's protocol
     * notes were checked against. Pin your own tag with {@link #AerospikeContainer(DockerImageName)}.
     */
    public static final String DEFAULT_TAG = "8.1.2.0";

    /** The Aerospike service port inside the container. */
    public static final int SERVICE_PORT = 3000;

    /** The namespace of the official image's default configuration. */
    public static final String DEFAULT_NAMESPACE = "test";

    /** Environment variable read by the official image's configuration template. */
    private static final String NAMESPACE_VARIABLE = "NAMESPACE";

    private String namespace = DEFAULT_NAMESPACE;

    /** The default image, {@code aerospike/aerospike-server:}{@value #DEFAULT_TAG}. */
    public AerospikeContainer() {
        this(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG));
    }

    /** The named image, e.g. {@code "aerospike/aerospike-server:8.1.2.0"}. */
    public AerospikeContainer(String dockerImageName) {
        this(DockerImageName.parse(dockerImageName));
    }

    /**
     * The given image.
     *
     * @throws IllegalStateException when the image is neither {@link #DEFAULT_IMAGE_NAME} nor declared a
     *     compatible substitute ({@code DockerImageName.parse("my/aerospike").asCompatibleSubstituteFor("aerospike/aerospike-server")})
     */
    public AerospikeContainer(DockerImageName dockerImageName) {
        super(dockerImageName);
        dockerImageName.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        addExposedPort(SERVICE_PORT);
        waitingFor(new AerospikeInfoWaitStrategy(SERVICE_PORT));
    }

    /**
     * Names the server's single namespace, through the {@code NAMESPACE} variable of the official image's
     * configuration template. Default: {@value #DEFAULT_NAMESPACE}.
     *
     * @throws IllegalArgumentException when the name is not a valid namespace name (1..31 bytes, no ':' or ';')
     */
    public AerospikeContainer withNamespace(String name) {
        EmbeddedAerospike.builder().namespace(name); // the server's own name rules; throws when broken
        this.namespace = name;
        return withEnv(NAMESPACE_VARIABLE, name);
    }

    /** The namespace the server has. */
    public String getNamespace() {
        return namespace;
    }

    /** The host port mapped to {@value #SERVICE_PORT}; the container must be started. */
    public int getPort() {
        return getMappedPort(SERVICE_PORT);
    }

    /** The address clients connect to; the container must be started. */
    public Host getSeedHost() {
        return Host.of(getHost(), getPort());
    }

    /** The seed list for {@code ClientConfig.builder().hosts(...)}; the container must be started. */
    public List<Host> hosts() {
        return List.of(getSeedHost());
    }
}
