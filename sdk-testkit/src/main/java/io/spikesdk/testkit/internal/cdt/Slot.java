package io.spikesdk.testkit.internal.cdt;

/**
 * A place holding one element: the bin itself, a list position or a map key. {@link #put} stores an element,
 * creating the position when it is missing and keeping ordered parent lists sorted.
 */
abstract class Slot {
    /** The element held, or null when the position is absent. */
    abstract Element get();

    /** Stores {@code e} at this position. */
    abstract void put(Element e);

    /** Whether this is the bin itself (persist-index flags are only kept there). */
    boolean topLevel() {
        return false;
    }

    /** The bin value. */
    static final class Root extends Slot {
        private Element value;

        Root(Element value) {
            this.value = value;
        }

        @Override
        Element get() {
            return value;
        }

        @Override
        void put(Element e) {
            value = e;
        }

        @Override
        boolean topLevel() {
            return true;
        }
    }

    /** A list position; when missing, {@code index} is where it will be created (nil padding before it). */
    static final class ListPosition extends Slot {
        private final MpList parent;
        private int index;
        private boolean exists;

        ListPosition(MpList parent, int index, boolean exists) {
            this.parent = parent;
            this.index = index;
            this.exists = exists;
        }

        @Override
        Element get() {
            return exists ? parent.items.get(index) : null;
        }

        @Override
        void put(Element e) {
            if (parent.ordered()) {
                if (exists) {
                    parent.items.remove(index);
                }
                index = ListRanks.insertSorted(parent, e);
            } else if (exists) {
                parent.items.set(index, e);
            } else {
                while (parent.size() < index) {
                    parent.items.add(MpNil.INSTANCE);
                }
                parent.items.add(index, e);
            }
            exists = true;
        }
    }

    /** A map entry addressed by key. */
    static final class MapKey extends Slot {
        private final MpMap parent;
        private final Element key;

        MapKey(MpMap parent, Element key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        Element get() {
            int at = parent.find(key);
            return at < 0 ? null : parent.entries.get(at).value;
        }

        @Override
        void put(Element e) {
            parent.put(key, e);
        }
    }
}
