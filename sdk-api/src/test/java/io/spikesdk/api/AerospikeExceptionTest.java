package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AerospikeExceptionTest {

    private static Class<? extends AerospikeException> expectedClass(ResultCode rc) {
        switch (rc) {
            case KEY_NOT_FOUND_ERROR: return RecordNotFoundException.class;
            case GENERATION_ERROR: return GenerationMismatchException.class;
            case PARAMETER_ERROR: return ParameterException.class;
            case KEY_EXISTS_ERROR: return RecordExistsException.class;
            case TIMEOUT: return CommandTimeoutException.class;
            case BIN_TYPE_ERROR: return BinTypeException.class;
            case RECORD_TOO_BIG: return RecordTooBigException.class;
            case KEY_BUSY: return KeyBusyException.class;
            case KEY_MISMATCH: return KeyMismatchException.class;
            case INVALID_NAMESPACE: return InvalidNamespaceException.class;
            case BIN_NAME_TOO_LONG: return BinNameTooLongException.class;
            case ELEMENT_NOT_FOUND: return ElementNotFoundException.class;
            case ELEMENT_EXISTS: return ElementExistsException.class;
            case OP_NOT_APPLICABLE: return OpNotApplicableException.class;
            case FILTERED_OUT: return FilteredOutException.class;
            case SERVER_NOT_AVAILABLE: case NO_MORE_CONNECTIONS: return ConnectionException.class;
            case CLIENT_CLOSED: return ClientClosedException.class;
            case SERIALIZE_ERROR: return SerializationException.class;
            case UDF_BAD_RESPONSE: return UdfException.class;
            default:
                return rc.code() >= 50 && rc.code() <= 83 ? AuthenticationException.class : AerospikeException.class;
        }
    }

    @ParameterizedTest
    @EnumSource(ResultCode.class)
    void factoryMapsEveryCodeToItsClass(ResultCode rc) {
        AerospikeException e = AerospikeException.create(rc, "detail", "BB9 10.0.0.1:3000", true, 2);
        assertSame(expectedClass(rc), e.getClass(), rc.name());
        assertSame(rc, e.resultCode());
        assertEquals("BB9 10.0.0.1:3000", e.node());
        assertTrue(e.inDoubt());
        assertEquals(2, e.attempts());
        assertEquals("detail", e.detail());
        assertTrue(e.getMessage().startsWith(rc.name() + " (" + rc.code() + "): detail"), e.getMessage());
        assertTrue(e.getMessage().contains("node BB9 10.0.0.1:3000"), e.getMessage());
    }

    @Test
    void numericCodesOfTheListedSubclasses() {
        int[][] pairs = {{2, 0}, {3, 0}, {4, 0}, {5, 0}, {9, 0}, {12, 0}, {13, 0}, {14, 0}, {19, 0}, {20, 0}, {21, 0},
            {23, 0}, {24, 0}, {26, 0}, {27, 0}};
        for (int[] p : pairs) {
            ResultCode rc = ResultCode.fromCode(p[0]);
            AerospikeException e = AerospikeException.create(rc, null, null, false, 1);
            assertTrue(e.getClass() != AerospikeException.class, "code " + p[0] + " has a subclass");
        }
        for (int code = 50; code <= 83; code++) {
            ResultCode rc = ResultCode.fromCode(code);
            if (rc != null) {
                assertSame(AuthenticationException.class, AerospikeException.create(rc, null, null, false, 1).getClass());
            }
        }
    }

    @Test
    void retryableCodes() {
        Set<ResultCode> retryable = EnumSet.of(ResultCode.TIMEOUT, ResultCode.KEY_BUSY, ResultCode.DEVICE_OVERLOAD,
            ResultCode.PARTITION_UNAVAILABLE, ResultCode.SERVER_NOT_AVAILABLE, ResultCode.NO_MORE_CONNECTIONS,
            ResultCode.MAX_ERROR_RATE);
        for (ResultCode rc : ResultCode.values()) {
            assertEquals(retryable.contains(rc), AerospikeException.create(rc, "x", null, false, 1).retryable(), rc.name());
        }
    }

    @Test
    void messageFormat() {
        AerospikeException plain = AerospikeException.create(ResultCode.KEY_EXISTS_ERROR, null, null, false, 1);
        assertEquals("KEY_EXISTS_ERROR (5): Record already exists (create-only)", plain.getMessage());
        assertNull(plain.node());
        assertFalse(plain.inDoubt());
        AerospikeException full = AerospikeException.create(ResultCode.TIMEOUT, "no answer", "A1", true, 3);
        assertEquals("TIMEOUT (9): no answer [node A1, 3 attempts, in doubt]", full.getMessage());
        assertEquals("CLIENT_ERROR (-1): oops", AerospikeException.create(null, "oops", null, false, 0).getMessage());
    }

    @Test
    void causeIsKept() {
        IOException io = new IOException("reset");
        AerospikeException e = AerospikeException.create(ResultCode.SERVER_NOT_AVAILABLE, "connect failed", "n", false, 1, io);
        assertSame(io, e.getCause());
        assertTrue(e instanceof ConnectionException);
    }

    @Test
    void timeoutSide() {
        CommandTimeoutException server = (CommandTimeoutException) AerospikeException.create(ResultCode.TIMEOUT, null, null, false, 1);
        assertFalse(server.clientSide());
        CommandTimeoutException client = new CommandTimeoutException("total timeout 1000 ms", true);
        assertTrue(client.clientSide());
        assertEquals(ResultCode.TIMEOUT, client.resultCode());
        assertTrue(client.retryable());
    }

    @Test
    void subclassConstructorsGuardTheirCodes() {
        assertThrows(IllegalArgumentException.class,
            () -> new ConnectionException(ResultCode.TIMEOUT, "x", null, false, 0, null));
        assertThrows(IllegalArgumentException.class,
            () -> new AuthenticationException(ResultCode.TIMEOUT, "x", null, false, 0, null));
        assertEquals(ResultCode.PARAMETER_ERROR, new ParameterException("bad").resultCode());
        assertEquals("PARAMETER_ERROR (4): bad", new ParameterException("bad").getMessage());
    }

    @Test
    void everyExceptionIsUnchecked() {
        assertTrue(RuntimeException.class.isAssignableFrom(AerospikeException.class));
    }
}
