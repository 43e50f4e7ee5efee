package io.spikesdk.exp;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ModifyFlags;
import io.spikesdk.cdt.PathOperations;
import io.spikesdk.cdt.SelectFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Arrays;
import java.util.List;

import static io.spikesdk.exp.ByteCase.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The path builders the official Java client 9.3.0 lacks, against bytes derived by hand from the Aerospike C
 * client (aerospike-client-c 099ebc1, {@code as_cdt_ctx.h}, {@code as_cdt_ctx.c}, {@code as_cdt_internal.c},
 * {@code as_exp.h}); and the argument checks of every path builder.
 */
class PathBuildersTest {

    private static String payload(Operation op) {
        return hex(((Value.BytesValue) op.value()).value());
    }

    private static String bytes(Exp exp) {
        return hex(Exp.build(exp).bytes());
    }

    @Test
    void andFilterIsContextType0x204WithTheExpressionInline() {
        // as_cdt_ctx_add_and_filter: type AS_CDT_CTX_AND | AS_CDT_CTX_EXP = 0x200 | 0x04; as_cdt_ctx_pack packs
        // the type with as_pack_uint64 (0x204 -> cd 02 04) and, because (type & ~AND) == EXP, appends the packed
        // expression raw. gt(intLoopVar(VALUE), 10) = [3, [122, 2, 1], 10] = 93 03 93 7a 02 01 0a.
        Operation op = PathOperations.selectByPath("doc", SelectFlags.VALUE, CTX.mapKey("a"),
                CTX.andFilter(Exp.gt(Exp.intLoopVar(LoopVarPart.VALUE), Exp.val(10))));
        // [0xFE, [0x22, "a", 0x204, filter], 1]
        assertEquals("93ccfe9422a20361cd0204930393" + "7a02010a01", payload(op));
        assertEquals(0x204, CTX.andFilter(Exp.val(true)).id());
        assertTrue(CTX.andFilter(Exp.val(true)).isExpression());
    }

    @Test
    void mapKeysInIsContextType0x2AWithTheKeysAsAList() {
        // AS_CDT_CTX_MAP_KEYS_IN = 0x2A has the AS_CDT_CTX_VALUE bit (0x2), so as_cdt_ctx_pack writes the keys
        // with as_pack_val: a plain msgpack array, strings with the string particle byte 03.
        Operation op = PathOperations.selectByPath("doc", SelectFlags.MAP_KEY_VALUE, CTX.mapKeysIn(List.of("a", "b", 7)));
        // [0xFE, [0x2A, ["a", "b", 7]], 3]
        assertEquals("93ccfe922a93a20361a2036207" + "03", payload(op));
        assertEquals(0x2A, CTX.mapKeysIn(List.of()).id());
        assertFalse(CTX.mapKeysIn(List.of()).isExpression());
    }

    @Test
    void andFilterAndMapKeysInInsideAnExpression() {
        // as_exp_select_by_path: [127, rtype, 0 (SYS_CALL_CDT), [0xFE, ctx, flags], bin].
        Exp select = Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE.with(SelectFlags.NO_FAIL), Exp.mapBin("m"),
                CTX.mapKeysIn(List.of("x")), CTX.andFilter(Exp.val(false)));
        assertEquals("957f04" + "00" + "93ccfe94" + "2a91a20378" + "cd0204c2" + "11" + "935105a16d", bytes(select));
    }

    @Test
    void inListMapKeysMapValues() {
        // as_exp_in_list: {IN_LIST = 9, count 3}, left, list (a literal as_list is quoted: [126, list]).
        assertEquals("9309" + "935102a161" + "927e920102",
                bytes(Exp.inList(Exp.intBin("a"), Exp.val(List.of(1, 2)))));
        // as_exp_map_keys_in: {MAP_KEYS_IN = 101, count 2}, map; as_exp_map_values_in: {102, count 2}, map.
        assertEquals("9265935105a16d", bytes(Exp.mapKeys(Exp.mapBin("m"))));
        assertEquals("9266935105a16d", bytes(Exp.mapValues(Exp.mapBin("m"))));
        // as_exp_remove_result: {REMOVE_RESULT = 100, count 1}.
        assertEquals("9164", bytes(Exp.removeResult()));
    }

    @Test
    void pathExpressionsWorkInExpressionOperationsAndFilters() {
        Expression modify = Exp.build(Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, Exp.removeResult(),
                Exp.mapBin("doc"), CTX.allChildrenWithFilter(Exp.lt(Exp.intLoopVar(LoopVarPart.VALUE), Exp.val(0)))));
        Operation write = ExpOperations.write("doc", modify);
        assertEquals(Operation.Type.EXP_MODIFY, write.type());
        assertEquals("92" + hex(modify.bytes()) + "00", payload(write));
        Expression select = Exp.build(Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE, Exp.mapBin("doc"),
                CTX.allChildren()));
        assertEquals("92" + hex(select.bytes()) + "00", payload(ExpOperations.read("r", select)));
        Expression filter = Exp.build(Exp.inList(Exp.val(3), Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE,
                Exp.mapBin("doc"), CTX.allChildren())));
        assertEquals("9309" + "03" + hex(select.bytes()), hex(filter.bytes()));
    }

    @Test
    void operationTypesAndApplyBit() {
        Operation select = PathOperations.selectByPath("doc", SelectFlags.fromCode(4 | 1), CTX.allChildren());
        assertEquals(Operation.Type.CDT_READ, select.type());
        assertEquals("93ccfe9204c301", payload(select), "APPLY cleared on a select, as the official client does");
        Operation modify = PathOperations.modifyByPath("doc", ModifyFlags.NO_FAIL, Exp.build(Exp.val(1)), CTX.allChildren());
        assertEquals(Operation.Type.CDT_MODIFY, modify.type());
        assertEquals("94ccfe9204c31401", payload(modify));
    }

    @Test
    void argumentsAreCheckedAtTheCall() {
        Expression one = Exp.build(Exp.val(1));
        Exp bin = Exp.mapBin("doc");
        CTX all = CTX.allChildren();
        assertMessage("selectByPath: bin must not be null or empty", () -> PathOperations.selectByPath(null, SelectFlags.VALUE, all));
        assertMessage("selectByPath: bin must not be null or empty", () -> PathOperations.selectByPath("", SelectFlags.VALUE, all));
        assertMessage("selectByPath: bin name longer than 15 bytes: sixteen-chars-xx",
                () -> PathOperations.selectByPath("sixteen-chars-xx", SelectFlags.VALUE, all));
        assertMessage("selectByPath: flags must not be null", () -> PathOperations.selectByPath("doc", null, all));
        assertMessage("selectByPath: ctx must hold at least one level", () -> PathOperations.selectByPath("doc", SelectFlags.VALUE));
        assertMessage("selectByPath: ctx must hold at least one level",
                () -> PathOperations.selectByPath("doc", SelectFlags.VALUE, (CTX[]) null));
        assertMessage("selectByPath: ctx[1] must not be null", () -> PathOperations.selectByPath("doc", SelectFlags.VALUE, all, null));
        assertMessage("modifyByPath: modifyExp must not be null", () -> PathOperations.modifyByPath("doc", ModifyFlags.DEFAULT, null, all));
        assertMessage("modifyByPath: flags must not be null", () -> PathOperations.modifyByPath("doc", null, one, all));
        assertMessage("modifyByPath: ctx must hold at least one level", () -> PathOperations.modifyByPath("doc", ModifyFlags.DEFAULT, one));
        assertMessage("selectByPath: type must not be null", () -> Exp.selectByPath(null, SelectFlags.VALUE, bin, all));
        assertMessage("selectByPath: flags must not be null", () -> Exp.selectByPath(Exp.Type.LIST, null, bin, all));
        assertMessage("selectByPath: bin must not be null", () -> Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE, null, all));
        assertMessage("selectByPath: ctx must hold at least one level", () -> Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE, bin));
        assertMessage("modifyByPath: modifyExp must not be null",
                () -> Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, null, bin, all));
        assertMessage("modifyByPath: bin must not be null",
                () -> Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, Exp.val(1), null, all));
        assertMessage("modifyByPath: ctx[0] must not be null",
                () -> Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, Exp.val(1), bin, (CTX) null));
        assertMessage("allChildrenWithFilter: filter must not be null", () -> CTX.allChildrenWithFilter(null));
        assertMessage("andFilter: filter must not be null", () -> CTX.andFilter(null));
        assertMessage("mapKeysIn: keys must not be null", () -> CTX.mapKeysIn(null));
        assertMessage("mapKeysIn: keys[1] must not be null", () -> CTX.mapKeysIn(Arrays.asList("a", null)));
        assertMessage("loopVar: type must not be null", () -> Exp.loopVar(null, LoopVarPart.VALUE));
        assertMessage("loopVar: part must not be null", () -> Exp.intLoopVar(null));
        assertMessage("inList: value must not be null", () -> Exp.inList(null, Exp.listBin("l")));
        assertMessage("inList: list must not be null", () -> Exp.inList(Exp.val(1), null));
        assertMessage("mapKeys: map must not be null", () -> Exp.mapKeys(null));
        assertMessage("mapValues: map must not be null", () -> Exp.mapValues(null));
        assertThrows(IllegalArgumentException.class,
                () -> Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, Exp.def("x", Exp.val(1)), bin, all));
    }

    @Test
    void expressionLevelsPackInlineButDoNotReadBack() {
        CTX[] ctx = {CTX.mapKey("a"), CTX.allChildren(), CTX.andFilter(Exp.val(true))};
        assertEquals("9622a20361" + "04c3" + "cd0204c3", hex(CTX.toBytes(ctx)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CTX.fromBytes(CTX.toBytes(ctx)));
        assertEquals("context at position 2 is an expression level", e.getMessage());
        assertEquals(CTX.allChildren(), CTX.allChildrenWithFilter(Exp.val(true)));
        assertEquals(Exp.build(Exp.val(true)), CTX.allChildren().value());
    }

    @Test
    void selectFlagsHoldOneModeAndNoFail() {
        assertEquals(0x13, SelectFlags.of(SelectFlags.MAP_KEY_VALUE, SelectFlags.NO_FAIL).code());
        assertEquals(SelectFlags.VALUE, SelectFlags.of(SelectFlags.LIST_VALUE, SelectFlags.MAP_VALUE));
        assertEquals(SelectFlags.MATCHING_TREE, SelectFlags.of());
        assertTrue(SelectFlags.NO_FAIL.noFail());
        assertFalse(SelectFlags.VALUE.noFail());
        assertMessage("select flags hold one result mode, got VALUE and MAP_KEY",
                () -> SelectFlags.VALUE.with(SelectFlags.MAP_KEY));
        assertEquals("MAP_KEY_VALUE|NO_FAIL", SelectFlags.MAP_KEY_VALUE.with(SelectFlags.NO_FAIL).toString());
        assertEquals("MATCHING_TREE", SelectFlags.MATCHING_TREE.toString());
        assertEquals("0x5|0x20", SelectFlags.fromCode(0x25).toString());
        assertEquals("DEFAULT", ModifyFlags.DEFAULT.toString());
        assertEquals("NO_FAIL", ModifyFlags.of(ModifyFlags.NO_FAIL, ModifyFlags.DEFAULT).toString());
        assertEquals("NO_FAIL|0x1", ModifyFlags.fromCode(0x11).toString());
        assertTrue(ModifyFlags.NO_FAIL.contains(ModifyFlags.DEFAULT));
        assertMessage("flags[0] must not be null", () -> ModifyFlags.of((ModifyFlags) null));
    }

    private static void assertMessage(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
