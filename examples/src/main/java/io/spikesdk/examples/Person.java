package io.spikesdk.examples;

import java.io.Serializable;
import java.util.List;

/** The object the serializer examples store: Aerospike has no type for it. */
public record Person(String name, int age, List<String> tags) implements Serializable {
}
