package io.spikesdk.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UdfExceptionTest {

    @Test
    void aFailedCallCarriesCode100AndTheServersText() {
        UdfException e = new UdfException("mod.lua:3: boom");
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertEquals("mod.lua:3: boom", e.udfError());
        assertEquals("UDF_BAD_RESPONSE (100): mod.lua:3: boom", e.getMessage());
    }

    @Test
    void theFactoryGivesAUdfExceptionWithoutTextForCode100() {
        AerospikeException e = AerospikeException.create(ResultCode.UDF_BAD_RESPONSE, null, "N1", true, 2);
        UdfException udf = (UdfException) e;
        assertNull(udf.udfError());
        assertEquals("N1", udf.node());
        assertEquals(2, udf.attempts());
        assertEquals(true, udf.inDoubt());
    }
}
