package io.spikesdk.it.diff;

import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;

import java.util.ArrayList;
import java.util.List;

/** The write-policy knobs of a case; only non-default ones are shown. */
record WriteSpec(RecordExistsAction exists, GenerationPolicy genPolicy, int generation, int expiration,
                 boolean sendKey, boolean durableDelete, boolean respondAllOps, Expr filter) {
    static final WriteSpec DEFAULT = new WriteSpec(RecordExistsAction.UPDATE, GenerationPolicy.NONE, 0, 0, false, false, false, null);
    static final int TIMEOUT_MS = 5000;

    WritePolicy write() {
        WritePolicy p = new WritePolicy();
        p.recordExistsAction = exists;
        p.generationPolicy = genPolicy;
        p.generation = generation;
        p.expiration = expiration;
        p.sendKey = sendKey;
        p.durableDelete = durableDelete;
        p.respondAllOps = respondAllOps;
        p.filterExp = filter == null ? null : filter.build();
        timeouts(p);
        return p;
    }

    Policy read() {
        Policy p = new Policy();
        p.sendKey = sendKey;
        p.filterExp = filter == null ? null : filter.build();
        timeouts(p);
        return p;
    }

    /** Timeouts, no retries, and filtered-out records reported as rc 27 (not as a null record). */
    static void timeouts(Policy p) {
        p.failOnFilteredOut = true;
        p.totalTimeout = TIMEOUT_MS;
        p.socketTimeout = TIMEOUT_MS;
        p.maxRetries = 0;
    }

    /** The same policy with one non-default knob set back to its default, for each such knob. */
    List<WriteSpec> shrinks() {
        List<WriteSpec> out = new ArrayList<>();
        if (filter != null) {
            out.add(new WriteSpec(exists, genPolicy, generation, expiration, sendKey, durableDelete, respondAllOps, null));
        }
        if (exists != RecordExistsAction.UPDATE) {
            out.add(new WriteSpec(RecordExistsAction.UPDATE, genPolicy, generation, expiration, sendKey, durableDelete, respondAllOps, filter));
        }
        if (genPolicy != GenerationPolicy.NONE || generation != 0) {
            out.add(new WriteSpec(exists, GenerationPolicy.NONE, 0, expiration, sendKey, durableDelete, respondAllOps, filter));
        }
        if (expiration != 0) {
            out.add(new WriteSpec(exists, genPolicy, generation, 0, sendKey, durableDelete, respondAllOps, filter));
        }
        if (sendKey) {
            out.add(new WriteSpec(exists, genPolicy, generation, expiration, false, durableDelete, respondAllOps, filter));
        }
        if (durableDelete) {
            out.add(new WriteSpec(exists, genPolicy, generation, expiration, sendKey, false, respondAllOps, filter));
        }
        if (respondAllOps) {
            out.add(new WriteSpec(exists, genPolicy, generation, expiration, sendKey, durableDelete, false, filter));
        }
        return out;
    }

    WriteSpec withFilter(Expr newFilter) {
        return new WriteSpec(exists, genPolicy, generation, expiration, sendKey, durableDelete, respondAllOps, newFilter);
    }

    WriteSpec withRespondAllOps(boolean on) {
        return new WriteSpec(exists, genPolicy, generation, expiration, sendKey, durableDelete, on, filter);
    }

    @Override
    public String toString() {
        List<String> knobs = new ArrayList<>();
        if (exists != RecordExistsAction.UPDATE) {
            knobs.add(exists.toString());
        }
        if (genPolicy != GenerationPolicy.NONE || generation != 0) {
            knobs.add(genPolicy + " gen=" + generation);
        }
        if (expiration != 0) {
            knobs.add("expiration=" + expiration);
        }
        if (sendKey) {
            knobs.add("sendKey");
        }
        if (durableDelete) {
            knobs.add("durableDelete");
        }
        if (respondAllOps) {
            knobs.add("respondAllOps");
        }
        if (filter != null) {
            knobs.add("filter=" + filter);
        }
        return knobs.isEmpty() ? "" : "policy{" + String.join(", ", knobs) + "}";
    }
}
