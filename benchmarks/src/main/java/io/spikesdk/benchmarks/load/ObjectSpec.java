package io.spikesdk.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bins of each record, aerospike-benchmark style: comma-separated {@link BinSpec}s such as
 * {@code I,S:100,B:1000}. Bins are named {@code bin0}, {@code bin1}, ...
 */
public final class ObjectSpec {
    private final List<BinSpec> bins;
    private final String[] names;

    private ObjectSpec(List<BinSpec> bins) {
        this.bins = List.copyOf(bins);
        this.names = new String[bins.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = "bin" + i;
        }
    }

    /** Parses {@code I}, {@code S:100}, {@code I,S:100,B:1000}, ... */
    public static ObjectSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("object spec is empty");
        }
        List<BinSpec> bins = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            bins.add(BinSpec.parse(part));
        }
        return new ObjectSpec(bins);
    }

    public List<BinSpec> bins() {
        return bins;
    }

    /** Bin names, one per bin (a copy). */
    public String[] binNames() {
        return names.clone();
    }

    /** One random value per bin, in bin order. */
    public Object[] generate(SplittableRandom random) {
        Object[] values = new Object[bins.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bins.get(i).generate(random);
        }
        return values;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (BinSpec bin : bins) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(bin);
        }
        return sb.toString();
    }
}
