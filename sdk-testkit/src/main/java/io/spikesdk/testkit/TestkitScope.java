package io.spikesdk.testkit;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** What the {@code testkit-*} info commands of a node act on: the node itself, or the whole cluster it belongs to. */
interface TestkitScope {
    void reset();

    int load(Path file);

    int load(byte[] content, FixtureFormat format, String source);

    void dump(OutputStream out, FixtureFormat format, String namespace, String set);

    List<ActivityEntry> recentActivity(int n);
}
