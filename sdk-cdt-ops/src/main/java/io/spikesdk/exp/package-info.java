/**
 * Aerospike Expressions: {@link io.spikesdk.exp.Exp} builds filter and operation expressions (with
 * {@link io.spikesdk.exp.ListExp} / {@link io.spikesdk.exp.MapExp} for list and map reads inside them),
 * {@link io.spikesdk.exp.ExpOperations} turns them into expression read/write operations. Path expressions
 * (server 8.1+): {@code Exp.selectByPath} / {@code Exp.modifyByPath}, the loop variables
 * ({@link io.spikesdk.exp.LoopVarPart}), {@code Exp.removeResult}, {@code inList}, {@code mapKeys} and
 * {@code mapValues}. Every builder packs the same bytes as the official Java client.
 */
package io.spikesdk.exp;
