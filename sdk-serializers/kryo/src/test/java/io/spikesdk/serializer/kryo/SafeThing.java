package io.spikesdk.serializer.kryo;

/** Same stream shape as {@link EvilThing}; its streams are patched into EvilThing streams. */
public class SafeThing {

    String note;

    public SafeThing() {
    }

    public SafeThing(String note) {
        this.note = note;
    }
}
