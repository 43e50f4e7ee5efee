package io.spikesdk.exp;

import org.junit.jupiter.api.DynamicTest;

import java.util.HexFormat;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One row of a byte-identity table: our expression and the official client's for the same arguments. */
record ByteCase(String name, Supplier<Exp> ours, Supplier<com.aerospike.client.exp.Exp> official) {
    private static final HexFormat HEX = HexFormat.of();

    static ByteCase of(String name, Supplier<Exp> ours, Supplier<com.aerospike.client.exp.Exp> official) {
        return new ByteCase(name, ours, official);
    }

    /** Our built bytes, as hex. */
    String ourHex() {
        return HEX.formatHex(Exp.build(ours.get()).bytes());
    }

    /** The official client's built bytes, as hex. */
    String officialHex() {
        return HEX.formatHex(com.aerospike.client.exp.Exp.build(official.get()).getBytes());
    }

    DynamicTest toTest() {
        return DynamicTest.dynamicTest(name, () -> assertEquals(officialHex(), ourHex(), name));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
