package io.spikesdk.cdt;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's spec table names every OP_LIST_*, OP_MAP_*, LIST_* and MAP_* constant of the spec. */
class ReadmeSpecTableTest {
    /** Every such name in aerospike-python-module.rst (grep of the spec). */
    private static final List<String> SPEC_NAMES = List.of(
        "LIST_ORDERED", "LIST_RETURN_COUNT", "LIST_RETURN_INDEX", "LIST_RETURN_NONE", "LIST_RETURN_RANK",
        "LIST_RETURN_REVERSE_INDEX", "LIST_RETURN_REVERSE_RANK", "LIST_RETURN_VALUE", "LIST_SORT_DROP_DUPLICATES",
        "LIST_UNORDERED", "LIST_WRITE_ADD_UNIQUE", "MAP_KEY_VALUE_ORDERED", "MAP_RETURN_COUNT", "MAP_RETURN_INDEX",
        "MAP_RETURN_KEY", "MAP_RETURN_KEY_VALUE", "MAP_RETURN_NONE", "MAP_RETURN_RANK", "MAP_RETURN_REVERSE_INDEX",
        "MAP_RETURN_REVERSE_RANK", "MAP_RETURN_VALUE", "MAP_UPDATE", "OP_LIST_APPEND", "OP_LIST_APPEND_ITEMS",
        "OP_LIST_CLEAR", "OP_LIST_GET", "OP_LIST_GET_BY_INDEX", "OP_LIST_GET_BY_INDEX_RANGE", "OP_LIST_GET_BY_RANK",
        "OP_LIST_GET_BY_RANK_RANGE", "OP_LIST_GET_BY_VALUE", "OP_LIST_GET_BY_VALUE_LIST",
        "OP_LIST_GET_BY_VALUE_RANGE", "OP_LIST_GET_RANGE", "OP_LIST_INCREMENT", "OP_LIST_INSERT",
        "OP_LIST_INSERT_ITEMS", "OP_LIST_POP", "OP_LIST_POP_RANGE", "OP_LIST_REMOVE", "OP_LIST_REMOVE_BY_INDEX",
        "OP_LIST_REMOVE_BY_INDEX_RANGE", "OP_LIST_REMOVE_BY_RANK", "OP_LIST_REMOVE_BY_RANK_RANGE",
        "OP_LIST_REMOVE_BY_VALUE", "OP_LIST_REMOVE_BY_VALUE_LIST", "OP_LIST_REMOVE_BY_VALUE_RANGE",
        "OP_LIST_REMOVE_RANGE", "OP_LIST_SET", "OP_LIST_SET_ORDER", "OP_LIST_SIZE", "OP_LIST_SORT", "OP_LIST_TRIM",
        "OP_MAP_CLEAR", "OP_MAP_DECREMENT", "OP_MAP_GET_BY_INDEX", "OP_MAP_GET_BY_INDEX_RANGE", "OP_MAP_GET_BY_KEY",
        "OP_MAP_GET_BY_KEY_RANGE", "OP_MAP_GET_BY_RANK", "OP_MAP_GET_BY_RANK_RANGE", "OP_MAP_GET_BY_VALUE",
        "OP_MAP_GET_BY_VALUE_RANGE", "OP_MAP_INCREMENT", "OP_MAP_PUT", "OP_MAP_PUT_ITEMS", "OP_MAP_REMOVE_BY_INDEX",
        "OP_MAP_REMOVE_BY_INDEX_RANGE", "OP_MAP_REMOVE_BY_KEY", "OP_MAP_REMOVE_BY_KEY_LIST",
        "OP_MAP_REMOVE_BY_KEY_RANGE", "OP_MAP_REMOVE_BY_RANK", "OP_MAP_REMOVE_BY_RANK_RANGE",
        "OP_MAP_REMOVE_BY_VALUE", "OP_MAP_REMOVE_BY_VALUE_LIST", "OP_MAP_REMOVE_BY_VALUE_RANGE", "OP_MAP_SET_POLICY",
        "OP_MAP_SIZE");

    @Test
    void everySpecConstantHasARow() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : SPEC_NAMES) {
            assertTrue(readme.contains("`" + name + "`"), name + " missing from README.md");
        }
    }
}
