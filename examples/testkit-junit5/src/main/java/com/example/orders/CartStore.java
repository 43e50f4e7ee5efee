package com.example.orders;

// tag::cart-store[]
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.WritePolicy;
import java.time.Duration;
import java.util.Optional;

/** Shopping carts that Aerospike forgets when they are left alone for {@link #ABANDONED_AFTER}. */
public final class CartStore {
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

    private static final WritePolicy EXPIRING = WritePolicy.builder()
            .expiration((int) ABANDONED_AFTER.toSeconds()).build();

    private final AerospikeClient client;

    public CartStore(AerospikeClient client) {
        this.client = client;
    }

    /** Saves the cart; every save gives it another {@link #ABANDONED_AFTER}. */
    public void save(String cartId, long items) {
        client.put(EXPIRING, key(cartId), Bin.of("items", items));
    }

    public Optional<Long> items(String cartId) {
        Record record = client.get(key(cartId));
        return record == null ? Optional.empty() : Optional.of(record.getLong("items"));
    }

    private static Key key(String cartId) {
        return Key.of("test", "carts", cartId);
    }
}
// end::cart-store[]
