package io.spikesdk.serializer.msgpack;

import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MessagePack into plain Java values: null, Boolean, Long (BigInteger above Long.MAX_VALUE), Double,
 * String, byte[], List, Map (keys of any type), Instant (timestamp extension) and msgpack-core's
 * {@code ExtensionValue} for other extensions. Every declared length is checked against the bytes left
 * before anything is allocated, and nesting is bounded, so a forged header cannot exhaust memory or stack.
 */
final class GenericReader {

    private static final byte TIMESTAMP_EXT = -1;

    private final byte[] bytes;
    private final int maxDepth;
    private final MessageUnpacker unpacker;

    private GenericReader(byte[] bytes, int maxDepth) {
        this.bytes = bytes;
        this.maxDepth = maxDepth;
        this.unpacker = MessagePack.newDefaultUnpacker(bytes);
    }

    /** Reads the single value in {@code bytes}. */
    static Object read(byte[] bytes, int maxDepth) throws IOException {
        GenericReader reader = new GenericReader(bytes, maxDepth);
        Object value = reader.value(0);
        if (reader.unpacker.hasNext()) {
            throw new IOException("trailing bytes after the value");
        }
        return value;
    }

    private Object value(int depth) throws IOException {
        if (depth > maxDepth) {
            throw new IOException("nesting deeper than maxDepth " + maxDepth);
        }
        MessageFormat format = unpacker.getNextFormat();
        switch (format.getValueType()) {
            case NIL:
                unpacker.unpackNil();
                return null;
            case BOOLEAN:
                return unpacker.unpackBoolean();
            case INTEGER:
                return format == MessageFormat.UINT64 ? integer(unpacker.unpackBigInteger()) : (Object) unpacker.unpackLong();
            case FLOAT:
                return unpacker.unpackDouble();
            case STRING:
                return new String(unpacker.readPayload(checked(unpacker.unpackRawStringHeader())),
                        java.nio.charset.StandardCharsets.UTF_8);
            case BINARY:
                return unpacker.readPayload(checked(unpacker.unpackBinaryHeader()));
            case ARRAY:
                return array(depth);
            case MAP:
                return map(depth);
            case EXTENSION:
                return extension();
            default:
                throw new IOException("unexpected MessagePack format " + format);
        }
    }

    private List<Object> array(int depth) throws IOException {
        int size = checked(unpacker.unpackArrayHeader());
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(value(depth + 1));
        }
        return list;
    }

    private Map<Object, Object> map(int depth) throws IOException {
        int size = checked(unpacker.unpackMapHeader());
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Object key = value(depth + 1);
            map.put(key, value(depth + 1));
        }
        return map;
    }

    private Object extension() throws IOException {
        ExtensionTypeHeader header = unpacker.unpackExtensionTypeHeader();
        checked(header.getLength());
        if (header.getType() == TIMESTAMP_EXT) {
            return unpacker.unpackTimestamp(header);
        }
        return ValueFactory.newExtension(header.getType(), unpacker.readPayload(header.getLength()));
    }

    private static Object integer(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    /** {@code length} when that many items or bytes can still follow, else an exception. */
    private int checked(int length) throws IOException {
        long left = bytes.length - unpacker.getTotalReadBytes();
        if (length < 0 || length > left) {
            throw new IOException("a header declares " + (length & 0xFFFFFFFFL) + " items but only " + left
                    + " bytes are left");
        }
        return length;
    }
}
