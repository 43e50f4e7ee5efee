package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;

/** A compiled expression node. */
@FunctionalInterface
interface Node {
    /** Evaluates the node; {@code null} stands for UNKNOWN. */
    Element eval(Env env);
}
