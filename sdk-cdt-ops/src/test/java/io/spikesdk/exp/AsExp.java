package io.spikesdk.exp;

/**
 * Gives the official client's {@code com.aerospike.client.exp.Exp} factories a short name in tests
 * ({@code AsExp.eq(...)}): static methods and member types are inherited. Never instantiated.
 */
abstract class AsExp extends com.aerospike.client.exp.Exp {
    private AsExp() {
    }
}
