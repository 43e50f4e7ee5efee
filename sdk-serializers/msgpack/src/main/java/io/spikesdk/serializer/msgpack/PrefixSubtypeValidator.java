package io.spikesdk.serializer.msgpack;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;

import java.util.List;

/**
 * Decides which class names a {@code @JsonTypeInfo(use = CLASS / MINIMAL_CLASS)} property may name: only those
 * starting with a configured prefix. Anything else is DENIED by name, so Jackson never loads (let alone
 * initializes) the class. With no prefix configured, class-name polymorphism is refused altogether.
 */
final class PrefixSubtypeValidator extends PolymorphicTypeValidator.Base {

    private static final long serialVersionUID = 1L;

    private final List<String> prefixes;

    PrefixSubtypeValidator(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    @Override
    public Validity validateSubClassName(MapperConfig<?> config, JavaType baseType, String subClassName) {
        return allowed(subClassName) ? Validity.ALLOWED : Validity.DENIED;
    }

    @Override
    public Validity validateSubType(MapperConfig<?> config, JavaType baseType, JavaType subType) {
        return allowed(subType.getRawClass().getName()) ? Validity.ALLOWED : Validity.DENIED;
    }

    private boolean allowed(String className) {
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
