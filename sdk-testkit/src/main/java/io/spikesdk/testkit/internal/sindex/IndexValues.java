package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MapEntry;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.geo.GeoCoverer;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoParticle;
import io.spikesdk.testkit.internal.geo.GeoValue;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.IndexDefinition;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values a record contributes to an index (SRV {@code sindex.c}): the bin, or the element its CDT context leads
 * to; then that value itself (DEFAULT), the elements of a list (LIST), or the keys or values of a map (MAPKEYS,
 * MAPVALUES); only values of the index's key type count: integers for NUMERIC (not floats, not integers beyond the
 * signed 64-bit range), strings for STRING, plain blobs for BLOB, for GEO2DSPHERE the S2 cells of GeoJSON (a
 * point's leaf cell, a region's covering: those of a stored bin's particle, or computed for a CDT element). A value
 * repeated within a record counts once.
 */
final class IndexValues {
    private static final int MAX_KEY_SIZE = 2048;

    private IndexValues() {
    }

    static Set<IndexValue> of(IndexDefinition def, List<Element> context, StoredRecord record) {
        Set<IndexValue> values = new LinkedHashSet<>();
        Bin bin = record.bin(def.bin());
        if (bin == null) {
            return values;
        }
        if (context == null && def.collectionType() == IndexDefinition.DEFAULT) {
            addBin(def.keyType(), bin, values);
            return values;
        }
        Element target = context == null ? CdtEngine.decodeContainer(bin.type(), bin.value())
                : CdtEngine.atContext(bin.type(), bin.value(), context);
        if (target == null) {
            return values;
        }
        switch (def.collectionType()) {
            case IndexDefinition.DEFAULT:
                addElement(def.keyType(), target, values);
                break;
            case IndexDefinition.LIST:
                if (target instanceof MpList l) {
                    l.items.forEach(e -> addElement(def.keyType(), e, values));
                }
                break;
            case IndexDefinition.MAPKEYS:
                if (target instanceof MpMap m) {
                    m.entries.forEach(e -> addElement(def.keyType(), e.key, values));
                }
                break;
            case IndexDefinition.MAPVALUES:
                if (target instanceof MpMap m) {
                    for (MapEntry e : m.entries) {
                        addElement(def.keyType(), e.value, values);
                    }
                }
                break;
            default:
                break;
        }
        return values;
    }

    private static void addBin(int keyType, Bin bin, Set<IndexValue> values) {
        if (bin.type() != keyType) {
            return;
        }
        if (keyType == ParticleType.GEOJSON) {
            addCells(GeoParticle.cells(bin.value()), values);
        } else if (keyType == ParticleType.INTEGER && bin.value().length == Long.BYTES) {
            values.add(IndexValue.ofNumber(Bytes.getLong(bin.value(), 0)));
        } else if ((keyType == ParticleType.STRING || keyType == ParticleType.BLOB)
                && bin.value().length <= MAX_KEY_SIZE) {
            values.add(IndexValue.ofBytes(bin.value()));
        }
    }

    private static void addElement(int keyType, Element e, Set<IndexValue> values) {
        if (keyType == ParticleType.INTEGER && e instanceof MpInt i && !i.uint64()) {
            values.add(IndexValue.ofNumber(i.value()));
        } else if (e instanceof MpBytes b && b.typeByte() == keyType
                && (keyType == ParticleType.STRING || keyType == ParticleType.BLOB)
                && b.payload().length - 1 <= MAX_KEY_SIZE) {
            values.add(IndexValue.ofBytes(Arrays.copyOfRange(b.payload(), 1, b.payload().length)));
        } else if (keyType == ParticleType.GEOJSON && e instanceof MpBytes b && b.typeByte() == keyType) {
            try {
                GeoValue geo = GeoValue.parse(Arrays.copyOfRange(b.payload(), 1, b.payload().length));
                addCells(geo.isRegion() ? GeoCoverer.stored(geo.region()) : new long[] {geo.cell().id()}, values);
            } catch (GeoJsonException ex) {
                // GeoJSON the server cannot read is not indexed, as on the real server
            }
        }
    }

    private static void addCells(long[] cells, Set<IndexValue> values) {
        for (long cell : cells) {
            values.add(IndexValue.ofNumber(cell));
        }
    }
}
