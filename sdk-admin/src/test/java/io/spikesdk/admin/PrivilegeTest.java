package io.spikesdk.admin;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ResultCode;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivilegeTest {

    @Test
    void everyCodeHasItsWireValueAndRoleName() {
        int[] codes = {0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 17};
        String[] names = {"user-admin", "sys-admin", "data-admin", "udf-admin", "sindex-admin", "read", "read-write",
            "read-write-udf", "write", "truncate", "masking-admin", "read-masked", "write-masked"};
        PrivilegeCode[] values = PrivilegeCode.values();
        assertEquals(codes.length, values.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(codes[i], values[i].code(), values[i].name());
            assertEquals(names[i], values[i].roleName());
            assertEquals(values[i], PrivilegeCode.fromCode(codes[i]));
        }
        assertNull(PrivilegeCode.fromCode(5));
        assertFalse(PrivilegeCode.MASKING_ADMIN.scopable());
        assertTrue(PrivilegeCode.READ_MASKED.scopable());
    }

    @Test
    void aGlobalCodeRefusesAScope() {
        AerospikeException e = assertThrows(AuthenticationException.class,
            () -> Privilege.of(PrivilegeCode.SYS_ADMIN, "test"));
        assertEquals(ResultCode.INVALID_PRIVILEGE, e.resultCode());
        assertTrue(e.getMessage().contains("privilege 'sys-admin' is global"), e.getMessage());
        assertThrows(AuthenticationException.class, () -> Privilege.of(PrivilegeCode.MASKING_ADMIN, "test", "s"));
    }

    @Test
    void aSetNeedsANamespace() {
        AerospikeException e = assertThrows(AuthenticationException.class,
            () -> new Privilege(PrivilegeCode.READ, null, "s"));
        assertEquals(ResultCode.INVALID_PRIVILEGE, e.resultCode());
        assertTrue(e.getMessage().contains("without a namespace"), e.getMessage());
    }

    @Test
    void nullScopeMeansEverything() {
        assertEquals(Privilege.of(PrivilegeCode.READ), new Privilege(PrivilegeCode.READ, null, null));
        assertEquals("read-write[test.s]", Privilege.of(PrivilegeCode.READ_WRITE, "test", "s").toString());
    }

    @Test
    void codesFromTenUpCarryANamespaceAndSetOnTheWire() {
        // count 4; 1 (sys-admin) alone; 15 (masking-admin) with an empty scope; 16 test/""; 17 test/s
        byte[] data = AdminRequests.privileges(List.of(Privilege.of(PrivilegeCode.SYS_ADMIN),
            Privilege.of(PrivilegeCode.MASKING_ADMIN), Privilege.of(PrivilegeCode.READ_MASKED, "test"),
            Privilege.of(PrivilegeCode.WRITE_MASKED, "test", "s")));
        assertEquals("04" + "01" + "0f0000" + "10" + "0474657374" + "00" + "11" + "0474657374" + "0173",
            HexFormat.of().formatHex(data));
    }
}
