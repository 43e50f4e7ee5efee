package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One truncate as data: {@code before} records written, the clock moved on a millisecond, the cut taken, the clock
 * moved on again, {@code after} records written, then the command. The real server drops records in the background,
 * so the outcome is read once {@code truncating} is false again.
 *
 * <p>On the servers the set is {@code set} plus this run's {@link #RUN_TAG}: a real server lists every set ever
 * written in a namespace (with {@code truncate_lut=0} once undone) until it restarts, while the embedded server
 * starts empty, so a fixed name would make a case that writes nothing depend on earlier runs against the same
 * real server. The set never written ({@code unknownSet}) needs no tag: nothing ever creates it.
 */
record TruncateCall(String scope, String cut, String set, int before, int after, boolean undoAfter) implements Command {
    static final String[] SCOPES = {"set", "set", "namespace", "unknownSet"};
    static final String[] CUTS = {"now", "between", "between", "zero", "text", "future", "tooLong"};
    private static final String NS_SET = "test";
    private static final String NS_WHOLE = "bar";
    private static final Pattern LUT = Pattern.compile("truncate_lut=(\\d+)");
    private static final Pattern TRUNCATING = Pattern.compile("truncating=(true|false)");
    private static final long EPOCH_MILLIS = 1_262_304_000_000L;
    /** Tells this run's sets from those earlier runs left on the real server; shared by both servers. */
    static final String RUN_TAG = Long.toString(Math.abs(new SecureRandom().nextLong() % 2_821_109_907_456L), 36);

    @Override
    public Object execute(AerospikeClient client, Key key) {
        Node node = client.getNodes()[0];
        String ns = scope.equals("namespace") ? NS_WHOLE : NS_SET;
        String written = serverSet();
        String target = scope.equals("unknownSet") ? "diff_never_written_" + set : written;
        reset(node, ns, written);
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < before + after; i++) {
            keys.add(new Key(ns, written, key.userKey.toString() + "#t" + i));
        }
        WritePolicy wp = new WritePolicy();
        WriteSpec.timeouts(wp);
        for (Key k : keys) {
            client.delete(wp, k);
        }
        for (int i = 0; i < before; i++) {
            client.put(wp, keys.get(i), new Bin("v", i));
        }
        long cutMillis = nextMillisecond(System.currentTimeMillis());
        nextMillisecond(cutMillis);
        for (int i = before; i < before + after; i++) {
            client.put(wp, keys.get(i), new Bin("v", i));
        }
        // A cut of "now" keeps what was written in the same millisecond: move past the last write first.
        nextMillisecond(System.currentTimeMillis());
        String command = command(ns, target, cutMillis);
        String answer = Info.request(null, node, command);
        awaitDone(node, ns, target);
        StringBuilder out = new StringBuilder(answer).append(" | survivors:");
        for (Key k : keys) {
            Record r = client.get(null, k);
            out.append(r == null ? " -" : " " + r.getInt("v"));
        }
        long lut = lut(node, ns, target);
        out.append(" | lut ").append(lut == -1 ? "absent" : lut == 0 ? "0" : lut == cutMillis - EPOCH_MILLIS ? "=cut" : ">0");
        if (undoAfter) {
            out.append(" | undo ").append(Info.request(null, node, undo(ns, target))).append(" lut ")
                    .append(lut(node, ns, target));
        }
        reset(node, ns, written);
        for (Key k : keys) {
            client.delete(wp, k);
        }
        return out.toString();
    }

    /** The set written (and, unless {@code unknownSet}, truncated) on both servers: fresh in every run. */
    String serverSet() {
        return set + "_" + RUN_TAG;
    }

    private String command(String ns, String target, long cutMillis) {
        String lut = switch (cut) {
            case "now" -> "";
            case "between" -> ";lut=" + cutMillis * 1_000_000L;
            case "zero" -> ";lut=0";
            case "text" -> ";lut=soon";
            case "future" -> ";lut=" + (cutMillis + 3_600_000L) * 1_000_000L;
            case "tooLong" -> ";lut=123456789012345678901234";
            default -> throw new IllegalStateException(cut);
        };
        return scope.equals("namespace") ? "truncate-namespace:namespace=" + ns + lut
                : "truncate:namespace=" + ns + ";set=" + target + lut;
    }

    private String undo(String ns, String target) {
        return scope.equals("namespace") ? "truncate-namespace-undo:namespace=" + ns
                : "truncate-undo:namespace=" + ns + ";set=" + target;
    }

    private void reset(Node node, String ns, String written) {
        Info.request(null, node, scope.equals("namespace") ? "truncate-namespace-undo:namespace=" + ns
                : "truncate-undo:namespace=" + ns + ";set=" + written);
    }

    private void awaitDone(Node node, String ns, String target) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String question = scope.equals("namespace") ? "namespace/" + ns : "sets/" + ns + "/" + target;
        while (System.nanoTime() < deadline) {
            Matcher m = TRUNCATING.matcher(Info.request(null, node, question));
            if (!m.find() || m.group(1).equals("false")) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    private long lut(Node node, String ns, String target) {
        String question = scope.equals("namespace") ? "namespace/" + ns : "sets/" + ns + "/" + target;
        Matcher m = LUT.matcher(Info.request(null, node, question));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long nextMillisecond(long millis) {
        long now = System.currentTimeMillis();
        while (now <= millis) {
            Thread.onSpinWait();
            now = System.currentTimeMillis();
        }
        return now;
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        if (undoAfter) {
            out.add(new TruncateCall(scope, cut, set, before, after, false));
        }
        if (before > 0) {
            out.add(new TruncateCall(scope, cut, set, before - 1, after, undoAfter));
        }
        if (after > 0) {
            out.add(new TruncateCall(scope, cut, set, before, after - 1, undoAfter));
        }
        return out;
    }

    @Override
    public String signature() {
        return "truncate." + scope + "." + cut;
    }

    @Override
    public String toString() {
        return "truncate(" + scope + " " + set + " cut=" + cut + " before=" + before + " after=" + after
                + (undoAfter ? " undo" : "") + ")";
    }
}
