package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.PathExpressions;

/** Compiles the filter and modify expressions of a path select with this package's expression engine. */
public final class PathExpressionSupport implements PathExpressions {
    /** The shared, stateless instance. */
    public static final PathExpressionSupport INSTANCE = new PathExpressionSupport();

    private PathExpressionSupport() {
    }

    @Override
    public Compiled compile(Element tree) throws CdtException {
        Program program;
        try {
            program = Program.of(tree);
        } catch (ExpException e) {
            throw CdtException.param("invalid path expression: " + e.getMessage());
        }
        return vars -> {
            Element v = program.runOnElement(vars);
            if (v == null) {
                return null;
            }
            return v == PathVariables.REMOVE ? Outcome.REMOVE : Outcome.of(v);
        };
    }
}
