package io.spikesdk.testkit.internal.cdt;

/**
 * Static facts about one CDT op code: family (list or map), whether it is a modify op (op type 4) and its
 * argument count range. {@code maxArgs < 0} means extra arguments are ignored (SIZE, CLEAR).
 */
record OpSpec(int code, boolean map, boolean modify, int minArgs, int maxArgs) {

    /** Looks up an op code; unknown codes give PARAMETER_ERROR. */
    static OpSpec of(int code) throws CdtException {
        OpSpec s = lookup(code);
        if (s == null) {
            throw CdtException.param("unknown CDT op code " + code);
        }
        return s;
    }

    private static OpSpec lookup(int code) {
        switch (code) {
            case ListOpCodes.SET_TYPE: return list(code, true, 1, 1);
            case ListOpCodes.APPEND: case ListOpCodes.APPEND_ITEMS: return list(code, true, 1, 3);
            case ListOpCodes.INSERT: case ListOpCodes.INSERT_ITEMS: case ListOpCodes.SET: return list(code, true, 2, 3);
            case ListOpCodes.POP: case ListOpCodes.REMOVE: return list(code, true, 1, 1);
            case ListOpCodes.POP_RANGE: case ListOpCodes.REMOVE_RANGE: return list(code, true, 1, 2);
            case ListOpCodes.TRIM: return list(code, true, 2, 2);
            case ListOpCodes.CLEAR: return list(code, true, 0, -1);
            case ListOpCodes.INCREMENT: return list(code, true, 1, 4);
            case ListOpCodes.SORT: return list(code, true, 0, 1);
            case ListOpCodes.SIZE: return list(code, false, 0, -1);
            case ListOpCodes.GET: return list(code, false, 1, 1);
            case ListOpCodes.GET_RANGE: return list(code, false, 1, 2);
            default: break;
        }
        if (code >= ListOpCodes.GET_BY_INDEX && code <= ListOpCodes.GET_BY_VALUE_REL_RANK_RANGE) {
            return list(code, false, selectMin(code - ListOpCodes.GET_BY_INDEX), selectMax(code - ListOpCodes.GET_BY_INDEX));
        }
        if (code >= ListOpCodes.REMOVE_BY_INDEX && code <= ListOpCodes.REMOVE_BY_VALUE_REL_RANK_RANGE) {
            int k = code - ListOpCodes.REMOVE_BY_INDEX;
            return list(code, true, selectMin(k), selectMax(k));
        }
        switch (code) {
            case MapOpCodes.SET_TYPE: return map(code, true, 1, 1);
            case MapOpCodes.ADD: return map(code, true, 2, 3);
            case MapOpCodes.ADD_ITEMS: return map(code, true, 1, 2);
            case MapOpCodes.PUT: return map(code, true, 2, 4);
            case MapOpCodes.PUT_ITEMS: return map(code, true, 1, 3);
            case MapOpCodes.REPLACE: return map(code, true, 2, 2);
            case MapOpCodes.REPLACE_ITEMS: return map(code, true, 1, 1);
            case MapOpCodes.INCREMENT: case MapOpCodes.DECREMENT: return map(code, true, 1, 3);
            case MapOpCodes.CLEAR: return map(code, true, 0, -1);
            case MapOpCodes.SIZE: return map(code, false, 0, -1);
            default: break;
        }
        Integer kind = MapOpCodes.selectKind(code);
        if (kind == null) {
            return null;
        }
        boolean modify = code < MapOpCodes.SIZE;
        return map(code, modify, mapSelectMin(kind), mapSelectMax(kind));
    }

    /** List select ops 19..27 (offset k): single/value ops take 2 args, ranges 2..3, relative ranges 3..4. */
    private static int selectMin(int k) {
        return k == 8 ? 3 : 2;
    }

    private static int selectMax(int k) {
        return switch (k) {
            case 5, 6, 7 -> 3;
            case 8 -> 4;
            default -> 2;
        };
    }

    private static int mapSelectMin(int kind) {
        return kind == MapOpCodes.KIND_KEY_REL_INDEX_RANGE || kind == MapOpCodes.KIND_VALUE_REL_RANK_RANGE ? 3 : 2;
    }

    private static int mapSelectMax(int kind) {
        return switch (kind) {
            case MapOpCodes.KIND_KEY_INTERVAL, MapOpCodes.KIND_INDEX_RANGE, MapOpCodes.KIND_VALUE_INTERVAL,
                    MapOpCodes.KIND_RANK_RANGE -> 3;
            case MapOpCodes.KIND_KEY_REL_INDEX_RANGE, MapOpCodes.KIND_VALUE_REL_RANK_RANGE -> 4;
            default -> 2;
        };
    }

    private static OpSpec list(int code, boolean modify, int min, int max) {
        return new OpSpec(code, false, modify, min, max);
    }

    private static OpSpec map(int code, boolean modify, int min, int max) {
        return new OpSpec(code, true, modify, min, max);
    }
}
