package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.LoopVars;
import io.spikesdk.testkit.internal.cdt.MpExt;
import java.util.List;

/**
 * The path-select expression codes: VAR_BUILTIN {@code [122, type, which]} (the loop variable key 0, value 1 or
 * index 2 of the element being visited; UNKNOWN when it is not set there or has another type) and RESULT_REMOVE
 * {@code [100]} (a modify result that removes the element).
 */
final class PathVariables {
    static final int RESULT_REMOVE = 100;
    static final int VAR_BUILTIN = 122;
    /** The RESULT_REMOVE value, recognised by identity. */
    static final Element REMOVE = new MpExt(0, new byte[0]);
    private static final int INDEX = 2;

    private PathVariables() {
    }

    static Typed loopVar(List<Element> args) throws ExpException {
        ExpCompiler.count(args, 2, 2);
        long typeCode = ExpCompiler.staticInt(args.get(0));
        long which = ExpCompiler.staticInt(args.get(1));
        ExpType type = ExpType.ofCode(typeCode);
        if (which < 0 || which > INDEX || (which == INDEX && type != ExpType.INT)) {
            throw ExpException.param("invalid loop variable " + which + " of type " + type);
        }
        int part = (int) which;
        return new Typed(env -> {
            LoopVars loop = env.loop();
            Element v = loop == null ? null : loop.get(part);
            return v != null && Values.typeOf(v) == type ? v : null;
        }, type);
    }
}
