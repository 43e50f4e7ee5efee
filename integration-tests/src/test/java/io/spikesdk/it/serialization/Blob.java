package io.spikesdk.it.serialization;

import java.io.Serializable;
import java.util.Arrays;

/** A big payload: a label and 256 KB of bytes. */
public record Blob(String label, byte[] data) implements Serializable {

    static Blob sample() {
        byte[] data = new byte[256 * 1024];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        return new Blob("big", data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Blob && ((Blob) o).label.equals(label) && Arrays.equals(((Blob) o).data, data);
    }

    @Override
    public int hashCode() {
        return 31 * label.hashCode() + Arrays.hashCode(data);
    }
}
