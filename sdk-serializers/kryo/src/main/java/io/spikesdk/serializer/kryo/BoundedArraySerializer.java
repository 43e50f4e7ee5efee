package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Wraps a Kryo array serializer (whose encoding starts with the element count plus one as a variable-length
 * int) and refuses counts larger than the bytes left, since every element takes at least one byte. A forged
 * count therefore cannot make Kryo allocate a huge array before it fails.
 */
final class BoundedArraySerializer<T> extends Serializer<T> {

    private final Serializer<T> delegate;

    BoundedArraySerializer(Serializer<T> delegate) {
        super(delegate.getAcceptsNull(), delegate.isImmutable());
        this.delegate = delegate;
    }

    @Override
    public void write(Kryo kryo, Output output, T object) {
        delegate.write(kryo, output, object);
    }

    @Override
    public T read(Kryo kryo, Input input, Class<? extends T> type) {
        int start = input.position();
        long count = (input.readVarInt(true) & 0xFFFFFFFFL) - 1;
        input.setPosition(start);
        BoundedCollections.check(input, type, count);
        return delegate.read(kryo, input, type);
    }

    @Override
    public T copy(Kryo kryo, T original) {
        return delegate.copy(kryo, original);
    }
}
