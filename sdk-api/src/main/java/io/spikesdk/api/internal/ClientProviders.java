package io.spikesdk.api.internal;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.LogLevel;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.spi.ClientProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link ClientProvider} with {@link ServiceLoader}.
 *
 * <p>Broken providers are logged and skipped; with several providers the first wins and a warning
 * names them all; with none, an {@link AerospikeException} (CLIENT_ERROR) says which jar is missing.
 */
public final class ClientProviders {

    /** Message of the error raised when no provider is found. */
    public static final String NONE_FOUND = "no Spike SDK implementation on the classpath: add io.spikesdk:sdk-core";

    private static final int MAX_BROKEN = 64;

    private ClientProviders() {
    }

    /** The provider to use, searched with {@code loader}. */
    public static ClientProvider find(ClassLoader loader) {
        List<ClientProvider> found = new ArrayList<>(2);
        Iterator<ClientProvider> it = ServiceLoader.load(ClientProvider.class, loader).iterator();
        int broken = 0;
        while (broken < MAX_BROKEN) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                broken++;
                LogBridge.log(LogLevel.WARN, "skipping a broken Spike SDK client provider: " + e);
            }
        }
        if (found.isEmpty()) {
            throw AerospikeException.create(ResultCode.CLIENT_ERROR, NONE_FOUND, null, false, 0);
        }
        if (found.size() > 1 && LogBridge.isEnabled(LogLevel.WARN)) {
            StringBuilder names = new StringBuilder();
            for (ClientProvider p : found) {
                names.append(names.length() == 0 ? "" : ", ").append(p.getClass().getName());
            }
            LogBridge.log(LogLevel.WARN, "several Spike SDK client providers on the classpath (" + names
                + "); using " + found.get(0).getClass().getName());
        }
        return found.get(0);
    }
}
