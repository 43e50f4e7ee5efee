package io.spikesdk.testkit.internal.cdt;

/** A msgpack ext element; ext type 0xff with data {@code 00}/{@code 01} is the WILDCARD / INFINITY marker. */
public record MpExt(int type, byte[] data) implements Element {
    public boolean isWildcard() {
        return type == 0xff && data.length == 1 && data[0] == 0;
    }

    public boolean isInfinity() {
        return type == 0xff && data.length == 1 && data[0] == 1;
    }
}
