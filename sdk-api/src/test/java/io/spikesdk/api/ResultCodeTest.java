package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultCodeTest {
    private static final Set<ResultCode> RETRYABLE = EnumSet.of(ResultCode.TIMEOUT, ResultCode.KEY_BUSY,
        ResultCode.DEVICE_OVERLOAD, ResultCode.PARTITION_UNAVAILABLE, ResultCode.SERVER_NOT_AVAILABLE,
        ResultCode.NO_MORE_CONNECTIONS, ResultCode.MAX_ERROR_RATE);

    @Test
    void everyCodeHasItsRetryability() {
        for (ResultCode rc : ResultCode.values()) {
            assertEquals(RETRYABLE.contains(rc), rc.retryable(), rc.name());
        }
    }

    @Test
    void exceptionsTakeTheirRetryabilityFromTheCode() {
        for (ResultCode rc : ResultCode.values()) {
            assertEquals(rc.retryable(), AerospikeException.create(rc, "x", null, false, 1).retryable(), rc.name());
        }
    }

    @Test
    void fromCodeFindsEveryCodeAndNothingElse() {
        for (ResultCode rc : ResultCode.values()) {
            assertSame(rc, ResultCode.fromCode(rc.code()), rc.name());
        }
        assertNull(ResultCode.fromCode(255));
        assertNull(ResultCode.fromCode(-99));
    }
}
