package io.spikesdk.testkit.internal.info;

import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The testkit's own info commands, for suites that drive a standalone server from any language:
 * {@code testkit-reset} (empty the server, or the whole cluster), {@code testkit-advance:ms=<n>} (move its clock
 * forward, expiring records) and {@code testkit-clock} ({@code now=<unix ms>;offset=<ms>}).
 *
 * @param reset empties the server (or cluster)
 * @param advance moves the clock forward by this many milliseconds
 * @param nowMillis the clock's current Unix milliseconds
 * @param offsetMillis how far the clock has been moved
 */
public record TestkitCommands(Runnable reset, LongConsumer advance, LongSupplier nowMillis, LongSupplier offsetMillis) {
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
            default:
                return InfoService.UNRECOGNIZED;
        }
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
