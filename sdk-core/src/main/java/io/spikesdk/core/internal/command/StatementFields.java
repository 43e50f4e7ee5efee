package io.spikesdk.core.internal.command;

import io.spikesdk.api.Filter;
import io.spikesdk.api.Statement;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;

/**
 * The fields a query, an aggregation and a background job all start with, in the official client's order:
 * namespace, set (when given), RECORDS_PER_SECOND (when above 0), SOCKET_TIMEOUT, QUERY_ID, then the statement's
 * index filter ({@link QueryRequest#writeFilter}).
 */
final class StatementFields {
    private StatementFields() {
    }

    static int count(Statement statement, int recordsPerSecond) {
        Filter f = statement.filter();
        return 3 + (statement.set() != null ? 1 : 0) + (recordsPerSecond > 0 ? 1 : 0)
            + (f != null ? QueryRequest.filterFieldCount(f) : 0);
    }

    /** Their size, field headers included. */
    static int size(Statement statement, int recordsPerSecond) {
        int size = FieldType.HEADER_SIZE + Utf8.encodedLength(statement.namespace());
        if (statement.set() != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(statement.set());
        }
        if (recordsPerSecond > 0) {
            size += FieldType.HEADER_SIZE + 4;
        }
        size += FieldType.HEADER_SIZE + 4 + FieldType.HEADER_SIZE + 8;
        if (statement.filter() != null) {
            size += QueryRequest.filterFieldsSize(statement.filter());
        }
        return size;
    }

    static int write(byte[] buf, int off, Statement statement, int recordsPerSecond, int socketTimeout, long taskId) {
        off = Request.stringField(buf, off, FieldType.NAMESPACE, statement.namespace());
        if (statement.set() != null) {
            off = Request.stringField(buf, off, FieldType.SET, statement.set());
        }
        if (recordsPerSecond > 0) {
            off = Request.fieldHeader(buf, off, 4, FieldType.RECORDS_PER_SECOND);
            Bytes.putInt(buf, off, recordsPerSecond);
            off += 4;
        }
        off = Request.fieldHeader(buf, off, 4, FieldType.SOCKET_TIMEOUT);
        Bytes.putInt(buf, off, socketTimeout);
        off += 4;
        off = Request.fieldHeader(buf, off, 8, FieldType.QUERY_ID);
        Bytes.putLong(buf, off, taskId);
        off += 8;
        if (statement.filter() != null) {
            off = QueryRequest.writeFilter(buf, off, statement.filter());
        }
        return off;
    }
}
