package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerializationExamplesTest {

    private static EmbeddedAerospike server;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> output(BiConsumer<List<Host>, PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(List.of(Host.of(server.host(), server.port())), out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The spec's expected output, with Java's map and tuple notation. */
    @Test
    void theSpecExamplePrintsTheThreeReadBacks() {
        assertEquals(List.of(
                "Use the built-in serialization (Java, allow-listed)",
                "{i=321, t=(1, 2, 3)}",
                "Use the class-level user-defined serialization (Kryo)",
                "{i=321, t=(1, 2, 3)}",
                "Use the instance-level user-defined serialization (JSON)",
                "{i=321, t=[1, 2, 3]}"), output(SerializationExample::run));
    }

    @Test
    void javaExample() {
        List<String> lines = output(JavaSerializerExample::run);
        assertEquals("allow-listed client reads Person[name=Ada, age=36, tags=[math]]", lines.get(0));
        assertTrue(lines.get(1).matches("client without an allow-list reads \\d+ bytes"), lines.get(1));
        assertTrue(lines.get(2).startsWith("and a typed read says: bin 'person' cannot be read as a "
                + "io.spikesdk.examples.Person: the java serializer deserializes nothing until an allow-list is configured"),
                lines.get(2));
    }

    @Test
    void kryoExample() {
        List<String> lines = output(KryoSerializerExample::run);
        assertEquals("person Person[name=Grace, age=85, tags=[cobol, navy]]", lines.get(0));
        assertEquals("team   [Person[name=Ada, age=36, tags=[]], Person[name=Alan, age=41, tags=[enigma]]]", lines.get(1));
        assertTrue(lines.get(2).matches("stored \\d+ bytes"), lines.get(2));
    }

    @Test
    void jacksonExample() {
        assertEquals(List.of(
                "stored  {\"name\":\"Ada\",\"age\":36,\"tags\":[\"math\",\"engines\"]}",
                "untyped {name=Ada, age=36, tags=[math, engines]}",
                "typed   Person[name=Ada, age=36, tags=[math, engines]]"), output(JacksonSerializerExample::run));
    }

    @Test
    void msgpackExample() {
        List<String> lines = output(MsgPackSerializerExample::run);
        assertTrue(lines.get(0).matches("stored  \\d+ bytes"), lines.get(0));
        assertEquals("untyped {name=Ada, age=36, tags=[math, engines]}", lines.get(1));
        assertEquals("typed   Person[name=Ada, age=36, tags=[math, engines]]", lines.get(2));
    }

    @Test
    void protobufExample() {
        assertEquals(List.of(
                "profile is a Struct, equal: true",
                "born is a Timestamp with seconds -4885862400"), output(ProtobufSerializerExample::run));
    }
}
