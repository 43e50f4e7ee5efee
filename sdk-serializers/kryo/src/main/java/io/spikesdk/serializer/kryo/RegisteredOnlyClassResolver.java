package io.spikesdk.serializer.kryo;

import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.util.DefaultClassResolver;

/**
 * A class resolver that never resolves a class name found in the stream: with registration required, the
 * writer only ever writes registration ids, so a name is a foreign or forged payload and is refused before
 * it is even read, let alone loaded.
 */
final class RegisteredOnlyClassResolver extends DefaultClassResolver {

    @Override
    protected Registration readName(Input input) {
        throw new KryoException("the stored value names its class instead of using a registration id;"
                + " only registered classes are read");
    }
}
