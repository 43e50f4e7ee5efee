package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;

import java.util.List;

/** The call a case makes after its setup, as data: run it, show it, shrink it. */
interface Command {
    /** Runs the call; returns what the client returned (a Record, a Boolean, or null), or throws. */
    Object execute(AerospikeClient client, Key key);

    /** Smaller variants, simplest first. */
    List<Command> shrinks();

    /** The operations (with return types) this call is about, for difference signatures. */
    String signature();

    /** The operations a multi-op call is made of (one element for other calls). */
    default int parts() {
        return 1;
    }

    /** The call reduced to its {@code i}-th operation. */
    default Command part(int i) {
        return this;
    }

    /** Whether this call is one the real server is known to crash on. */
    default boolean knownCrash() {
        return false;
    }
}
