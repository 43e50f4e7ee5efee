package io.spikesdk.it.diff;

import com.aerospike.client.Record;

import java.util.ArrayList;
import java.util.List;

/**
 * What one server did with a case: the setup's result, the call's result code (or {@code ok}) and
 * in-doubt flag, the returned value as typed text with its generation and void time, and the record
 * read back afterwards (so side effects are compared too), through the client and as stored (element
 * order and order flags, see {@link WireReader}).
 */
record Outcome(String setup, String rc, boolean inDoubt, String result, int generation, int expiration,
               String after, int afterGeneration, int afterExpiration, String stored) {
    /** Void times may differ by this much (the two servers stamp them at slightly different moments). */
    static final int TTL_TOLERANCE_SECONDS = 2;

    static String describe(Object result) {
        if (result instanceof Record r) {
            return "bins{" + Render.bins(r.bins) + "}";
        }
        return String.valueOf(result);
    }

    static int generation(Object result) {
        return result instanceof Record r ? r.generation : 0;
    }

    static int expiration(Object result) {
        return result instanceof Record r ? r.expiration : 0;
    }

    /** The kinds of difference between two outcomes (empty when they agree), most telling first. */
    static List<String> differences(Outcome real, Outcome embedded) {
        List<String> kinds = new ArrayList<>();
        if (!real.setup.equals(embedded.setup)) {
            kinds.add("setup " + real.setup + "/" + embedded.setup);
            return kinds;
        }
        if (!real.rc.equals(embedded.rc)) {
            kinds.add("rc " + real.rc + "/" + embedded.rc);
        } else if (real.inDoubt != embedded.inDoubt) {
            kinds.add("inDoubt");
        }
        if (!real.result.equals(embedded.result)) {
            kinds.add("value");
        }
        if (real.generation != embedded.generation) {
            kinds.add("generation");
        }
        if (!closeEnough(real.expiration, embedded.expiration)) {
            kinds.add("ttl");
        }
        if (!real.after.equals(embedded.after)) {
            kinds.add("after-record");
        } else if (!real.stored.equals(embedded.stored)) {
            kinds.add("after-stored");
        }
        if (real.afterGeneration != embedded.afterGeneration) {
            kinds.add("after-generation");
        }
        if (!closeEnough(real.afterExpiration, embedded.afterExpiration)) {
            kinds.add("after-ttl");
        }
        return kinds;
    }

    private static boolean closeEnough(int a, int b) {
        return a == b || (a != 0 && b != 0 && Math.abs(a - b) <= TTL_TOLERANCE_SECONDS);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!setup.equals("ok")) {
            return "setup failed: " + setup;
        }
        out.append(rc.equals("ok") ? "ok " + result : rc + (inDoubt ? " inDoubt" : ""));
        if (generation != 0 || expiration != 0) {
            out.append(" gen=").append(generation).append(" void=").append(expiration);
        }
        out.append(" | after: ").append(after);
        if (!stored.equals(after)) {
            out.append(" stored ").append(stored);
        }
        if (afterGeneration != 0 || afterExpiration != 0) {
            out.append(" gen=").append(afterGeneration).append(" void=").append(afterExpiration);
        }
        return out.toString();
    }
}
