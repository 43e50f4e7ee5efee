package io.spikesdk.it.diff;

import com.aerospike.client.query.PartitionFilter;

/**
 * Which partitions a scan or query asks for: {@code all}, one ({@code id}), a {@code range} from {@code begin}
 * of {@code count}, or one partition resumed {@code after} the digest of record {@code record} of the case (or after
 * a digest no record has, when {@code record} is -1).
 */
record PartitionChoice(String kind, int begin, int count, int record) {
    static final PartitionChoice ALL = new PartitionChoice("all", 0, 4096, 0);

    /** All partitions {@code allPercent} of the time, else one, a range or a resumed one near some record. */
    static PartitionChoice random(Gen g, SetRecords data, int allPercent) {
        if (g.chance(allPercent)) {
            return ALL;
        }
        int pick = 5 + g.nextInt(5);
        int size = data.userKeys().size();
        int near = size == 0 || g.chance(15) ? g.nextInt(4096)
                : SetRecords.partition(data.keys().get(g.nextInt(size)).digest);
        if (pick < 7) {
            return new PartitionChoice("id", near, 1, 0);
        }
        if (pick < 9) {
            int begin = Math.max(0, near - g.nextInt(3));
            return new PartitionChoice("range", begin, Math.min(4096 - begin, 1 + g.nextInt(g.chance(30) ? 2000 : 4)), 0);
        }
        return new PartitionChoice("after", 0, 0, size == 0 || g.chance(20) ? -1 : g.nextInt(size));
    }

    PartitionFilter build(SetRecords data) {
        return switch (kind) {
            case "all" -> PartitionFilter.all();
            case "id" -> PartitionFilter.id(begin);
            case "range" -> PartitionFilter.range(begin, count);
            case "after" -> record >= 0 && record < data.userKeys().size() ? PartitionFilter.after(data.keys().get(record))
                    : PartitionFilter.after(new com.aerospike.client.Key(SetRecords.NAMESPACE, SetRecords.SET, "nokey").digest);
            default -> throw new IllegalStateException(kind);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case "all" -> "all";
            case "id" -> "id(" + begin + ")";
            case "range" -> "range(" + begin + "," + count + ")";
            default -> record >= 0 ? "after(r" + record + ")" : "after(nokey)";
        };
    }
}
