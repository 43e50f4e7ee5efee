package io.spikesdk.serializer.java;

import java.io.ObjectInputFilter;

/**
 * The {@link ObjectInputFilter} of one deserialization: the allow-list plus limits on depth, references and
 * array lengths. One instance per call (array and reference limits are capped at the payload length, since
 * each element and each reference costs at least one byte of stream), so it can remember why it rejected.
 */
final class StreamFilter implements ObjectInputFilter {

    private final AllowList allowList;
    private final long maxDepth;
    private final long maxReferences;
    private final long maxArrayLength;
    private String rejection;

    StreamFilter(AllowList allowList, long maxDepth, long maxReferences, long maxArrayLength) {
        this.allowList = allowList;
        this.maxDepth = maxDepth;
        this.maxReferences = maxReferences;
        this.maxArrayLength = maxArrayLength;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > maxDepth) {
            return reject("object graph deeper than maxDepth " + maxDepth);
        }
        if (info.references() > maxReferences) {
            return reject("more than " + maxReferences + " object references");
        }
        if (info.arrayLength() > maxArrayLength) {
            return reject("array of length " + info.arrayLength() + " exceeds the limit " + maxArrayLength);
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        if (!allowList.allows(type)) {
            return reject("class " + type.getName() + " is not on the allow-list " + allowList);
        }
        return Status.ALLOWED;
    }

    /** Why the stream was rejected, or {@code null} when this filter rejected nothing. */
    String rejection() {
        return rejection;
    }

    private Status reject(String reason) {
        if (rejection == null) {
            rejection = reason;
        }
        return Status.REJECTED;
    }
}
