package io.spikesdk.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.Proto;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminMessageTest {

    @Test
    void requestLayoutIsProtoHeaderAdminHeaderAndFields() {
        byte[] frame = new AdminMessageWriter().request(AdminCommand.DROP_USER).field(AdminField.USER, "bob").finish();
        assertEquals("0202000000000018" + "00000201000000000000000000000000" + "0000000400" + "626f62",
            HexFormat.of().formatHex(frame));
    }

    @Test
    void fieldsRoundTrip() throws MessageFormatException {
        byte[] frame = new AdminMessageWriter().request(AdminCommand.CREATE_USER)
            .field(AdminField.USER, "ann")
            .field(AdminField.PASSWORD, PasswordHash.of("secret"))
            .nameListField(AdminField.ROLES, List.of("read", "sys-admin"))
            .intField(AdminField.READ_QUOTA, 70_000)
            .intListField(AdminField.READ_INFO, new int[] {1, -2})
            .finish();
        AdminMessageReader r = reader(frame);
        assertTrue(r.nextRecord());
        assertEquals(AdminCommand.CREATE_USER, r.command());
        assertEquals(0, r.resultCode());
        assertEquals(5, r.fieldCount());
        assertTrue(r.nextField());
        assertEquals("ann", r.fieldString());
        assertTrue(r.nextField());
        assertEquals(PasswordHash.of("secret"), r.fieldString());
        assertTrue(r.nextField());
        assertEquals(List.of("read", "sys-admin"), r.fieldNameList());
        assertTrue(r.nextField());
        assertEquals(70_000, r.fieldInt());
        assertTrue(r.nextField());
        assertArrayEquals(new int[] {1, -2}, r.fieldIntList());
        assertFalse(r.nextField());
        assertFalse(r.nextRecord());
    }

    @Test
    void replyWithSeveralRecordsSkipsUnreadFields() throws MessageFormatException {
        byte[] frame = new AdminMessageWriter().reply(0).field(AdminField.USER, "a").field(AdminField.ROLE, "x")
            .record(0, 0).field(AdminField.USER, "b")
            .record(50, 0)
            .finish();
        AdminMessageReader r = reader(frame);
        assertTrue(r.nextRecord());
        assertTrue(r.nextField());
        assertEquals("a", r.fieldString());
        assertTrue(r.nextRecord());
        assertTrue(r.nextField());
        assertEquals("b", r.fieldString());
        assertTrue(r.nextRecord());
        assertEquals(50, r.resultCode());
        assertFalse(r.nextRecord());
    }

    @Test
    void truncatedInputIsAFormatError() throws MessageFormatException {
        byte[] frame = new AdminMessageWriter().request(AdminCommand.DROP_USER).field(AdminField.USER, "bob").finish();
        AdminMessageReader r = reader(Arrays.copyOf(frame, frame.length - 1));
        assertTrue(r.nextRecord());
        assertThrows(MessageFormatException.class, r::nextField);
        assertThrows(MessageFormatException.class, () -> reader(Arrays.copyOf(frame, 20)).nextRecord());
    }

    @Test
    void tooLongNamesAreRefused() {
        AdminMessageWriter w = new AdminMessageWriter().request(AdminCommand.GRANT_ROLES);
        assertThrows(IllegalArgumentException.class, () -> w.nameListField(AdminField.ROLES, List.of("r".repeat(256))));
    }

    @Test
    void passwordHashIsBcryptWithTheFixedSalt() {
        String hash = PasswordHash.of("admin");
        // what the official Java client 9.0.5 (AdminCommand.hashPassword) computes for "admin"
        assertEquals("$2a$10$7EqJtq98hPqEX7fNZaFWoO1mVO/4MLpGzsqojz6E9Gef6iXDjXdDa", hash);
        assertEquals(hash, PasswordHash.of("admin"));
        assertEquals(PasswordHash.of(""), PasswordHash.of(null));
    }

    private static AdminMessageReader reader(byte[] frame) {
        return new AdminMessageReader(frame, Proto.HEADER_SIZE, frame.length - Proto.HEADER_SIZE);
    }
}
