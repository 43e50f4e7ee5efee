package io.spikesdk.testkit.internal.exp;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.ops.RecordView;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.RecordSize;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A record for evaluator tests, built fluently. */
final class FakeRecord implements RecordView {
    private final List<Bin> bins = new ArrayList<>();
    private long voidTime;
    private long lastUpdateMillis = 1_700_000_000_000L;
    private long nowMillis = 1_700_000_000_000L;
    private String setName;
    private byte[] key;
    private byte[] digest = new byte[20];

    static FakeRecord of() {
        return new FakeRecord();
    }

    FakeRecord bin(String name, int type, byte[] value) {
        bins.add(new Bin(name, type, value));
        return this;
    }

    FakeRecord intBin(String name, long v) {
        return bin(name, ParticleType.INTEGER, long8(v));
    }

    FakeRecord floatBin(String name, double v) {
        return bin(name, ParticleType.DOUBLE, long8(Double.doubleToLongBits(v)));
    }

    FakeRecord stringBin(String name, String v) {
        return bin(name, ParticleType.STRING, v.getBytes(StandardCharsets.UTF_8));
    }

    FakeRecord boolBin(String name, boolean v) {
        return bin(name, ParticleType.BOOL, new byte[] {(byte) (v ? 1 : 0)});
    }

    FakeRecord blobBin(String name, byte[] v) {
        return bin(name, ParticleType.BLOB, v);
    }

    /** A list bin from its msgpack hex. */
    FakeRecord listBin(String name, String hex) {
        return bin(name, ParticleType.LIST, hex(hex));
    }

    /** A map bin from its msgpack hex. */
    FakeRecord mapBin(String name, String hex) {
        return bin(name, ParticleType.MAP, hex(hex));
    }

    FakeRecord geoBin(String name, String json) {
        byte[] j = json.getBytes(StandardCharsets.UTF_8);
        byte[] v = new byte[3 + j.length];
        System.arraycopy(j, 0, v, 3, j.length);
        return bin(name, ParticleType.GEOJSON, v);
    }

    FakeRecord voidTime(long serverEpochSeconds) {
        this.voidTime = serverEpochSeconds;
        return this;
    }

    FakeRecord times(long lastUpdate, long now) {
        this.lastUpdateMillis = lastUpdate;
        this.nowMillis = now;
        return this;
    }

    FakeRecord set(String name) {
        this.setName = name;
        return this;
    }

    FakeRecord stringKey(String k) {
        byte[] s = k.getBytes(StandardCharsets.UTF_8);
        key = new byte[s.length + 1];
        key[0] = ParticleType.STRING;
        System.arraycopy(s, 0, key, 1, s.length);
        return this;
    }

    FakeRecord intKey(long k) {
        key = new byte[9];
        key[0] = ParticleType.INTEGER;
        Bytes.putLong(key, 1, k);
        return this;
    }

    FakeRecord blobKey(byte[] k) {
        key = new byte[k.length + 1];
        key[0] = ParticleType.BLOB;
        System.arraycopy(k, 0, key, 1, k.length);
        return this;
    }

    FakeRecord digest(byte[] d) {
        this.digest = d.clone();
        return this;
    }

    static byte[] long8(long v) {
        byte[] b = new byte[8];
        Bytes.putLong(b, 0, v);
        return b;
    }

    static byte[] hex(String hex) {
        String h = hex.replace(" ", "");
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public List<Bin> bins() {
        return List.copyOf(bins);
    }

    @Override
    public Bin bin(String name) {
        return bins.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    @Override
    public int generation() {
        return 1;
    }

    @Override
    public long voidTime() {
        return voidTime;
    }

    @Override
    public long lastUpdateMillis() {
        return lastUpdateMillis;
    }

    @Override
    public String setName() {
        return setName;
    }

    @Override
    public long storedSize() {
        return RecordSize.stored(bins(), setName, storedKey(), voidTime != 0);
    }

    @Override
    public byte[] storedKey() {
        return key == null ? null : key.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public long nowMillis() {
        return nowMillis;
    }
}
