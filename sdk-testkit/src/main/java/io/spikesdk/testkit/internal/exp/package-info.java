/**
 * Server-side Aerospike Expressions for the embedded server: filter expressions (FILTER_EXP field 43) and the
 * EXP_READ / EXP_MODIFY operations (docs/cdt-and-expressions.md §8, as measured on a real server:
 * docs/embedded-server.md C4, C5, C9 and C-8.4).
 *
 * <p>An expression is decoded with the CDT msgpack model, compiled once into a tree of {@link
 * io.spikesdk.testkit.internal.exp.Node}s with static type checks (build errors answer PARAMETER_ERROR), then
 * evaluated against a record with three-valued logic. Values are CDT {@code Element}s; UNKNOWN is {@code null}.
 */
package io.spikesdk.testkit.internal.exp;
