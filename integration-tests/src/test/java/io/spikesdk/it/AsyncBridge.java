package io.spikesdk.it;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Policy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a test written against {@link AerospikeClient} through {@link AerospikeClient#async()}: every call that
 * {@link AsyncAerospikeClient} offers (directly, or with leading {@code null} policies, or with no bin names) goes
 * through the async client and waits for its future, unwrapping its failure; scans and queries read the async
 * client's publisher ({@link PublisherStream}); default methods run through the bridge; anything else (admin calls)
 * goes to the synchronous client. {@link #asyncCalls} counts the
 * bridged calls, so a test can check that it really ran async.
 */
public final class AsyncBridge implements InvocationHandler {
    private static final Set<Class<?>> POLICIES = Set.of(Policy.class, io.spikesdk.api.WritePolicy.class,
        BatchPolicy.class, BatchWritePolicy.class, BatchDeletePolicy.class);

    private final AerospikeClient sync;
    private final AsyncAerospikeClient async;
    private final Map<Method, Route> routes = new ConcurrentHashMap<>();
    private final AtomicLong asyncCalls = new AtomicLong();

    private AsyncBridge(AerospikeClient sync) {
        this.sync = sync;
        this.async = sync.async();
    }

    /**
     * {@code client} itself for "sync"; for "async" (and the modes "async-tls", "async-login" of
     * {@link SecureTargets}) a client whose commands run through {@code client.async()}.
     */
    public static AerospikeClient of(String mode, AerospikeClient client) {
        if ("sync".equals(mode)) {
            return client;
        }
        if (!mode.startsWith("async")) {
            throw new IllegalArgumentException("mode " + mode);
        }
        return (AerospikeClient) Proxy.newProxyInstance(AsyncBridge.class.getClassLoader(),
            new Class<?>[] {AerospikeClient.class}, new AsyncBridge(client));
    }

    /** Commands a bridged client ran through the async client. */
    public static long asyncCalls(AerospikeClient client) {
        return Proxy.isProxyClass(client.getClass()) ? ((AsyncBridge) Proxy.getInvocationHandler(client)).asyncCalls.get()
            : 0;
    }

    /** How a synchronous method maps onto the async client. */
    private record Route(Method target, int leadingNulls, boolean trailingNames, boolean infoOne) {
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] given = args == null ? new Object[0] : args;
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == given[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "AsyncBridge[" + sync + "]";
            };
        }
        if (method.getName().equals("scan") || method.getName().equals("query")) {
            return publisherCall(method, given);
        }
        Route route = routes.computeIfAbsent(method, AsyncBridge::route);
        if (route.target() == null) {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, given);
            }
            return call(sync, method, given);
        }
        Object[] targetArgs = new Object[route.target().getParameterCount()];
        System.arraycopy(given, 0, targetArgs, route.leadingNulls(), given.length);
        if (route.trailingNames()) {
            targetArgs[targetArgs.length - 1] = new String[0];
        }
        if (route.infoOne()) {
            targetArgs[0] = new String[] {(String) given[0]};
        }
        asyncCalls.incrementAndGet();
        CompletableFuture<?> future = (CompletableFuture<?>) call(async, route.target(), targetArgs);
        Object result;
        try {
            result = future.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("async " + method.getName() + " did not complete in 60 s", e);
        }
        if (route.infoOne()) {
            return ((Map<?, ?>) result).get(given[0]);
        }
        return result;
    }

    /** A scan or query through the async client's publisher: as a RecordStream, or with the callback per record. */
    @SuppressWarnings("unchecked")
    private Object publisherCall(Method method, Object[] args) throws Throwable {
        List<Class<?>> types = new java.util.ArrayList<>();
        List<Object> targetArgs = new java.util.ArrayList<>();
        java.util.function.Consumer<KeyRecord> callback = null;
        boolean withCallback = false;
        for (int i = 0; i < args.length; i++) {
            if (method.getParameterTypes()[i] == java.util.function.Consumer.class) {
                withCallback = true;
                callback = java.util.Objects.requireNonNull((java.util.function.Consumer<KeyRecord>) args[i],
                    "callback");
            } else {
                types.add(method.getParameterTypes()[i]);
                targetArgs.add(args[i]);
            }
        }
        Method target = find(method.getName(), types.toArray(new Class<?>[0]));
        asyncCalls.incrementAndGet();
        Flow.Publisher<KeyRecord> publisher = (Flow.Publisher<KeyRecord>) call(async, target, targetArgs.toArray());
        if (!withCallback) {
            return PublisherStream.of(publisher);
        }
        PublisherStream.forEach(publisher, callback);
        return null;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        }
    }

    private static Route route(Method m) {
        Class<?>[] p = m.getParameterTypes();
        String name = m.getName();
        if (name.equals("info") && p.length == 1 && p[0] == String.class) {
            return new Route(find("info", String[].class), 0, false, true);
        }
        if (name.equals("get") && p.length >= 1 && p[p.length - 1] == List.class) {
            name = "operate"; // get(List<BatchRead>) is the async operate of a list of reads
        }
        for (int nulls = 0; nulls <= 2; nulls++) {
            for (boolean names : new boolean[] {false, true}) {
                Class<?>[] candidate = new Class<?>[nulls + p.length + (names ? 1 : 0)];
                System.arraycopy(p, 0, candidate, nulls, p.length);
                if (names) {
                    candidate[candidate.length - 1] = String[].class;
                }
                for (Method target : AsyncAerospikeClient.class.getMethods()) {
                    // queryAggregate's publisher is tested on its own (AsyncAggregationTest), not bridged
                    if (target.getName().equals(name) && target.getReturnType() == CompletableFuture.class
                        && matches(target.getParameterTypes(), candidate, nulls)) {
                        return new Route(target, nulls, names, false);
                    }
                }
            }
        }
        return new Route(null, 0, false, false);
    }

    private static boolean matches(Class<?>[] target, Class<?>[] candidate, int nulls) {
        if (target.length != candidate.length) {
            return false;
        }
        for (int i = 0; i < target.length; i++) {
            if (i < nulls ? !POLICIES.contains(target[i]) : target[i] != candidate[i]) {
                return false;
            }
        }
        return true;
    }

    private static Method find(String name, Class<?>... types) {
        try {
            return AsyncAerospikeClient.class.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(name + Arrays.toString(types), e);
        }
    }
}
