package com.example.orders;

// tag::repository[]
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import java.util.Optional;

/** The application code under test: stores order totals in Aerospike through the Spike SDK client. */
public final class OrderRepository {
    private static final String NAMESPACE = "test";
    private static final String SET = "orders";

    private final AerospikeClient client;

    public OrderRepository(AerospikeClient client) {
        this.client = client;
    }

    public void save(String orderId, long totalCents) {
        client.put(key(orderId), Bin.of("total", totalCents));
    }

    public Optional<Long> total(String orderId) {
        Record record = client.get(key(orderId));
        return record == null ? Optional.empty() : Optional.of(record.getLong("total"));
    }

    static Key key(String orderId) {
        return Key.of(NAMESPACE, SET, orderId);
    }
}
// end::repository[]
