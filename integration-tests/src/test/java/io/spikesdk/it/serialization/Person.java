package io.spikesdk.it.serialization;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value with no Aerospike type: a record with nested collections, a null and unicode. */
public record Person(String name, int age, List<String> tags, Map<String, Object> attributes) implements Serializable {

    /** The sample person used by the tests. */
    static Person sample() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("city", "Zürich ✓ 漢字");
        attributes.put("none", null);
        attributes.put("score", 2.5);
        attributes.put("langs", List.of("java", "lua"));
        return new Person("Ada 🚀", 36, List.of("math", "engines"), attributes);
    }

    /** The JSON-like generic form of {@link #sample()}: what untyped JSON and MessagePack reads give. */
    static Map<String, Object> sampleAsMap() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("city", "Zürich ✓ 漢字");
        attributes.put("none", null);
        attributes.put("score", 2.5);
        attributes.put("langs", List.of("java", "lua"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Ada 🚀");
        map.put("age", 36L);
        map.put("tags", List.of("math", "engines"));
        map.put("attributes", attributes);
        return map;
    }
}
