package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.info.TestkitCommands;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The fixture and activity side of the {@code testkit-*} info commands, on a node or on its whole cluster. */
final class TestkitFiles implements TestkitCommands.Fixtures {
    private final Supplier<TestkitScope> scope;

    TestkitFiles(Supplier<TestkitScope> scope) {
        this.scope = scope;
    }

    @Override
    public int load(Path file) {
        return scope.get().load(file);
    }

    @Override
    public void dump(Path file, String format, String namespace, String set) {
        FixtureFormat f = format == null ? FixtureFormat.of(file) : switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> FixtureFormat.JSON;
            case "asbackup", "asb" -> FixtureFormat.ASBACKUP;
            default -> throw new IllegalArgumentException("format must be json or asbackup, got '" + format + "'");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scope.get().dump(out, f, namespace, set);
        FixtureFiles.write(file, out.toByteArray());
    }

    @Override
    public List<String> activity(int limit) {
        return scope.get().recentActivity(limit).stream().map(ActivityEntry::toString).toList();
    }
}
