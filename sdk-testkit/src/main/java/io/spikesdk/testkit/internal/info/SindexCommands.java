package io.spikesdk.testkit.internal.info;

import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.sindex.ContextText;
import io.spikesdk.testkit.internal.sindex.IndexStats;
import io.spikesdk.testkit.internal.storage.IndexCatalog;
import io.spikesdk.testkit.internal.storage.IndexDefinition;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The secondary-index info commands with the answers and error texts of SRV {@code sindex_manager.c} and
 * {@code thr_info.c}: {@code sindex-create} (old {@code indexdata=} and new {@code type=/bin=} syntax, set indexes),
 * {@code sindex-delete}, {@code sindex-exists}, {@code sindex-list}, and the deprecated {@code sindex},
 * {@code sindex/<ns>} and {@code sindex/<ns>/<name>}. Expression indexes ({@code exp=}) are not supported.
 */
final class SindexCommands {
    private static final int MAX_INDEX_NAME = 63;
    private static final int MAX_NAMESPACE = 31;
    private static final int MAX_SET = 63;
    private static final int MAX_BIN = 15;
    private static final int MAX_INDEXTYPE = 9;
    private static final int MAX_KTYPE = 11;
    private static final String[] ITYPE_NAMES = {"default", "list", "mapkeys", "mapvalues", "set"};
    private static final String NS_NOT_FOUND = "ERROR:20:namespace not found on node";

    private final Map<String, NamespaceStore> namespaces;
    private final ServerClock clock;

    SindexCommands(Map<String, NamespaceStore> namespaces, ServerClock clock) {
        this.namespaces = namespaces;
        this.clock = clock;
    }

    /** A required or optional parameter read as the server reads it: absent, or the value, or an error answer. */
    private record Param(String value, String error) {
        static Param read(InfoParams params, String key, int maxLength, String... aliases) {
            Optional<String> v = aliases.length == 0 ? params.get(key) : params.getAny(aliases);
            if (v.isEmpty()) {
                return new Param(null, null);
            }
            if (v.get().isEmpty()) {
                return new Param(null, InfoParams.missingValue(key));
            }
            return v.get().length() > maxLength ? new Param(null, InfoParams.tooLong(key)) : new Param(v.get(), null);
        }

        String requiredError(String key) {
            return error != null ? error : value == null ? InfoParams.missing(key) : null;
        }
    }

    private static String error(int code, String message) {
        return "ERROR:" + code + ":" + message;
    }

    String create(InfoParams params) {
        Param name = Param.read(params, "indexname", MAX_INDEX_NAME);
        if (name.requiredError("indexname") != null) {
            return name.requiredError("indexname");
        }
        Param ns = Param.read(params, "namespace", MAX_NAMESPACE, "namespace", "ns");
        if (ns.requiredError("namespace") != null) {
            return ns.requiredError("namespace");
        }
        Optional<String> itypeText = params.get("indextype");
        if (itypeText.isPresent() && itypeText.get().equalsIgnoreCase("set")) {
            return createSetIndex(params, name.value(), ns.value());
        }
        Param set = Param.read(params, "set", MAX_SET);
        if (set.error() != null) {
            return set.error();
        }
        byte[] context = null;
        Param ctx = Param.read(params, "context", Integer.MAX_VALUE);
        if (ctx.error() != null) {
            return ctx.error();
        }
        if (ctx.value() != null) {
            try {
                context = Base64.getDecoder().decode(ctx.value());
            } catch (IllegalArgumentException e) {
                return error(4, "'context' invalid base64");
            }
            if (CdtEngine.parseContext(context) == null) {
                return error(4, "'context' invalid cdt context");
            }
        }
        int itype = IndexDefinition.DEFAULT;
        Param itypeParam = Param.read(params, "indextype", MAX_INDEXTYPE);
        if (itypeParam.error() != null) {
            return itypeParam.error();
        }
        if (itypeParam.value() != null) {
            itype = indexType(itypeParam.value());
            if (itype < 0 || itype == IndexDefinition.SET) {
                return error(4, "bad 'indextype' - must be one of 'default', 'list', 'mapkeys', 'mapvalues'");
            }
        }
        Param indexdata = Param.read(params, "indexdata", MAX_BIN + 1 + MAX_KTYPE);
        if (indexdata.error() != null) {
            return indexdata.error();
        }
        Param type = Param.read(params, "type", MAX_KTYPE);
        if (type.error() != null) {
            return type.error();
        }
        if (indexdata.value() == null && type.value() == null) {
            return error(4, "both 'indexdata' and 'type' are missing");
        }
        if (indexdata.value() != null && type.value() != null) {
            return error(4, "both 'indexdata' and 'type' are specified");
        }
        String bin;
        int ktype;
        if (type.value() != null) {
            ktype = keyType(type.value());
            if (ktype < 0) {
                return error(4, "bad 'type' - must be one of 'numeric', 'string', 'blob', 'geo2dsphere'");
            }
            Param binParam = Param.read(params, "bin", MAX_BIN);
            if (binParam.error() != null) {
                return binParam.error();
            }
            Param exp = Param.read(params, "exp", Integer.MAX_VALUE);
            if (exp.error() != null) {
                return exp.error();
            }
            if (binParam.value() != null && exp.value() != null) {
                return error(4, "both 'bin' and 'exp' are specified");
            }
            if (binParam.value() == null && exp.value() == null) {
                return error(4, "both 'bin' and 'exp' are missing");
            }
            if (exp.value() != null) {
                return context != null ? error(4, "both 'context' and 'exp' are specified")
                        : error(4, "expression indexes are not supported by the embedded server");
            }
            bin = binParam.value();
        } else {
            int comma = indexdata.value().indexOf(',');
            if (comma < 0) {
                return error(4, "'indexdata' missing bin type");
            }
            bin = indexdata.value().substring(0, comma);
            if (bin.isEmpty()) {
                return error(4, "'indexdata' missing bin name");
            }
            if (bin.length() > MAX_BIN) {
                return error(4, "'indexdata' bin name too long");
            }
            ktype = keyType(indexdata.value().substring(comma + 1));
            if (ktype < 0) {
                return error(4, "bad 'indexdata' bin type - must be one of 'numeric', 'string', 'blob', "
                        + "'geo2dsphere'");
            }
        }
        if (itype == IndexDefinition.MAPKEYS && ktype == ParticleType.GEOJSON) {
            return error(4, "bad 'indexdata' bin type for 'indextype' 'mapkeys' - must be one of 'numeric', "
                    + "'string', 'blob'");
        }
        NamespaceStore store = namespaces.get(ns.value());
        if (store == null) {
            // the real server stores the definition for a namespace it does not have, and answers ok
            return "ok";
        }
        IndexDefinition def = new IndexDefinition(name.value(), set.value(), bin, ktype, itype, context);
        return created(store, def);
    }

    private String createSetIndex(InfoParams params, String name, String ns) {
        for (String unsupported : new String[] {"context", "indexdata", "type", "bin", "exp"}) {
            if (params.get(unsupported).isPresent()) {
                return error(4, unsupported + " parameter is not supported for set index");
            }
        }
        Param set = Param.read(params, "set", MAX_SET);
        if (set.requiredError("set") != null) {
            return set.requiredError("set");
        }
        NamespaceStore store = namespaces.get(ns);
        if (store == null) {
            return error(4, "namespace not found");
        }
        return created(store, new IndexDefinition(name, set.value(), null, 0, IndexDefinition.SET, null));
    }

    /** Creates the index; its set is listed from then on, records or not, as on the real server. */
    private static String created(NamespaceStore store, IndexDefinition def) {
        IndexCatalog.Created result = store.indexes().create(def);
        if (result == IndexCatalog.Created.CREATED && def.set() != null) {
            store.addSet(def.set());
        }
        return created(result);
    }

    private static String created(IndexCatalog.Created result) {
        switch (result) {
            case NAME_TAKEN:
                return error(200, "'indexname' already exists with different definition");
            case LIMIT:
                return error(206, "already at sindex definition limit");
            default:
                return "ok";
        }
    }

    String delete(InfoParams params) {
        Param name = Param.read(params, "indexname", MAX_INDEX_NAME);
        if (name.requiredError("indexname") != null) {
            return name.requiredError("indexname");
        }
        Param ns = Param.read(params, "namespace", MAX_NAMESPACE, "namespace", "ns");
        if (ns.requiredError("namespace") != null) {
            return ns.requiredError("namespace");
        }
        NamespaceStore store = namespaces.get(ns.value());
        if (store != null) {
            store.indexes().delete(name.value());
        }
        return "ok";
    }

    String exists(InfoParams params) {
        Param name = Param.read(params, "indexname", MAX_INDEX_NAME);
        if (name.requiredError("indexname") != null) {
            // the real server appends its answer to the error text
            return name.requiredError("indexname") + "false";
        }
        Param ns = Param.read(params, "namespace", MAX_NAMESPACE, "namespace", "ns");
        if (ns.requiredError("namespace") != null) {
            return ns.requiredError("namespace");
        }
        NamespaceStore store = namespaces.get(ns.value());
        if (store == null) {
            return NS_NOT_FOUND;
        }
        return Boolean.toString(store.indexes().byName(name.value()).isPresent());
    }

    /** {@code sindex-list[:namespace=<ns>][;b64=true|false]}: the secondary indexes, then the set indexes. */
    String list(InfoParams params) {
        Param ns = Param.read(params, "namespace", Integer.MAX_VALUE, "namespace", "ns");
        if (ns.error() != null) {
            return ns.error() + ";" + ns.error();
        }
        List<NamespaceStore> stores = new ArrayList<>(namespaces.values());
        if (ns.value() != null) {
            NamespaceStore store = namespaces.get(ns.value());
            if (store == null) {
                return NS_NOT_FOUND + ";" + NS_NOT_FOUND;
            }
            stores = List.of(store);
        }
        Optional<String> b64 = params.get("b64");
        if (b64.isPresent() && !b64.get().equals("true") && !b64.get().equals("false")) {
            return b64.get().isEmpty() ? InfoParams.missingValue("b64") : error(4, "bad b64");
        }
        boolean base64 = b64.isPresent() && b64.get().equals("true");
        List<String> entries = new ArrayList<>();
        for (NamespaceStore store : stores) {
            for (IndexDefinition d : store.indexes().list()) {
                if (d.bin() != null) {
                    entries.add(describe(store.name(), d, base64));
                }
            }
        }
        for (NamespaceStore store : stores) {
            for (IndexDefinition d : store.indexes().list()) {
                if (d.bin() == null) {
                    entries.add("ns=" + store.name() + ":indexname=" + d.name() + ":set=" + d.set()
                            + ":indextype=set");
                }
            }
        }
        return String.join(";", entries);
    }

    /** The deprecated {@code sindex}, {@code sindex/<ns>} and {@code sindex/<ns>/<name>}. */
    String sindex(String[] parts) {
        if (parts.length == 1) {
            return list(new InfoParams(""));
        }
        NamespaceStore store = namespaces.get(parts[1]);
        if (store == null) {
            return "ns_type=unknown";
        }
        if (parts.length == 2) {
            return list(new InfoParams("namespace=" + parts[1]));
        }
        String name = String.join("/", Arrays.asList(parts).subList(2, parts.length));
        return store.indexes().byName(name).filter(d -> d.bin() != null)
                .map(d -> IndexStats.of(store, d, clock.nowSeconds())).orElse(error(201, "no index"));
    }

    private static String describe(String ns, IndexDefinition d, boolean base64) {
        String context = d.context() == null ? "null"
                : base64 ? Base64.getEncoder().encodeToString(d.context()) : ContextText.of(d.context());
        return "ns=" + ns + ":indexname=" + d.name() + ":set=" + (d.set() == null ? "null" : d.set()) + ":bin="
                + d.bin() + ":type=" + keyTypeName(d.keyType()) + ":indextype=" + ITYPE_NAMES[d.collectionType()]
                + ":context=" + context + ":exp=null:state=RW";
    }

    private static int indexType(String text) {
        for (int i = 0; i < ITYPE_NAMES.length; i++) {
            if (ITYPE_NAMES[i].equalsIgnoreCase(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int keyType(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "numeric":
                return ParticleType.INTEGER;
            case "string":
                return ParticleType.STRING;
            case "blob":
                return ParticleType.BLOB;
            case "geo2dsphere":
                return ParticleType.GEOJSON;
            default:
                return -1;
        }
    }

    private static String keyTypeName(int keyType) {
        switch (keyType) {
            case ParticleType.INTEGER:
                return "numeric";
            case ParticleType.STRING:
                return "string";
            case ParticleType.BLOB:
                return "blob";
            default:
                return "geo2dsphere";
        }
    }
}
