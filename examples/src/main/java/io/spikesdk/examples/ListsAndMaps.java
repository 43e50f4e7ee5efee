package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.cdt.MapWriteFlags;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.MapExp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * List and map operations: a leaderboard (a map ranked by score), an event log (a list of unique
 * events trimmed to the latest ones), a nested document updated in place with {@link CTX}, and a read
 * filtered by an expression. Uses the server named by the first argument
 * ({@code host:port[,host:port]}); without one, starts an embedded server first.
 */
public final class ListsAndMaps {
    private static final String NAMESPACE = "test";
    private static final String SET = "lists-and-maps";

    private ListsAndMaps() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, ListsAndMaps::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        ClientConfig config = ClientConfig.builder().hosts(hosts).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key board = Key.of(NAMESPACE, SET, "leaderboard");
            Key log = Key.of(NAMESPACE, SET, "event-log");
            Key user = Key.of(NAMESPACE, SET, "user-7");
            List.of(board, log, user).forEach(client::delete);

            leaderboard(client, board, out);
            eventLog(client, log, out);
            nestedDocument(client, user, out);
            filteredRead(client, board, out);

            List.of(board, log, user).forEach(client::delete);
        }
    }

    /** A map of player to score, kept value-ordered so that ranks are cheap. */
    static void leaderboard(AerospikeClient client, Key key, PrintStream out) {
        MapPolicy byScore = MapPolicy.of(MapOrder.KEY_VALUE_ORDERED, MapWriteFlags.DEFAULT);
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("ada", 120);
        scores.put("bob", 95);
        scores.put("cy", 140);
        scores.put("dee", 110);
        client.operate(key, MapOperations.putItems(byScore, "scores", scores));
        Record r = client.operate(key,
            MapOperations.increment(byScore, "scores", "bob", 30),
            MapOperations.getByRankRange("scores", -3, 3, MapReturnType.KEY_VALUE),
            MapOperations.getByKey("scores", "ada", MapReturnType.REVERSE_RANK));
        List<?> results = r.getList("scores");
        out.println("leaderboard: bob +30 -> " + results.get(0));
        List<Map.Entry<?, ?>> top = new ArrayList<>(((Map<?, ?>) results.get(1)).entrySet());
        StringBuilder podium = new StringBuilder();
        for (int i = top.size() - 1; i >= 0; i--) {
            podium.append(podium.length() == 0 ? "" : ", ").append(top.get(i).getKey()).append(' ').append(top.get(i).getValue());
        }
        out.println("leaderboard: top 3 " + podium + "; ada is #" + ((Long) results.get(2) + 1));
    }

    /** A list of events where a repeated event is ignored (ADD_UNIQUE | NO_FAIL), trimmed to the last three. */
    static void eventLog(AerospikeClient client, Key key, PrintStream out) {
        ListPolicy unique = ListPolicy.of(ListOrder.UNORDERED,
            ListWriteFlags.of(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL));
        List<Long> sizes = new ArrayList<>();
        for (String event : List.of("login", "view", "login", "purchase", "logout")) {
            sizes.add(client.operate(key, ListOperations.append(unique, "events", event)).getLong("events"));
        }
        out.println("event log: sizes after each append " + sizes);
        Record r = client.operate(key, ListOperations.trim("events", -3, 3), ListOperations.getRange("events", 0));
        List<?> results = r.getList("events");
        out.println("event log: trim removed " + results.get(0) + ", kept " + results.get(1));
    }

    /** A document (a map holding a map and a list) changed in place, one nested level at a time. */
    static void nestedDocument(AerospikeClient client, Key key, PrintStream out) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("city", "London");
        address.put("zip", "N1");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Ada");
        doc.put("address", address);
        doc.put("tags", List.of("math"));
        client.put(key, Bin.of("doc", doc));
        client.operate(key,
            MapOperations.put(MapPolicy.DEFAULT, "doc", "city", "Cambridge", CTX.mapKey("address")),
            ListOperations.append("doc", "engines", CTX.mapKey("tags")),
            MapOperations.put(MapPolicy.DEFAULT, "doc", "theme", "dark", CTX.mapKeyCreate("prefs", MapOrder.KEY_ORDERED)));
        out.println("document: " + client.get(key).getMap("doc"));
    }

    /** Reads the leaderboard only when a player's score passes a threshold. */
    static void filteredRead(AerospikeClient client, Key key, PrintStream out) {
        for (int threshold : new int[] {100, 200}) {
            Policy policy = Policy.builder().filterExpression(Exp.build(Exp.gt(
                MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val("cy"), Exp.mapBin("scores")),
                Exp.val(threshold)))).build();
            Record r = client.get(policy, key, "scores");
            out.println("filtered read (cy > " + threshold + "): "
                + (r == null ? "filtered out" : r.getMap("scores").size() + " players"));
        }
    }
}
