/**
 * Aerospike Expressions: {@link io.spikesdk.exp.Exp} builds filter and operation expressions (with
 * {@link io.spikesdk.exp.ListExp} / {@link io.spikesdk.exp.MapExp} for list and map reads inside them,
 * {@link io.spikesdk.exp.HllExp} for HyperLogLog sketches),
 * {@link io.spikesdk.exp.ExpOperations} turns them into expression read/write operations. Every builder
 * packs the same bytes as the official Java client.
 */
package io.spikesdk.exp;
