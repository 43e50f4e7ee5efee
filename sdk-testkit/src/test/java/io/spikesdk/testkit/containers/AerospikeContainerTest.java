package io.spikesdk.testkit.containers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** What the container is configured with; none of this needs Docker (resolving the image would). */
class AerospikeContainerTest {

    @Test
    void defaultImageIsThePinnedOfficialImage() {
        assertEquals("aerospike/aerospike-server:8.1.2.0",
                AerospikeContainer.DEFAULT_IMAGE_NAME.withTag(AerospikeContainer.DEFAULT_TAG).asCanonicalNameString());
        try (AerospikeContainer container = new AerospikeContainer()) {
            assertEquals(List.of(AerospikeContainer.SERVICE_PORT), container.getExposedPorts());
            assertEquals(AerospikeContainer.DEFAULT_NAMESPACE, container.getNamespace());
        }
    }

    @Test
    void acceptsOtherTagsOfTheOfficialImage() {
        assertDoesNotThrow(() -> new AerospikeContainer("aerospike/aerospike-server:7.2.0.6").close());
    }

    @Test
    void rejectsAnUnrelatedImage() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new AerospikeContainer("redis:7"));
        assertTrue(error.getMessage().contains("aerospike/aerospike-server"), error.getMessage());
    }

    @Test
    void acceptsADeclaredCompatibleSubstitute() {
        DockerImageName mirror = DockerImageName.parse("registry.example.com/mirror/aerospike:8.1.2.0")
                .asCompatibleSubstituteFor("aerospike/aerospike-server");
        assertDoesNotThrow(() -> new AerospikeContainer(mirror).close());
        assertThrows(IllegalStateException.class,
                () -> new AerospikeContainer(DockerImageName.parse("registry.example.com/mirror/aerospike:8.1.2.0")));
    }

    @Test
    void namespaceGoesToTheImageConfigurationTemplate() {
        try (AerospikeContainer container = new AerospikeContainer().withNamespace("orders")) {
            assertEquals("orders", container.getNamespace());
            assertEquals("orders", container.getEnvMap().get("NAMESPACE"));
        }
    }

    @Test
    void rejectsAnInvalidNamespace() {
        try (AerospikeContainer container = new AerospikeContainer()) {
            assertThrows(IllegalArgumentException.class, () -> container.withNamespace("a;b"));
            assertThrows(IllegalArgumentException.class, () -> container.withNamespace("x".repeat(32)));
        }
    }
}
