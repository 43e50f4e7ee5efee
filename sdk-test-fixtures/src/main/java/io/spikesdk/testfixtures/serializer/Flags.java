package io.spikesdk.testfixtures.serializer;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records whether any code of a refused gadget class ({@link EvilThing} or a serializer's own) ran; kept apart
 * so that reading a flag initializes nothing else. Each test JVM has its own flags.
 */
public final class Flags {

    public static final AtomicBoolean STATIC_INIT = new AtomicBoolean();
    public static final AtomicBoolean CONSTRUCTOR = new AtomicBoolean();
    /** Set only by gadgets with Java-serialization hooks. */
    public static final AtomicBoolean READ_OBJECT = new AtomicBoolean();
    /** Set only by gadgets with Java-serialization hooks. */
    public static final AtomicBoolean READ_RESOLVE = new AtomicBoolean();

    private Flags() {
    }

    /** Whether any code of the refused class ran. */
    public static boolean anyRan() {
        return STATIC_INIT.get() || CONSTRUCTOR.get() || READ_OBJECT.get() || READ_RESOLVE.get();
    }
}
