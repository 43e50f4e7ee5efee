package io.spikesdk.testkit.internal.exp;

/** A compiled node with its static result type. */
record Typed(Node node, ExpType type) {
}
