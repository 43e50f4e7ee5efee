package io.spikesdk.serializer.msgpack;

import java.util.concurrent.atomic.AtomicBoolean;

/** Records whether any code of {@link EvilThing} ran; kept apart so that reading a flag initializes nothing else. */
public final class Flags {

    public static final AtomicBoolean STATIC_INIT = new AtomicBoolean();
    public static final AtomicBoolean CONSTRUCTOR = new AtomicBoolean();

    private Flags() {
    }

    /** Whether any code of the refused class ran. */
    public static boolean anyRan() {
        return STATIC_INIT.get() || CONSTRUCTOR.get();
    }
}
