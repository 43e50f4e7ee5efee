package io.spikesdk.testkit.internal.cdt;

/**
 * One level of a path select (docs/cdt-and-expressions.md §11): how children are chosen (low nibble of the
 * context id: 0 index, 1 rank, 2 key, 3 value, 4 expression, 10 key list), which container kind it names (0x10
 * list, 0x20 map, other bits as sent) and the optional AND filter (0x204) attached to it.
 *
 * @param id     the context id as sent
 * @param index  the index or rank (kinds 0 and 1)
 * @param value  the key, value or key list (kinds 2, 3 and 10)
 * @param filter the expression of kind 4, null for {@code true} (every child)
 * @param and    the AND filter, or null
 */
record PathStep(int id, long index, Element value, PathExpressions.Compiled filter, PathExpressions.Compiled and) {
    static final int INDEX = 0;
    static final int RANK = 1;
    static final int KEY = 2;
    static final int VALUE = 3;
    static final int EXPRESSION = 4;
    static final int KEY_LIST = 10;
    static final int AND = 0x200;

    int kind() {
        return id & 0x0f;
    }

    PathStep withAnd(PathExpressions.Compiled andFilter) {
        return new PathStep(id, index, value, filter, andFilter);
    }
}
