package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InjectableTypeTest {

    @SuppressWarnings({"unused", "rawtypes"})
    private static void signature(AerospikeClient client, ClientConfig config, List<Host> hosts, EmbeddedAerospike server,
            EmbeddedCluster cluster, List<String> strings, List raw, ArrayList<Host> arrayList, Collection<Host> collection,
            Object object, AutoCloseable closeable) {
    }

    @Test
    void matchesExactlyTheInjectedTypes() {
        Method method = List.of(InjectableTypeTest.class.getDeclaredMethods()).stream()
                .filter(m -> m.getName().equals("signature")).findFirst().orElseThrow();
        List<Optional<InjectableType>> kinds = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            kinds.add(InjectableType.of(parameter));
        }
        assertEquals(List.of(Optional.of(InjectableType.CLIENT), Optional.of(InjectableType.CONFIG),
                Optional.of(InjectableType.HOSTS), Optional.of(InjectableType.SERVER), Optional.of(InjectableType.CLUSTER),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                kinds);
    }
}
