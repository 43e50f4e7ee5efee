package io.spikesdk.api.spi;

import io.spikesdk.api.SerializationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerializerDefaultMethodTest {

    private static Serializer returning(Object value) {
        return new Serializer() {
            @Override
            public byte[] serialize(Object v) {
                return new byte[0];
            }

            @Override
            public Object deserialize(byte[] bytes) {
                return value;
            }
        };
    }

    @Test
    void typedReadCastsAndWrapsPrimitives() {
        assertEquals("s", returning("s").deserialize(new byte[0], String.class));
        assertEquals(3L, returning(3L).deserialize(new byte[0], long.class));
        assertEquals(3L, returning(3L).deserialize(new byte[0], Number.class));
        assertNull(returning(null).deserialize(new byte[0], String.class));
    }

    @Test
    void typedReadOfTheWrongTypeNamesBoth() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> returning(3L).deserialize(new byte[0], String.class));
        assertTrue(e.getMessage().contains("java.lang.Long") && e.getMessage().contains("java.lang.String"), e.getMessage());
    }
}
