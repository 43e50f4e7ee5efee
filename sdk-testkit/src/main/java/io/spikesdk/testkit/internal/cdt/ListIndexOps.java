package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/** Index-addressed list ops without a return type: GET, POP, REMOVE, GET_RANGE, POP_RANGE, REMOVE_RANGE, TRIM. */
final class ListIndexOps {
    private ListIndexOps() {
    }

    /** GET returns the element, POP removes and returns it, REMOVE removes it and returns 1. */
    static OpOutcome single(OpRequest req, MpList list) throws CdtException {
        int i = RangeMath.single(req.index(0), list.size());
        Element e = list.items.get(i);
        switch (req.code()) {
            case ListOpCodes.GET:
                return OpOutcome.of(list, ParticleConverter.of(e));
            case ListOpCodes.POP:
                list.items.remove(i);
                return OpOutcome.of(list, ParticleConverter.of(e));
            default:
                list.items.remove(i);
                return OpOutcome.of(list, Particle.ofLong(1));
        }
    }

    /** Range ops: values for GET/POP_RANGE, the removed count for REMOVE_RANGE and TRIM (which keeps the window). */
    static OpOutcome range(OpRequest req, MpList list) throws CdtException {
        long count = req.code() == ListOpCodes.TRIM ? req.count(1) : req.countOrAll(1);
        RangeMath.Window w = RangeMath.range(req.index(0), count, list.size());
        List<Element> window = new ArrayList<>(list.items.subList(w.start(), w.end()));
        switch (req.code()) {
            case ListOpCodes.GET_RANGE:
                return OpOutcome.of(list, ResultBuilder.elementList(window, window.size()));
            case ListOpCodes.POP_RANGE:
                list.items.subList(w.start(), w.end()).clear();
                return OpOutcome.of(list, ResultBuilder.elementList(window, window.size()));
            case ListOpCodes.REMOVE_RANGE:
                list.items.subList(w.start(), w.end()).clear();
                return OpOutcome.of(list, Particle.ofLong(w.count()));
            default: {
                int removed = list.size() - w.count();
                list.items.clear();
                list.items.addAll(window);
                return OpOutcome.of(list, Particle.ofLong(removed));
            }
        }
    }
}
