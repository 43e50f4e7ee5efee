package io.spikesdk.admin;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the records of QUERY_USERS and QUERY_ROLES replies as the official Java client does. */
final class AdminReplies {
    private AdminReplies() {
    }

    /**
     * The user of the current record, or {@code null} for a record with neither name nor roles (which the official
     * client skips too). Unknown fields are skipped.
     */
    static User user(AdminMessageReader r) throws MessageFormatException {
        String name = null;
        List<String> roles = null;
        List<Integer> readInfo = List.of();
        List<Integer> writeInfo = List.of();
        int connections = 0;
        while (r.nextField()) {
            switch (r.fieldId()) {
                case AdminField.USER -> name = r.fieldString();
                case AdminField.ROLES -> roles = r.fieldNameList();
                case AdminField.READ_INFO -> readInfo = boxed(r.fieldIntList());
                case AdminField.WRITE_INFO -> writeInfo = boxed(r.fieldIntList());
                case AdminField.CONNECTIONS -> connections = r.fieldInt();
                default -> {
                    // a field of a newer server: skipped
                }
            }
        }
        if (name == null && roles == null) {
            return null;
        }
        return new User(name, roles == null ? List.of() : roles, readInfo, writeInfo, connections);
    }

    /** The role of the current record; unknown fields are skipped. */
    static Role role(AdminMessageReader r) throws MessageFormatException {
        String name = null;
        List<Privilege> privileges = List.of();
        List<String> allowlist = List.of();
        int readQuota = 0;
        int writeQuota = 0;
        while (r.nextField()) {
            switch (r.fieldId()) {
                case AdminField.ROLE -> name = r.fieldString();
                case AdminField.PRIVILEGES -> privileges = privileges(r.cursor());
                case AdminField.WHITELIST -> allowlist = allowlist(r.fieldString());
                case AdminField.READ_QUOTA -> readQuota = r.fieldInt();
                case AdminField.WRITE_QUOTA -> writeQuota = r.fieldInt();
                default -> {
                    // a field of a newer server: skipped
                }
            }
        }
        if (name == null) {
            throw malformed("role record without a ROLE field");
        }
        return new Role(name, privileges, allowlist, readQuota, writeQuota);
    }

    private static List<Privilege> privileges(AdminMessageReader.FieldCursor c) throws MessageFormatException {
        int count = c.u8();
        List<Privilege> privileges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int id = c.u8();
            PrivilegeCode code = PrivilegeCode.fromCode(id);
            if (code == null) {
                throw malformed("unknown privilege code " + id);
            }
            if (code.carriesScope()) {
                String namespace = c.shortString();
                String set = c.shortString();
                // masking-admin is global although its code travels with a (then empty) scope
                privileges.add(code.scopable() ? new Privilege(code, namespace, set) : Privilege.of(code));
            } else {
                privileges.add(Privilege.of(code));
            }
        }
        c.requireEnd();
        return privileges;
    }

    /**
     * A reply this client cannot read. Not a MessageFormatException: its package is not exported to this module, so
     * this module only names it where the shared reader declares it.
     */
    private static AerospikeException malformed(String detail) {
        return AerospikeException.create(ResultCode.PARSE_ERROR, "malformed admin reply: " + detail, null, false, 1);
    }

    private static List<String> allowlist(String text) {
        List<String> addresses = new ArrayList<>();
        for (String address : text.split(",")) {
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    private static List<Integer> boxed(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
