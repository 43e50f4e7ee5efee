package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.policy.WritePolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The record a case starts from: no bins means no record. Ordered lists and ordered maps are built
 * with CDT ops so that the server stores their order flags; everything else is one plain put.
 * {@code touches} extra writes raise the generation; {@code ttl} (0 = none) sets a void time.
 */
record Setup(List<InitialBin> bins, int touches, int ttl) {
    static final Setup NONE = new Setup(List.of(), 0, 0);

    Setup {
        if (bins.isEmpty()) {
            touches = 0;
            ttl = 0;
        }
    }

    /**
     * One initial bin; {@code order} is a {@link ListOrder} or {@link MapOrder} for a CDT-built bin, else null;
     * {@code persistIndex} asks such a bin for a persisted index.
     */
    record InitialBin(String name, Object value, Object order, boolean persistIndex) {
        InitialBin(String name, Object value, Object order) {
            this(name, value, order, false);
        }

        InitialBin withValue(Object newValue) {
            return new InitialBin(name, newValue, order, persistIndex);
        }

        @Override
        public String toString() {
            String how = order == null ? "" : order + (persistIndex ? "+persist" : "") + ":";
            return name + "=" + how + Render.value(value);
        }
    }

    void apply(AerospikeClient client, Key key) {
        if (bins.isEmpty()) {
            return;
        }
        WritePolicy policy = new WritePolicy();
        WriteSpec.timeouts(policy);
        policy.expiration = ttl;
        List<Bin> plain = new ArrayList<>();
        List<Operation> ops = new ArrayList<>();
        for (InitialBin bin : bins) {
            if (bin.order() instanceof ListOrder order) {
                ops.add(ListOperation.create(bin.name(), order, false, bin.persistIndex()));
                if (!((List<?>) bin.value()).isEmpty()) {
                    ops.add(ListOperation.appendItems(new ListPolicy(order, 0), bin.name(), Values.list(bin.value())));
                }
            } else if (bin.order() instanceof MapOrder order) {
                ops.add(MapOperation.create(bin.name(), order, bin.persistIndex()));
                if (!((java.util.Map<?, ?>) bin.value()).isEmpty()) {
                    ops.add(MapOperation.putItems(new MapPolicy(order, 0), bin.name(), Values.map(bin.value())));
                }
            } else {
                plain.add(new Bin(bin.name(), Values.of(bin.value())));
            }
        }
        if (!plain.isEmpty()) {
            client.put(policy, key, plain.toArray(Bin[]::new));
        }
        if (!ops.isEmpty()) {
            client.operate(policy, key, ops.toArray(Operation[]::new));
        }
        for (int i = 0; i < touches; i++) {
            client.touch(policy, key);
        }
    }

    List<Setup> shrinks() {
        List<Setup> out = new ArrayList<>();
        if (!bins.isEmpty()) {
            out.add(NONE);
        }
        for (int i = 0; i < bins.size() && bins.size() > 1; i++) {
            List<InitialBin> fewer = new ArrayList<>(bins);
            fewer.remove(i);
            out.add(new Setup(fewer, touches, ttl));
        }
        if (touches > 0) {
            out.add(new Setup(bins, 0, ttl));
        }
        if (ttl > 0) {
            out.add(new Setup(bins, touches, 0));
        }
        for (int i = 0; i < bins.size(); i++) {
            InitialBin bin = bins.get(i);
            if (bin.persistIndex()) {
                List<InitialBin> changed = new ArrayList<>(bins);
                changed.set(i, new InitialBin(bin.name(), bin.value(), bin.order()));
                out.add(new Setup(changed, touches, ttl));
            }
        }
        for (int i = 0; i < bins.size(); i++) {
            InitialBin bin = bins.get(i);
            for (Object smaller : Shrink.candidates(bin.value())) {
                if (smaller == null || (bin.order() != null && smaller.getClass() != bin.value().getClass())) {
                    continue;
                }
                List<InitialBin> changed = new ArrayList<>(bins);
                changed.set(i, bin.withValue(smaller));
                out.add(new Setup(changed, touches, ttl));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        if (bins.isEmpty()) {
            return "no record";
        }
        return "record{" + String.join(", ", bins.stream().map(InitialBin::toString).toList()) + "}"
                + (touches > 0 ? " +" + touches + " touch" : "") + (ttl > 0 ? " ttl=" + ttl : "");
    }
}
