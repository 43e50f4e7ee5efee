package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded path select {@code [0xfe, [ctx...], flags]} or apply {@code [0xfe, [ctx...], flags | 4, modifyExp]},
 * checked in the real server's order: context pairs, flags, parameter count, then the modify expression. Every
 * violation is a PARAMETER_ERROR.
 *
 * @param steps  one step per level (AND entries folded into the step before them)
 * @param type   low nibble of the flags: 0 matching tree, 1 values, 2 map keys, 3 map keys and values, 4 apply
 * @param noFail flag 0x10: an UNKNOWN filter or a map-only selection on a list skips instead of failing
 * @param modify the modify expression of an apply, else null
 */
record PathRequest(List<PathStep> steps, int type, boolean noFail, PathExpressions.Compiled modify) {
    static final int OP_CODE = 0xfe;
    static final int TREE = 0;
    static final int VALUES = 1;
    static final int MAP_KEYS = 2;
    static final int MAP_KEY_VALUES = 3;
    static final int APPLY = 4;
    private static final int NO_FAIL = 0x10;
    private static final int MAX_LEVELS = 64;

    /** Whether the leaf level yields map keys (types 2 and 3). */
    boolean leafKeys() {
        return (type & MAP_KEYS) != 0 && type != APPLY;
    }

    /** Whether the leaf level yields values (types 1 and 3). */
    boolean leafValues() {
        return (type & VALUES) != 0 && type != APPLY;
    }

    static PathRequest parse(List<Element> args, boolean modifyOp, PathExpressions exps) throws CdtException {
        if (args.isEmpty() || !(args.get(0) instanceof MpList ctx) || ctx.size() == 0 || ctx.size() % 2 != 0
                || ctx.size() / 2 > MAX_LEVELS) {
            throw CdtException.param("path context must be a non-empty list of pairs");
        }
        List<PathStep> steps = steps(ctx.items, exps);
        if (args.size() < 2 || !(args.get(1) instanceof MpInt flagsArg) || flagsArg.uint64()) {
            throw CdtException.param("path flags must be an integer");
        }
        long flags = flagsArg.value();
        int type = (int) (flags & 0x0f);
        if (type > APPLY) {
            throw CdtException.param("invalid path select type " + type);
        }
        if (args.size() != (type == APPLY ? 3 : 2)) {
            throw CdtException.param("wrong path parameter count");
        }
        PathExpressions.Compiled modify = null;
        if (type == APPLY) {
            if (!modifyOp) {
                throw CdtException.param("path apply under a read op");
            }
            modify = exps.compile(args.get(2));
        }
        return new PathRequest(steps, type, (flags & NO_FAIL) != 0, modify);
    }

    private static List<PathStep> steps(List<Element> pairs, PathExpressions exps) throws CdtException {
        List<PathStep> steps = new ArrayList<>();
        boolean[] anded = new boolean[pairs.size() / 2];
        for (int j = 0; j < pairs.size(); j += 2) {
            if (!(pairs.get(j) instanceof MpInt idArg) || idArg.negative()) {
                throw CdtException.param("path context id must be an unsigned integer");
            }
            long id = idArg.value();
            Element value = pairs.get(j + 1);
            if ((id & PathStep.AND) != 0) {
                int prev = steps.size() - 1;
                if (id != (PathStep.AND | PathStep.EXPRESSION) || prev < 0 || anded[prev]
                        || steps.get(prev).kind() == PathStep.EXPRESSION) {
                    throw CdtException.param("misplaced AND context entry");
                }
                anded[prev] = true;
                steps.set(prev, steps.get(prev).withAnd(filter(value, exps)));
                continue;
            }
            int kind = (int) (id & 0x0f);
            int intId = (int) id;
            switch (kind) {
                case PathStep.INDEX, PathStep.RANK -> {
                    if (!(value instanceof MpInt i) || i.uint64()) {
                        throw CdtException.param("path index/rank must be an integer");
                    }
                    steps.add(new PathStep(intId, i.value(), null, null, null));
                }
                case PathStep.KEY, PathStep.VALUE, PathStep.KEY_LIST ->
                        steps.add(new PathStep(intId, 0, value, null, null));
                case PathStep.EXPRESSION -> {
                    steps.add(new PathStep(intId, 0, null, filter(value, exps), null));
                }
                default -> throw CdtException.param("invalid path context id " + id);
            }
        }
        return steps;
    }

    /** An expression entry: an expression array, or {@code true} (null: every child passes). */
    private static PathExpressions.Compiled filter(Element value, PathExpressions exps) throws CdtException {
        if (value instanceof MpList) {
            return exps.compile(value);
        }
        if (value instanceof MpBool b && b.value()) {
            return null;
        }
        throw CdtException.param("path expression must be an expression or true");
    }
}
