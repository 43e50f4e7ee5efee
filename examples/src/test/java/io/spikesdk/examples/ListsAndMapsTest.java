package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the {@link ListsAndMaps} example against an embedded server and checks everything it prints. */
class ListsAndMapsTest {

    @Test
    void printsLeaderboardEventLogDocumentAndFilteredReads() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ListsAndMaps.run(List.of(Host.of(server.host(), server.port())), out);
        }
        assertEquals(List.of(
            "leaderboard: bob +30 -> 125",
            "leaderboard: top 3 cy 140, bob 125, ada 120; ada is #3",
            "event log: sizes after each append [1, 2, 2, 3, 4]",
            "event log: trim removed 1, kept [view, purchase, logout]",
            "document: {address={city=Cambridge, zip=N1}, name=Ada, prefs={theme=dark}, tags=[math, engines]}",
            "filtered read (cy > 100): 4 players",
            "filtered read (cy > 200): filtered out"),
            bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
