package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A single-record call other than operate: put, add, append, prepend, get (all or some bins), getHeader, exists, delete, touch. */
record RecordCommand(String kind, WriteSpec policy, Map<String, Object> bins, List<String> binNames) implements Command {
    static final List<String> KINDS = List.of("put", "add", "append", "prepend", "get", "getBins", "getHeader", "exists", "delete", "touch");

    @Override
    public Object execute(AerospikeClient client, Key key) {
        Bin[] b = bins.entrySet().stream().map(e -> new Bin(e.getKey(), Values.of(e.getValue()))).toArray(Bin[]::new);
        return switch (kind) {
            case "put" -> {
                client.put(policy.write(), key, b);
                yield null;
            }
            case "add" -> {
                client.add(policy.write(), key, b);
                yield null;
            }
            case "append" -> {
                client.append(policy.write(), key, b);
                yield null;
            }
            case "prepend" -> {
                client.prepend(policy.write(), key, b);
                yield null;
            }
            case "get" -> client.get(policy.read(), key);
            case "getBins" -> client.get(policy.read(), key, binNames.toArray(String[]::new));
            case "getHeader" -> client.getHeader(policy.read(), key);
            case "exists" -> client.exists(policy.read(), key);
            case "delete" -> client.delete(policy.write(), key);
            case "touch" -> {
                client.touch(policy.write(), key);
                yield null;
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        for (WriteSpec simpler : policy.shrinks()) {
            out.add(new RecordCommand(kind, simpler, bins, binNames));
        }
        for (String name : bins.keySet()) {
            if (bins.size() > 1) {
                Map<String, Object> fewer = new LinkedHashMap<>(bins);
                fewer.remove(name);
                out.add(new RecordCommand(kind, policy, fewer, binNames));
            }
            for (Object smaller : Shrink.candidates(bins.get(name))) {
                Map<String, Object> changed = new LinkedHashMap<>(bins);
                changed.put(name, smaller);
                out.add(new RecordCommand(kind, policy, changed, binNames));
            }
        }
        for (int i = 0; i < binNames.size() && binNames.size() > 1; i++) {
            List<String> fewer = new ArrayList<>(binNames);
            fewer.remove(i);
            out.add(new RecordCommand(kind, policy, bins, fewer));
        }
        return out;
    }

    @Override
    public String signature() {
        return "record." + kind;
    }

    @Override
    public String toString() {
        String p = policy.toString();
        List<String> shown = new ArrayList<>();
        if (!p.isEmpty()) {
            shown.add(p);
        }
        bins.forEach((name, value) -> shown.add(name + "=" + Render.value(value)));
        if (kind.equals("getBins")) {
            shown.add("bins=" + binNames);
        }
        return kind + "(" + String.join("; ", shown) + ")";
    }
}
