package io.spikesdk.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.LogLevel;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.spi.ClientProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientProvidersTest {

    private static final ClientConfig CONFIG = ClientConfig.builder().hosts(Host.of("localhost", 3000)).build();

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    /** Test provider; creates no client. */
    public static final class FirstProvider implements ClientProvider {
        @Override
        public AerospikeClient create(ClientConfig config) {
            throw new UnsupportedOperationException("test provider");
        }
    }

    /** Second test provider. */
    public static final class SecondProvider implements ClientProvider {
        @Override
        public AerospikeClient create(ClientConfig config) {
            throw new UnsupportedOperationException("test provider");
        }
    }

    @AfterEach
    void restoreLogging() {
        Aerospike.setLogHandler(null);
        Aerospike.setLogLevel(LogLevel.WARN);
    }

    private ClassLoader loaderWith(String... providerClasses) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve(ClientProvider.class.getName()), List.of(providerClasses), StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void noProviderGivesTheContractError() {
        AerospikeException e = assertThrows(AerospikeException.class, () -> Aerospike.client(CONFIG));
        assertEquals(ResultCode.CLIENT_ERROR, e.resultCode());
        assertEquals("no Spike SDK implementation on the classpath: add io.spikesdk:sdk-core", e.detail());
        assertTrue(e.getMessage().contains("add io.spikesdk:sdk-core"), e.getMessage());
    }

    @Test
    void nullConfigIsRejected() {
        assertThrows(NullPointerException.class, () -> Aerospike.client(null));
    }

    @Test
    void singleProviderIsUsedWithoutWarning() throws IOException {
        Aerospike.setLogHandler((level, msg) -> warnings.add(msg));
        ClientProvider p = ClientProviders.find(loaderWith(FirstProvider.class.getName()));
        assertInstanceOf(FirstProvider.class, p);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void severalProvidersTakeTheFirstAndWarn() throws IOException {
        Aerospike.setLogHandler((level, msg) -> warnings.add(level + " " + msg));
        ClientProvider p = ClientProviders.find(loaderWith(FirstProvider.class.getName(), SecondProvider.class.getName()));
        assertInstanceOf(FirstProvider.class, p);
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0);
        assertTrue(w.startsWith("WARN ") && w.contains("FirstProvider") && w.contains("SecondProvider"), w);
    }

    @Test
    void brokenProvidersAreSkippedWithAWarning() throws IOException {
        Aerospike.setLogHandler((level, msg) -> warnings.add(msg));
        ClientProvider p = ClientProviders.find(loaderWith("com.example.DoesNotExist", SecondProvider.class.getName()));
        assertInstanceOf(SecondProvider.class, p);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("com.example.DoesNotExist")), warnings.toString());
    }

    @Test
    void onlyBrokenProvidersIsTheNoneFoundError() throws IOException {
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> ClientProviders.find(loaderWith("com.example.DoesNotExist")));
        assertEquals(ClientProviders.NONE_FOUND, e.detail());
    }
}
