package io.spikesdk.serializer.protobuf;

import com.google.protobuf.Any;
import com.google.protobuf.BoolValue;
import com.google.protobuf.BytesValue;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DoubleValue;
import com.google.protobuf.Duration;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Empty;
import com.google.protobuf.FieldMask;
import com.google.protobuf.FloatValue;
import com.google.protobuf.Int32Value;
import com.google.protobuf.Int64Value;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.StringValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.UInt32Value;
import com.google.protobuf.UInt64Value;
import com.google.protobuf.Value;
import io.spikesdk.api.SerializationException;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message types a serializer can read without being told the type: protobuf's well-known types, the
 * generated classes named in the options, and every message of the configured descriptor sets (read as
 * {@link DynamicMessage}). Keyed by full name ({@code google.protobuf.Struct}); generated classes win
 * over descriptors of the same name. Immutable.
 */
final class MessageTypes {

    private static final List<Message> WELL_KNOWN = List.of(
            Any.getDefaultInstance(), Struct.getDefaultInstance(), Value.getDefaultInstance(),
            ListValue.getDefaultInstance(), Timestamp.getDefaultInstance(), Duration.getDefaultInstance(),
            Empty.getDefaultInstance(), FieldMask.getDefaultInstance(), StringValue.getDefaultInstance(),
            BytesValue.getDefaultInstance(), BoolValue.getDefaultInstance(), DoubleValue.getDefaultInstance(),
            FloatValue.getDefaultInstance(), Int32Value.getDefaultInstance(), Int64Value.getDefaultInstance(),
            UInt32Value.getDefaultInstance(), UInt64Value.getDefaultInstance());

    private final Map<String, Message> byName;

    private MessageTypes(Map<String, Message> byName) {
        this.byName = byName;
    }

    /**
     * Builds the registry.
     *
     * @param classNames generated message classes
     * @param descriptorSets files written by {@code protoc --include_imports --descriptor_set_out=...}
     * @throws SerializationException naming the class or file that could not be used
     */
    static MessageTypes of(List<String> classNames, List<String> descriptorSets, ClassLoader loader) {
        Map<String, Message> byName = new HashMap<>();
        for (String file : descriptorSets) {
            for (FileDescriptor descriptor : readDescriptorSet(file)) {
                addDynamic(byName, descriptor.getMessageTypes());
            }
        }
        for (Message message : WELL_KNOWN) {
            byName.put(message.getDescriptorForType().getFullName(), message);
        }
        for (String className : classNames) {
            Message message = defaultInstance(load(className, loader));
            byName.put(message.getDescriptorForType().getFullName(), message);
        }
        return new MessageTypes(Map.copyOf(byName));
    }

    /** The default instance for a full message name, or {@code null}. */
    Message find(String fullName) {
        return byName.get(fullName);
    }

    /** The default instance of a generated message class. */
    static Message defaultInstance(Class<?> type) {
        if (!Message.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers()) || type == DynamicMessage.class) {
            throw new SerializationException("protobuf serializer: " + type.getName() + " is not a generated protobuf message class");
        }
        try {
            return (Message) type.getMethod("getDefaultInstance").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new SerializationException("protobuf serializer: " + type.getName() + " has no getDefaultInstance()",
                    null, false, 0, e);
        }
    }

    private static void addDynamic(Map<String, Message> byName, List<Descriptor> types) {
        for (Descriptor type : types) {
            byName.put(type.getFullName(), DynamicMessage.getDefaultInstance(type));
            addDynamic(byName, type.getNestedTypes());
        }
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SerializationException("protobuf serializer: message class " + className + " is not on the classpath",
                    null, false, 0, e);
        }
    }

    private static List<FileDescriptor> readDescriptorSet(String file) {
        try {
            FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(Path.of(file)));
            Map<String, FileDescriptorProto> protos = new HashMap<>();
            for (FileDescriptorProto proto : set.getFileList()) {
                protos.put(proto.getName(), proto);
            }
            Map<String, FileDescriptor> built = new HashMap<>();
            for (FileDescriptorProto proto : set.getFileList()) {
                build(proto.getName(), protos, built, file);
            }
            return List.copyOf(built.values());
        } catch (IOException | DescriptorValidationException | RuntimeException e) {
            throw new SerializationException("protobuf serializer: cannot use descriptor set " + file + ": " + e,
                    null, false, 0, e);
        }
    }

    private static FileDescriptor build(String name, Map<String, FileDescriptorProto> protos, Map<String, FileDescriptor> built,
                                        String file) throws DescriptorValidationException {
        FileDescriptor done = built.get(name);
        if (done != null) {
            return done;
        }
        FileDescriptorProto proto = protos.get(name);
        if (proto == null) {
            FileDescriptor wellKnown = wellKnownFile(name);
            if (wellKnown == null) {
                throw new SerializationException("protobuf serializer: descriptor set " + file + " lacks " + name
                        + " (run protoc with --include_imports)");
            }
            return wellKnown;
        }
        built.put(name, null);
        FileDescriptor[] dependencies = new FileDescriptor[proto.getDependencyCount()];
        for (int i = 0; i < dependencies.length; i++) {
            String dependency = proto.getDependency(i);
            if (built.containsKey(dependency) && built.get(dependency) == null) {
                throw new SerializationException("protobuf serializer: import cycle through " + dependency + " in " + file);
            }
            dependencies[i] = build(dependency, protos, built, file);
        }
        FileDescriptor descriptor = FileDescriptor.buildFrom(proto, dependencies);
        built.put(name, descriptor);
        return descriptor;
    }

    private static FileDescriptor wellKnownFile(String name) {
        for (Message message : WELL_KNOWN) {
            FileDescriptor candidate = message.getDescriptorForType().getFile();
            if (candidate.getName().equals(name)) {
                return candidate;
            }
        }
        return null;
    }
}
