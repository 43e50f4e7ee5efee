package io.spikesdk.serializer.java;

import java.io.Serializable;

/** Same stream shape as {@link EvilThing}; its serialized bytes are patched into an EvilThing stream. */
public class SafeThing implements Serializable {

    private static final long serialVersionUID = 1L;

    String note;

    public SafeThing(String note) {
        this.note = note;
    }
}
