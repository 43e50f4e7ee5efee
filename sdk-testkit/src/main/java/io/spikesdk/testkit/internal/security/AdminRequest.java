package io.spikesdk.testkit.internal.security;

import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One admin request as received: its command and its fields by id (the last of a repeated id wins). */
final class AdminRequest {
    private final int command;
    private final Map<Integer, byte[]> raw = new HashMap<>();
    private final Map<Integer, AdminMessageReader.FieldCursor> cursors = new HashMap<>();
    private final Map<Integer, Integer> ints = new HashMap<>();
    private final Map<Integer, List<String>> nameLists = new HashMap<>();

    private AdminRequest(int command) {
        this.command = command;
    }

    /** Parses the admin body {@code body[0, len)}; a malformed one raises {@link MessageFormatException}. */
    static AdminRequest parse(byte[] body, int len) throws MessageFormatException {
        AdminMessageReader reader = new AdminMessageReader(body, 0, len);
        if (!reader.nextRecord()) {
            throw new MessageFormatException("empty admin message");
        }
        AdminRequest request = new AdminRequest(reader.command());
        while (reader.nextField()) {
            int id = reader.fieldId();
            request.raw.put(id, reader.fieldBytes());
            request.cursors.put(id, reader.cursor());
            if (id == AdminField.READ_QUOTA || id == AdminField.WRITE_QUOTA) {
                request.ints.put(id, reader.fieldInt());
            } else if (id == AdminField.ROLES) {
                request.nameLists.put(id, reader.fieldNameList());
            }
        }
        return request;
    }

    int command() {
        return command;
    }

    boolean has(int field) {
        return raw.containsKey(field);
    }

    int fieldCount() {
        return raw.size();
    }

    byte[] bytes(int field) {
        return raw.get(field);
    }

    /** A UTF-8 field, or null when absent. */
    String string(int field) {
        byte[] b = raw.get(field);
        return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A 4-byte quota field, or 0 when absent. */
    int quota(int field) {
        return ints.getOrDefault(field, 0);
    }

    /** The ROLES field, empty when absent. */
    List<String> roles() {
        return nameLists.getOrDefault(AdminField.ROLES, List.of());
    }

    /** The WHITELIST field split at commas, empty when absent. */
    List<String> allowlist() {
        String text = string(AdminField.WHITELIST);
        List<String> list = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isEmpty()) {
                    list.add(part);
                }
            }
        }
        return list;
    }

    /** The PRIVILEGES field, empty when absent; null when malformed. */
    List<Grant> grants() {
        AdminMessageReader.FieldCursor c = cursors.get(AdminField.PRIVILEGES);
        List<Grant> grants = new ArrayList<>();
        if (c == null) {
            return grants;
        }
        try {
            int count = c.u8();
            for (int i = 0; i < count; i++) {
                int code = c.u8();
                if (PrivilegeCodes.scoped(code)) {
                    grants.add(new Grant(code, c.shortString(), c.shortString()));
                } else {
                    grants.add(Grant.global(code));
                }
            }
            c.requireEnd();
        } catch (MessageFormatException e) {
            return null;
        }
        return grants;
    }
}
