package io.spikesdk.it.diff;

import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapWriteMode;

import java.util.ArrayList;
import java.util.List;

/** CDT policies and flag words as case arguments that show themselves by name. */
final class Policies {
    private Policies() {
    }

    /** An argument that renders itself (not as a value). */
    interface Shown {
    }

    record LPol(ListOrder order, int flags) implements Shown {
        ListPolicy policy() {
            return new ListPolicy(order, flags);
        }

        @Override
        public String toString() {
            return "ListPolicy(" + order + "," + listFlags(flags) + ")";
        }
    }

    /** A map policy: either the flags form (mode null) or the legacy write-mode form. */
    record MPol(MapOrder order, int flags, boolean persistIndex, MapWriteMode mode) implements Shown {
        MapPolicy policy() {
            return mode != null ? new MapPolicy(order, mode) : new MapPolicy(order, flags, persistIndex);
        }

        @Override
        public String toString() {
            return "MapPolicy(" + order + "," + (mode != null ? mode : mapFlags(flags) + (persistIndex ? ",persist" : "")) + ")";
        }
    }

    /** A plain flags word (sort flags, expression flags) shown with its meaning. */
    record Flags(int value, String text) implements Shown {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A list or map order argument (create, setOrder). */
    record OrderArg(Object order) implements Shown {
        @Override
        public String toString() {
            return String.valueOf(order);
        }
    }

    /** A boolean switch argument (pad, persistIndex). */
    record Switch(String name, boolean on) implements Shown {
        @Override
        public String toString() {
            return name + "=" + on;
        }
    }

    static String listFlags(int flags) {
        return names(flags, new String[] {"ADD_UNIQUE", "INSERT_BOUNDED", "NO_FAIL", "PARTIAL"}, new int[] {1, 2, 4, 8});
    }

    static String mapFlags(int flags) {
        return names(flags, new String[] {"CREATE_ONLY", "UPDATE_ONLY", "NO_FAIL", "PARTIAL"}, new int[] {1, 2, 4, 8});
    }

    static String names(int flags, String[] names, int[] bits) {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < bits.length; i++) {
            if ((flags & bits[i]) != 0) {
                on.add(names[i]);
            }
        }
        return on.isEmpty() ? "DEFAULT" : String.join("|", on);
    }
}
