package io.spikesdk.testkit.internal.info;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The testkit's own info commands, for suites that drive a standalone server from any language:
 * {@code testkit-reset} (empty the server, or the whole cluster), {@code testkit-advance:ms=<n>} (move its clock
 * forward, expiring records), {@code testkit-clock} ({@code now=<unix ms>;offset=<ms>}),
 * {@code testkit-load:path=<file>} ({@code loaded=<n>}), {@code testkit-dump:path=<file>[;format=json|asbackup]
 * [;namespace=<ns>][;set=<set>]} and {@code testkit-activity[:limit=<n>]} (the last requests, oldest first, one
 * entry each, separated by ';'; an entry's own '%', ';', TAB and newline characters are written %25, %3B, %09, %0A,
 * so that any client's info call reads the answer whole).
 *
 * @param reset empties the server (or cluster)
 * @param advance moves the clock forward by this many milliseconds
 * @param nowMillis the clock's current Unix milliseconds
 * @param offsetMillis how far the clock has been moved
 * @param fixtures loads and dumps fixture files and lists the activity log
 */
public record TestkitCommands(Runnable reset, LongConsumer advance, LongSupplier nowMillis, LongSupplier offsetMillis,
        Fixtures fixtures) {
    /** Fixture files and the activity log of the server (or cluster), for the commands above. */
    public interface Fixtures {
        /** Loads a fixture file, its format named by its extension; returns the number of records. */
        int load(Path file);

        /** Dumps the live records to a file in {@code format} ({@code json}, {@code asbackup}; null: by extension). */
        void dump(Path file, String format, String namespace, String set);

        /** The last {@code limit} requests, oldest first, as readable lines. */
        List<String> activity(int limit);
    }

    /** The prefix of every testkit command. */
    static final String PREFIX = "testkit-";

    /** The answer to a command whose name starts with {@link #PREFIX}. */
    String answer(String name, String params) {
        switch (name) {
            case "testkit-reset":
                reset.run();
                return "ok";
            case "testkit-advance":
                return advance(new InfoParams(params));
            case "testkit-clock":
                return "now=" + nowMillis.getAsLong() + ";offset=" + offsetMillis.getAsLong();
            case "testkit-load":
                return load(new InfoParams(params));
            case "testkit-dump":
                return dump(new InfoParams(params));
            case "testkit-activity":
                return activity(new InfoParams(params));
            default:
                return InfoService.UNRECOGNIZED;
        }
    }

    private String load(InfoParams params) {
        Optional<String> path = params.get("path");
        if (path.isEmpty() || path.get().isEmpty()) {
            return path.isEmpty() ? InfoParams.missing("path") : InfoParams.missingValue("path");
        }
        try {
            return "loaded=" + fixtures.load(Path.of(path.get()));
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private String dump(InfoParams params) {
        Optional<String> path = params.get("path");
        if (path.isEmpty() || path.get().isEmpty()) {
            return path.isEmpty() ? InfoParams.missing("path") : InfoParams.missingValue("path");
        }
        try {
            fixtures.dump(Path.of(path.get()), params.get("format").orElse(null),
                    params.getAny("namespace", "ns").orElse(null), params.get("set").orElse(null));
            return "ok";
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private String activity(InfoParams params) {
        int limit = Integer.MAX_VALUE;
        Optional<String> text = params.get("limit");
        if (text.isPresent()) {
            try {
                limit = Integer.parseInt(text.get());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit <= 0) {
                return "ERROR:4:bad 'limit' value: " + text.get();
            }
        }
        return fixtures.activity(limit).stream().map(TestkitCommands::escape).collect(Collectors.joining(";"));
    }

    /** What failed, as an info error: the message on one line, without the separators of the info protocol. */
    private static String failure(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "ERROR:4:" + message.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }

    private static String escape(String entry) {
        return entry.replace("%", "%25").replace(";", "%3B").replace("\t", "%09").replace("\n", "%0A");
    }

    private String advance(InfoParams params) {
        Optional<String> ms = params.get("ms");
        if (ms.isEmpty()) {
            return InfoParams.missing("ms");
        }
        long millis;
        try {
            millis = Long.parseLong(ms.get());
        } catch (NumberFormatException e) {
            return "ERROR:4:bad 'ms' value: " + ms.get();
        }
        if (millis < 0) {
            return "ERROR:4:'ms' must not be negative: the clock only moves forward";
        }
        advance.accept(millis);
        return "ok";
    }
}
