package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.LoopVars;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import io.spikesdk.testkit.internal.ops.RecordView;

/** A compiled expression, reusable across records. */
final class Program {
    private final Typed root;
    private final int slots;

    private Program(Typed root, int slots) {
        this.root = root;
        this.slots = slots;
    }

    /** Decodes and compiles expression bytes; any malformed or ill-typed input raises PARAMETER_ERROR. */
    static Program compile(byte[] expression) throws ExpException {
        if (expression == null || expression.length == 0) {
            throw ExpException.param("empty expression");
        }
        Element tree;
        try {
            tree = MsgpackReader.readFully(expression);
        } catch (CdtException e) {
            throw ExpException.param("invalid msgpack: " + e.getMessage());
        }
        return of(tree);
    }

    /** Compiles an already decoded expression tree. */
    static Program of(Element tree) throws ExpException {
        ExpCompiler compiler = new ExpCompiler();
        Typed root = compiler.compile(tree);
        return new Program(root, compiler.slotCount());
    }

    ExpType type() {
        return root.type();
    }

    /** Evaluates against {@code record}; {@code null} means UNKNOWN. */
    Element run(RecordView record) {
        return root.node().eval(new Env(record, slots, false));
    }

    /** Evaluates for one element of a path select: no record, only the loop variables. */
    Element runOnElement(LoopVars loop) {
        return root.node().eval(new Env(null, slots, true, loop));
    }

    /** Evaluates against the record's metadata only: reads of bins, bin types and the key are UNKNOWN. */
    Element runOnMetadata(RecordView record) {
        return root.node().eval(new Env(record, slots, true));
    }
}
