package io.spikesdk.testkit;

import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.internal.inspect.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An expectation on the requests clients send, declared with {@link EmbeddedAerospike#expect()} (or {@link
 * EmbeddedCluster#expect()}) and checked by {@link #verify()} or the server's {@link EmbeddedAerospike#verify()}:
 *
 * <pre>{@code
 * server.expect().command(CommandKind.WRITE).namespace("test").set("orders").times(3);
 * service.placeOrders(...);
 * server.verify();   // AssertionError listing what was received when the count differs
 * }</pre>
 *
 * <p>Only requests received after the expectation was declared count. Every criterion narrows the match; without a
 * count the expectation is {@link #atLeast(int) atLeast(1)}. Thread-safe for declaration on one thread and
 * verification on another once declared.
 */
public final class RequestExpectation {
    private static final int LISTED = 50;

    private final Supplier<List<ActivityEntry>> activity;
    private final long afterSequence;
    private final List<Predicate<ActivityEntry>> criteria = new ArrayList<>();
    private final List<String> description = new ArrayList<>();
    private volatile int min = 1;
    private volatile int max = Integer.MAX_VALUE;
    private volatile boolean infoExpected;

    RequestExpectation(Supplier<List<ActivityEntry>> activity, long afterSequence) {
        this.activity = activity;
        this.afterSequence = afterSequence;
    }

    /** Requests of this kind (READ, WRITE, DELETE, INFO, OTHER). */
    public RequestExpectation command(CommandKind kind) {
        Objects.requireNonNull(kind, "kind");
        infoExpected |= kind == CommandKind.INFO;
        return add(kind.name(), e -> e.kind() == kind);
    }

    /** Requests on this namespace. */
    public RequestExpectation namespace(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        return add("namespace " + namespace, e -> namespace.equals(e.namespace()));
    }

    /** Requests on this set. */
    public RequestExpectation set(String set) {
        Objects.requireNonNull(set, "set");
        return add("set " + set, e -> set.equals(e.set()));
    }

    /**
     * Requests on the record with this user key (a String, Long, Integer or byte[]): those whose digest is the
     * key's in the request's set, whether the client sent the key or not.
     */
    public RequestExpectation key(Object userKey) {
        Objects.requireNonNull(userKey, "userKey");
        Object key = userKey instanceof Integer i ? Long.valueOf(i) : userKey;
        Key.digest(null, key); // refuses a type that is no user key now rather than at verification
        return add("key " + ValueText.of(key), e -> e.digest() != null
                && Arrays.equals(e.digest(), Key.digest(e.set(), key)));
    }

    /** Requests on the record with this digest. */
    public RequestExpectation digest(byte[] digest) {
        byte[] copy = Objects.requireNonNull(digest, "digest").clone();
        return add("digest " + java.util.HexFormat.of().formatHex(copy), e -> e.hasDigest(copy));
    }

    /** Requests with an operation on this bin. */
    public RequestExpectation bin(String bin) {
        Objects.requireNonNull(bin, "bin");
        return add("bin " + bin, e -> e.binNames().contains(bin));
    }

    /** Requests with an operation of this wire type (see {@link RequestOperation#type()}), e.g. "CDT_MODIFY". */
    public RequestExpectation operation(String type) {
        Objects.requireNonNull(type, "type");
        return add("operation " + type, e -> e.operations().stream().anyMatch(op -> op.type().equals(type)));
    }

    /** Requests answered with this result code. */
    public RequestExpectation resultCode(ResultCode code) {
        Objects.requireNonNull(code, "code");
        return add("answered " + code, e -> e.resultCode() == code.code());
    }

    /** Requests matching a predicate of your own, named {@code description} in failure messages. */
    public RequestExpectation matching(String description, Predicate<ActivityEntry> predicate) {
        return add(Objects.requireNonNull(description, "description"), Objects.requireNonNull(predicate, "predicate"));
    }

    /** Exactly {@code count} matching requests. */
    public RequestExpectation times(int count) {
        return between(count, count);
    }

    /** Exactly one matching request. */
    public RequestExpectation once() {
        return times(1);
    }

    /** No matching request. */
    public RequestExpectation never() {
        return times(0);
    }

    /** At least {@code count} matching requests. */
    public RequestExpectation atLeast(int count) {
        return between(count, Integer.MAX_VALUE);
    }

    /** At most {@code count} matching requests. */
    public RequestExpectation atMost(int count) {
        return between(0, count);
    }

    private RequestExpectation between(int low, int high) {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("invalid count: " + low + ".." + high);
        }
        min = low;
        max = high;
        return this;
    }

    private synchronized RequestExpectation add(String text, Predicate<ActivityEntry> criterion) {
        description.add(text);
        criteria.add(criterion);
        return this;
    }

    /** The requests received since the declaration that match. */
    public List<ActivityEntry> matches() {
        return received().stream().filter(this::matches).toList();
    }

    /**
     * Checks the count of matching requests.
     *
     * @throws AssertionError listing the matching requests and the other requests received meanwhile
     */
    public void verify() {
        String failure = failure();
        if (failure != null) {
            throw new AssertionError(failure);
        }
    }

    /** The failure message, or null when the expectation is met. */
    String failure() {
        List<ActivityEntry> received = received();
        List<ActivityEntry> matching = received.stream().filter(this::matches).toList();
        if (matching.size() >= min && matching.size() <= max) {
            return null;
        }
        StringBuilder sb = new StringBuilder("Expected ").append(countText()).append(' ').append(this)
                .append(", received ").append(matching.size()).append('.');
        List<ActivityEntry> shown = received.stream()
                .filter(e -> infoExpected || e.kind() != CommandKind.INFO).toList();
        if (shown.isEmpty()) {
            sb.append("\nNo ").append(infoExpected ? "" : "data ").append("request was received since the expectation "
                    + "was declared.");
        } else {
            sb.append("\nRequests received since the expectation was declared")
                    .append(infoExpected ? "" : " (info requests left out)").append(", '+' = matching:");
            int from = Math.max(0, shown.size() - LISTED);
            if (from > 0) {
                sb.append("\n  ... ").append(from).append(" earlier requests");
            }
            for (ActivityEntry e : shown.subList(from, shown.size())) {
                sb.append("\n  ").append(matches(e) ? "+ " : "  ").append(e);
            }
        }
        return sb.toString();
    }

    private String countText() {
        if (min == max) {
            return min == 0 ? "no request" : "exactly " + min + (min == 1 ? " request" : " requests");
        }
        if (max == Integer.MAX_VALUE) {
            return "at least " + min + (min == 1 ? " request" : " requests");
        }
        return min == 0 ? "at most " + max + " requests" : "between " + min + " and " + max + " requests";
    }

    private List<ActivityEntry> received() {
        return activity.get().stream().filter(e -> e.sequence() > afterSequence).toList();
    }

    private synchronized boolean matches(ActivityEntry e) {
        for (Predicate<ActivityEntry> c : criteria) {
            if (!c.test(e)) {
                return false;
            }
        }
        return true;
    }

    /** "matching WRITE, namespace test, set orders". */
    @Override
    public synchronized String toString() {
        return description.isEmpty() ? "matching any request" : "matching " + String.join(", ", description);
    }
}
